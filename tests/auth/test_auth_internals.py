"""Building blocks: the precomputed HMAC, time formats, wire parsing and BCE's UriEncode."""

from __future__ import annotations

import hmac
import time
from urllib.parse import quote

import pytest
from baidubce import utils as bce_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudprojects.auth import WireRequest
from cloudprojects.auth._bce import canonical_uri, uri_encode
from cloudprojects.auth._clock import (
    format_iso_basic,
    format_iso_extended,
    format_rfc1123,
    parse_iso_basic,
    parse_iso_extended,
    parse_rfc1123,
)
from cloudprojects.auth._hmac import HmacKey
from cloudprojects.auth._wire import decoded_query_byte_pairs, decoded_query_pairs, merge_headers

FAST = settings(max_examples=300, deadline=None, database=None)


@FAST
@given(st.binary(max_size=200), st.binary(max_size=300), st.sampled_from(["sha1", "sha256"]))
def test_precomputed_hmac_equals_the_standard_library(key: bytes, message: bytes, digest: str) -> None:
    assert HmacKey(key, digest).digest(message) == hmac.digest(key, message, digest)  # type: ignore[arg-type]


@FAST
@given(st.integers(min_value=0, max_value=253402300799))
def test_time_formats_round_trip(second: int) -> None:
    assert format_rfc1123(second) == time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(second))
    assert parse_rfc1123(format_rfc1123(second + 0.9)) == second
    assert parse_iso_extended(format_iso_extended(second)) == second
    assert parse_iso_basic(format_iso_basic(second)) == second


@pytest.mark.parametrize(
    "value",
    [
        "Sun, 30 Feb 2018 08:25:04 GMT",
        "Sun, 27 May 2018 08:25:04 UTC",
        "27 May 2018 08:25:04 GMT",
        "Sun, 27 May 2018 24:00:00 GMT",
        "Sun, 27 Mai 2018 08:25:04 GMT",
    ],
)
def test_rfc1123_parser_is_strict(value: str) -> None:
    assert parse_rfc1123(value) is None


@pytest.mark.parametrize("value", ["2019-02-29T07:00:20Z", "2019-09-10T07:00:20", "2019-09-10 07:00:20Z", "x"])
def test_iso_parsers_are_strict(value: str) -> None:
    assert parse_iso_extended(value) is None
    assert parse_iso_basic(value.replace("-", "").replace(":", "")) is None


def test_query_decoding_keeps_blank_values_order_and_repeats() -> None:
    assert decoded_query_pairs("b=2&a=&a=x+y&c&%E4%B8%AD=%2B") == [
        ("b", "2"),
        ("a", ""),
        ("a", "x y"),
        ("c", ""),
        ("中", "+"),
    ]
    assert decoded_query_byte_pairs("a=%FF&&b") == [(b"a", b"\xff"), (b"b", b"")]


def test_wire_request_build_normalises_headers_and_target() -> None:
    request = WireRequest.build("put", "/a%20b?x=1", [("X-Log-A", "1"), ("x-log-a", "2"), ("Host", "h")], b"{}")
    assert request == WireRequest("PUT", "/a%20b", "x=1", {"x-log-a": "1, 2", "host": "h"}, b"{}")
    assert merge_headers([("A", "1")]) == {"a": "1"}


@FAST
@given(st.text(max_size=20))
def test_uri_encode_equals_the_bce_sdk(text: str) -> None:
    assert uri_encode(text) == bce_utils.normalize_string(text).decode()
    assert uri_encode(text, keep_slash=True) == bce_utils.normalize_string(text, False).decode()
    encoded_path = "/" + quote(text, safe="/!$&'()*+,;=:@")
    expected = bce_utils.normalize_string(("/" + text).encode(), False).decode()
    assert canonical_uri(encoded_path) == expected
