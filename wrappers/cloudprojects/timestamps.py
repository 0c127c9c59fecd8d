"""One timestamp policy for every provider: every timestamp becomes an aware ``datetime`` in UTC.

- RFC 3339 with a zone (MicroVisualizer, Baidu ``…Z``): kept, converted to UTC.
- Zone-less ISO 8601 (Gcore ``2019-12-31T23:59:59``, NCP ``2025-04-23T15:45:04.680736168``): read as UTC;
  fractions beyond microseconds (NCP sends nanoseconds) are truncated.
- Epoch seconds as a string (SLS ``createTime``/``lastModifyTime``, e.g. ``"1524222931"``): seconds since 1970 UTC.

The facades return the generated models unchanged (what the provider sent); call :func:`to_datetime` on a
field to get the policy's view.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["to_datetime"]

_EPOCH = re.compile(r"^[0-9]{1,12}$")
_FRACTION = re.compile(r"(\.[0-9]{6})[0-9]+")


def to_datetime(value: str | datetime) -> datetime:
    """The aware UTC datetime a provider's timestamp means.

    Args:
        value: a timestamp field as a model carries it: an RFC 3339 or zone-less ISO 8601 string, epoch seconds
            as a string, or a ``datetime`` (zone-less ones are taken as UTC).

    Returns:
        The same moment as an aware ``datetime`` in UTC.

    Raises:
        ValueError: naming the value, when it is none of the forms above.
    """
    if isinstance(value, datetime):
        moment = value
    elif _EPOCH.match(value):
        return datetime.fromtimestamp(int(value), tz=UTC)
    else:
        try:
            moment = datetime.fromisoformat(_FRACTION.sub(r"\1", value.strip()))
        except ValueError as exc:
            raise ValueError(f"not a provider timestamp: {value!r}") from exc
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
