"""The bounded gzip/deflate decoder reads every body exactly as httpx's decoders do, in steps of at most STEP."""

from __future__ import annotations

import gzip
import itertools
import zlib
from collections.abc import Callable

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudprojects._core.decoding import STEP, Inflater, decoded_chunks, inflater_for


def _zlib(data: bytes) -> bytes:
    return zlib.compress(data)


def _raw_deflate(data: bytes) -> bytes:
    deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return deflate.compress(data) + deflate.flush()


ENCODED = {
    "gzip": [("gzip", gzip.compress)],
    "deflate": [("zlib header", _zlib), ("raw", _raw_deflate)],
}
CASES = [
    pytest.param(encoding, encode, id=f"{encoding}-{how}") for encoding, ways in ENCODED.items() for how, encode in ways
]


def _httpx_decoded(encoding: str, body: bytes, cuts: list[int]) -> bytes:
    response = httpx.Response(200, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(b""))
    decoder = response._get_content_decoder()
    return b"".join(decoder.decode(piece) for piece in _pieces(body, cuts)) + decoder.flush()


def _pieces(body: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({0, len(body), *(c % (len(body) + 1) for c in cuts)})
    return [body[a:b] for a, b in itertools.pairwise(points)]


def _header_split(body: bytes, cuts: list[int]) -> bool:
    """Whether the first piece is too short for zlib to check a header."""
    return len(_pieces(body, cuts)[0]) < 2


def _ours(encoding: str, body: bytes, cuts: list[int]) -> list[bytes]:
    inflater = Inflater(encoding)
    out = [chunk for piece in _pieces(body, cuts) for chunk in inflater.decode(piece)]
    return [*out, inflater.flush()]


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=4000), cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=6))
@pytest.mark.parametrize(("encoding", "encode"), CASES)
def test_same_bytes_as_httpx_at_any_split(
    encoding: str, encode: Callable[[bytes], bytes], data: bytes, cuts: list[int]
) -> None:
    """The same bytes, or the same refusal: httpx also takes a raw deflate body whose first read is shorter than a
    zlib header for a zlib one, then fails."""
    body = encode(data)
    try:
        expected: bytes | type[Exception] = _httpx_decoded(encoding, body, cuts)
    except httpx.DecodingError:
        expected = httpx.DecodingError
    try:
        ours: bytes | type[Exception] = b"".join(_ours(encoding, body, cuts))
    except httpx.DecodingError:
        ours = httpx.DecodingError
    assert ours == expected
    assert expected == data or (_header_split(body, cuts) and expected is httpx.DecodingError)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_bomb_comes_out_in_bounded_steps(encoding: str) -> None:
    zeros = b"\0" * (8 * STEP)
    body = gzip.compress(zeros) if encoding == "gzip" else _zlib(zeros)
    pieces = _ours(encoding, body, [])
    assert max(len(piece) for piece in pieces) <= STEP
    assert sum(len(piece) for piece in pieces) == len(zeros)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_corrupt_bodies_are_httpx_decoding_errors(encoding: str) -> None:
    body = gzip.compress(b"hello world" * 100) if encoding == "gzip" else _zlib(b"hello world" * 100)
    corrupt = body[:10] + bytes(b ^ 0xFF for b in body[10:30]) + body[30:]
    with pytest.raises(httpx.DecodingError):
        _ours(encoding, corrupt, [])
    with pytest.raises(httpx.DecodingError):
        _ours(encoding, b"not compressed at all, not even a little", [])


@pytest.mark.parametrize(
    ("header", "bounded"),
    [("gzip", True), ("deflate", True), (" GZIP ", True), ("br", False), ("gzip, br", False), ("identity", False)],
)
def test_only_gzip_or_deflate_alone_are_decoded_here(header: str, bounded: bool) -> None:
    response = httpx.Response(200, headers={"Content-Encoding": header}, stream=httpx.ByteStream(b""))
    assert (inflater_for(response) is not None) is bounded


def test_a_body_already_in_memory_is_served_by_httpx() -> None:
    """A response built with ``content=`` (a mock transport's) has no raw stream left to inflate."""
    body = gzip.compress(b"hello")
    response = httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body)
    assert inflater_for(response) is None
    assert b"".join(decoded_chunks(response)) == b"".join(response.iter_bytes())


def test_a_plain_body_streams_through_httpx() -> None:
    response = httpx.Response(200, stream=httpx.ByteStream(b'{"a": 1}'))
    assert b"".join(decoded_chunks(response)) == b'{"a": 1}'
