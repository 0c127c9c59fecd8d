"""The timestamp policy: zone-less is UTC, epoch strings are seconds since 1970, zones are honoured."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cloudprojects.timestamps import to_datetime


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-12-31T23:59:59", datetime(2019, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2025-04-23T15:45:04.680736168", datetime(2025, 4, 23, 15, 45, 4, 680736, tzinfo=UTC)),
        ("2025-04-23T14:15:20", datetime(2025, 4, 23, 14, 15, 20, tzinfo=UTC)),
        ("2023-01-29T03:32:58Z", datetime(2023, 1, 29, 3, 32, 58, tzinfo=UTC)),
        ("2023-01-29T12:32:58+09:00", datetime(2023, 1, 29, 3, 32, 58, tzinfo=UTC)),
        ("1524222931", datetime(2018, 4, 20, 11, 15, 31, tzinfo=UTC)),
        (datetime(2020, 1, 1, 9, tzinfo=timezone(timedelta(hours=9))), datetime(2020, 1, 1, tzinfo=UTC)),
        (datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=UTC)),
    ],
)
def test_every_form_becomes_aware_utc(value: str | datetime, expected: datetime) -> None:
    result = to_datetime(value)
    assert result == expected
    assert result.tzinfo is UTC


@pytest.mark.parametrize("value", ["", "yesterday", "2019-13-01T00:00:00", "12:00"])
def test_anything_else_is_refused_naming_the_value(value: str) -> None:
    with pytest.raises(ValueError, match="not a provider timestamp"):
        to_datetime(value)
