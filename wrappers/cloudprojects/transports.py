"""Faster httpx transports, optional: pass one as ``transport=`` to any client; the httpx API stays the same.

    from cloudprojects import gcore_cloud, transports

    client = gcore_cloud.Client(transport=transports.urllib3_transport())              # sync, urllib3
    aclient = gcore_cloud.AsyncClient(transport=transports.aiohttp_transport())        # async, aiohttp

Neither library is a dependency of cloudprojects: install them with ``pip install 'cloudprojects[fast]'``
(``urllib3`` and ``httpx-aiohttp``). ``benchmarks/RESULTS.md`` measures both against httpx's own transports.

Both are HTTP/1.1 only and connect directly (no proxy support: use httpx's default transport behind a proxy).
Failures surface as httpx's exceptions (``httpx.ConnectError``, ``httpx.ReadTimeout``, …), so the clients'
retries and error types behave as with the default transport.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import urllib3

__all__ = ["Urllib3Transport", "aiohttp_transport", "urllib3_transport"]

EXTRA = "fast"
_DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def _missing(library: str, function: str) -> ImportError:
    return ImportError(
        f"cloudprojects.transports.{function}() needs {library}, which cloudprojects does not install by default: "
        f"pip install 'cloudprojects[{EXTRA}]' (or pip install {library})"
    )


def aiohttp_transport(
    *,
    verify: ssl.SSLContext | str | bool = True,
    cert: Any = None,
    trust_env: bool = True,
    limits: httpx.Limits = _DEFAULT_LIMITS,
    **kwargs: Any,
) -> httpx.AsyncBaseTransport:
    """An ``httpx_aiohttp.AiohttpTransport``: aiohttp's connection pool and parser under an httpx.AsyncClient.

    The option the Stainless SDKs (e.g. ``gcore.DefaultAioHttpClient``) offer.

    Args:
        verify: as httpx's: True (certifi), False, a CA bundle path or an ``ssl.SSLContext``.
        cert: client certificate, as httpx's.
        trust_env: as httpx's (proxies and ``SSL_CERT_FILE``/``SSL_CERT_DIR`` from the environment).
        limits: ``max_connections`` is aiohttp's connection limit (default 100).
        **kwargs: passed on to ``httpx_aiohttp.AiohttpTransport``.

    Returns:
        The transport, for ``AsyncClient(transport=...)``.

    Raises:
        ImportError: httpx-aiohttp is not installed (the ``fast`` extra).
    """
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:
        raise _missing("httpx-aiohttp", "aiohttp_transport") from exc
    transport: httpx.AsyncBaseTransport = AiohttpTransport(
        verify=verify, cert=cert, trust_env=trust_env, limits=limits, **kwargs
    )
    return transport


def urllib3_transport(
    *,
    verify: ssl.SSLContext | str | bool = True,
    cert: Any = None,
    trust_env: bool = True,
    limits: httpx.Limits = _DEFAULT_LIMITS,
) -> Urllib3Transport:
    """A sync transport on urllib3's connection pools (http.client underneath), leaner per request than httpcore.

    Args:
        verify: as httpx's: True (certifi), False, a CA bundle path or an ``ssl.SSLContext``.
        cert: client certificate, as httpx's.
        trust_env: as httpx's (``SSL_CERT_FILE``, ``SSL_CERT_DIR``).
        limits: ``max_keepalive_connections`` is the pool size per host.

    Returns:
        A :class:`Urllib3Transport`, for ``Client(transport=...)``.

    Raises:
        ImportError: urllib3 is not installed (the ``fast`` extra).
    """
    return Urllib3Transport(verify=verify, cert=cert, trust_env=trust_env, limits=limits)


class _ResponseStream(httpx.SyncByteStream):
    """The body of a urllib3 response, read as the httpx response is read; the connection goes back to the pool
    once the body is consumed, and is closed when the response is closed before that."""

    def __init__(self, response: urllib3.BaseHTTPResponse, errors: _Errors) -> None:
        self._response = response
        self._errors = errors

    def __iter__(self) -> Iterator[bytes]:
        with self._errors.mapped():
            yield from self._response.stream(65536, decode_content=False)

    def close(self) -> None:
        response = self._response
        if not response.closed:
            response.close()
        response.release_conn()


class _Errors:
    """Maps urllib3's exceptions to httpx's, most specific first."""

    def __init__(self, urllib3_module: Any) -> None:
        exceptions: Any = urllib3_module.exceptions
        self._table: tuple[tuple[type[BaseException], type[httpx.RequestError]], ...] = (
            (exceptions.NewConnectionError, httpx.ConnectError),  # before ConnectTimeoutError, its base class
            (exceptions.ConnectTimeoutError, httpx.ConnectTimeout),
            (exceptions.ReadTimeoutError, httpx.ReadTimeout),
            (exceptions.TimeoutError, httpx.TimeoutException),
            (exceptions.SSLError, httpx.ConnectError),
            (exceptions.ProxyError, httpx.ProxyError),
            (exceptions.ProtocolError, httpx.RemoteProtocolError),
            (exceptions.DecodeError, httpx.DecodingError),
            (exceptions.HTTPError, httpx.TransportError),
        )

    def mapped(self) -> _ErrorMapping:
        return _ErrorMapping(self._table)


class _ErrorMapping:
    def __init__(self, table: tuple[tuple[type[BaseException], type[httpx.RequestError]], ...]) -> None:
        self._table = table

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            return
        for source, target in self._table:
            if isinstance(exc, source):
                raise target(str(exc)) from exc
        if isinstance(exc, OSError | TimeoutError) and not isinstance(exc, httpx.HTTPError):
            # A socket error raised while reading the body outside urllib3's own wrappers.
            raise httpx.ReadError(str(exc)) from exc


class Urllib3Transport(httpx.BaseTransport):
    """An httpx sync transport on ``urllib3.PoolManager`` (one keep-alive pool per host).

    Args:
        verify: as httpx's: True (certifi), False, a CA bundle path or an ``ssl.SSLContext``.
        cert: client certificate, as httpx's.
        trust_env: as httpx's (``SSL_CERT_FILE``, ``SSL_CERT_DIR``).
        limits: ``max_keepalive_connections`` is the pool size per host (never blocks; extra connections are
            opened and discarded when the pool is full).

    Raises:
        ImportError: urllib3 is not installed (the ``fast`` extra).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits = _DEFAULT_LIMITS,
    ) -> None:
        try:
            import urllib3
        except ImportError as exc:
            raise _missing("urllib3", "urllib3_transport") from exc
        self._urllib3 = urllib3
        self._errors = _Errors(urllib3)
        self._verify, self._cert, self._trust_env = verify, cert, trust_env
        self._ssl_context: ssl.SSLContext | None = None
        size = limits.max_keepalive_connections or limits.max_connections or 10
        self._manager = urllib3.PoolManager(num_pools=max(size, 10), maxsize=size, block=False, retries=False)
        self._pools: dict[tuple[str, str, int], Any] = {}
        self._timeouts: dict[tuple[float | None, float | None], Any] = {}

    def _context(self) -> ssl.SSLContext:
        # Built on the first https request: loading the CA bundle costs milliseconds that plain http never needs.
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context(
                verify=self._verify, cert=self._cert, trust_env=self._trust_env
            )
        return self._ssl_context

    def _pool(self, scheme: str, host: str, port: int) -> Any:
        key = (scheme, host, port)
        pool = self._pools.get(key)
        if pool is None:
            pool_kwargs = {"ssl_context": self._context()} if scheme == "https" else None
            pool = self._manager.connection_from_host(host, port, scheme, pool_kwargs=pool_kwargs)
            self._pools[key] = pool
        return pool

    def _timeout(self, timeouts: dict[str, float | None]) -> Any:
        key = (timeouts.get("connect"), timeouts.get("read"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            timeout = self._timeouts[key] = self._urllib3.Timeout(connect=key[0], read=key[1])
        return timeout

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request on the host's pool; the response body streams from the connection.

        Args:
            request: the request httpx hands to its transport (redirects are never followed here).

        Returns:
            The response, its body not yet read.

        Raises:
            httpx.TransportError: urllib3's errors mapped to httpx's (connect, read, write, pool timeouts, TLS).
        """
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        raw = request.headers.raw
        headers: Any = {name.decode("latin-1"): value.decode("latin-1") for name, value in raw}
        if len(headers) != len(raw):  # a repeated header: keep every line
            headers = self._urllib3.HTTPHeaderDict()
            for name, value in raw:
                headers.add(name.decode("latin-1"), value.decode("latin-1"))
        body: Any
        chunked = False
        try:
            body = request.content or None
        except httpx.RequestNotRead:
            body, chunked = request.stream, True
        with self._errors.mapped():
            pool = self._pool(scheme, url.host, url.port or (443 if scheme == "https" else 80))
            response = pool.urlopen(
                request.method,
                url.raw_path.decode("ascii"),
                body=body,
                headers=headers,
                retries=False,
                redirect=False,
                assert_same_host=False,
                timeout=self._timeout(request.extensions.get("timeout", {})),
                preload_content=False,
                decode_content=False,
                chunked=chunked,
            )
        return httpx.Response(
            status_code=response.status,
            headers=list(response.headers.items()),
            stream=_ResponseStream(response, self._errors),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("latin-1")},
        )

    def close(self) -> None:
        """Close every pooled connection."""
        self._pools.clear()
        self._manager.clear()
