"""Content-Encoding decoding that never produces more than a step of output at once.

httpx decodes each network read whole: one 64 KiB read of a gzip bomb inflates to about 64 MiB before the
executor's size cap can look at it. For gzip and deflate, what httpx asks servers for by default, the executor
reads the raw bytes and inflates them here in steps of at most :data:`STEP` bytes, exactly as httpx's decoders
read them otherwise (deflate with or without its zlib header), so the cap holds to within one step. Other
encodings (``br`` or ``zstd`` when their libraries are installed, stacked encodings) are left to httpx.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

STEP = 1 << 20
"""The most decoded bytes one step yields."""


class Inflater:
    """A bounded gzip or deflate decoder for one response body."""

    __slots__ = ("_decompressor", "_first")

    def __init__(self, encoding: str) -> None:
        gzip = encoding == "gzip"
        self._decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._first = not gzip  # deflate without the zlib header is raw deflate, as httpx reads it

    def decode(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of ``data``, in pieces of at most :data:`STEP` bytes."""
        try:
            while data:
                try:
                    out = self._decompressor.decompress(data, STEP)
                except zlib.error:
                    if not self._first:
                        raise
                    self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                self._first = False
                if out:
                    yield out
                data = self._decompressor.unconsumed_tail
        except zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from None

    def flush(self) -> bytes:
        """What is left once the body has ended (a few bytes at most)."""
        try:
            return self._decompressor.flush()
        except zlib.error as exc:
            raise httpx.DecodingError(str(exc)) from None


def inflater_for(response: httpx.Response) -> Inflater | None:
    """A bounded decoder when the body is gzip or deflate alone and still unread; None when httpx should serve it
    (another encoding, or a response built with its content already in memory, as a mock transport's are)."""
    if response.is_stream_consumed:
        return None
    encoding = response.headers.get("content-encoding", "").strip().lower()
    return Inflater(encoding) if encoding in ("gzip", "deflate") else None


def decoded_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The decoded body of a streamed response, gzip and deflate in bounded steps."""
    inflater = inflater_for(response)
    if inflater is None:
        yield from response.iter_bytes()
        return
    for data in response.iter_raw():
        yield from inflater.decode(data)
    yield inflater.flush()


async def adecoded_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """:func:`decoded_chunks` of an async response."""
    inflater = inflater_for(response)
    if inflater is None:
        async for chunk in response.aiter_bytes():
            yield chunk
        return
    async for data in response.aiter_raw():
        for chunk in inflater.decode(data):
            yield chunk
    yield inflater.flush()
