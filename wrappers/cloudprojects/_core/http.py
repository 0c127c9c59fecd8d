"""The httpx client under a facade, configured exactly as a plain ``httpx.Client`` would be.

Proxies (``proxy=`` and, with ``trust_env``, ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY``), TLS (``verify=``,
``cert=``, ``SSL_CERT_FILE``/``SSL_CERT_DIR``) and pool ``limits=`` are httpx's own. Only when none of them asks for
anything special is the default transport built lazily, on the first request (loading the CA bundle costs as much
as importing httpx), with the very settings httpx would have used.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from dataclasses import dataclass
from typing import Any

import httpx

from cloudprojects import errors

from .deadline import bound_pool

VerifyTypes = ssl.SSLContext | str | bool
CertTypes = str | tuple[str, str] | tuple[str, str, str]
ProxyTypes = str | httpx.URL | httpx.Proxy


@dataclass(frozen=True)
class HttpSettings:
    """How to reach the provider: a user's client, a transport, or httpx's transport settings."""

    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    http_client: httpx.Client | httpx.AsyncClient | None = None
    proxy: ProxyTypes | None = None
    verify: VerifyTypes = True
    cert: CertTypes | None = None
    trust_env: bool = True
    limits: httpx.Limits | None = None

    def check(self, *, asynchronous: bool) -> None:
        """Refuse wrong types and combinations that httpx would silently ignore."""
        client_type: type = httpx.AsyncClient if asynchronous else httpx.Client
        transport_type: type = httpx.AsyncBaseTransport if asynchronous else httpx.BaseTransport
        if self.http_client is not None and not isinstance(self.http_client, client_type):
            raise TypeError(f"http_client must be an {client_type.__module__}.{client_type.__name__}")
        if self.transport is not None and not isinstance(self.transport, transport_type):
            raise TypeError(f"transport must be an {transport_type.__module__}.{transport_type.__name__}")
        if self.limits is not None and not isinstance(self.limits, httpx.Limits):
            raise TypeError("limits must be an httpx.Limits")
        if not isinstance(self.trust_env, bool):
            raise TypeError("trust_env must be a bool")
        if not isinstance(self.verify, ssl.SSLContext | str | bool):
            raise TypeError("verify must be a bool, a CA bundle path or an ssl.SSLContext")
        transport_settings = [
            name
            for name, value, default in (
                ("proxy", self.proxy, None),
                ("verify", self.verify, True),
                ("cert", self.cert, None),
                ("limits", self.limits, None),
            )
            if value is not default and value != default
        ]
        if self.http_client is not None and (self.transport is not None or transport_settings):
            clash = ["transport"] if self.transport is not None else transport_settings
            raise TypeError(f"http_client= cannot be combined with {', '.join(clash)}=: configure your client instead")
        if self.transport is not None and transport_settings:
            raise TypeError(
                f"transport= cannot be combined with {', '.join(transport_settings)}=: configure your transport instead"
            )

    def deferrable(self) -> bool:
        """Whether httpx's default transport would do: no setting, and no proxy in the environment."""
        default = self.proxy is None and self.verify is True and self.cert is None and self.limits is None
        return default and not (self.trust_env and environment_proxies())


def environment_proxies() -> bool:
    """Whether the environment names a proxy, as ``urllib.request.getproxies()`` (which httpx reads) would find.

    ``*_proxy`` variables are read directly (importing ``urllib.request`` costs as much as a quarter of httpx's
    import); on macOS and Windows, where the system's own proxy settings count too, urllib is asked.
    """
    if any(value and name.lower().endswith("_proxy") for name, value in os.environ.items()):
        return True
    if sys.platform in ("darwin", "win32"):
        import urllib.request

        return bool(urllib.request.getproxies())
    return False


_tls_lock = threading.Lock()
_tls_contexts: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}


def default_tls_context(trust_env: bool = True) -> ssl.SSLContext:
    """httpx's default TLS context (certifi's CAs, or ``SSL_CERT_FILE``/``SSL_CERT_DIR`` with ``trust_env``), built
    once per process and environment: every client of the process shares it."""
    key = (
        (trust_env, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if trust_env
        else (False, None, None)
    )
    context = _tls_contexts.get(key)
    if context is None:
        with _tls_lock:
            context = _tls_contexts.get(key)
            if context is None:
                context = _tls_contexts[key] = httpx.create_ssl_context(verify=True, trust_env=trust_env)
    return context


def _tls_context_or_error(trust_env: bool) -> ssl.SSLContext:
    """The shared TLS context; CA settings that cannot be loaded are a typed error naming them."""
    try:
        return default_tls_context(trust_env)
    except (ssl.SSLError, OSError) as exc:
        names = [n for n in ("SSL_CERT_FILE", "SSL_CERT_DIR") if trust_env and os.environ.get(n)]
        where = f" (from {' and '.join(names)})" if names else ""
        raise errors.APIConnectionError(f"the TLS trust store could not be loaded{where}: {exc}") from exc


class _BuildOnFirstUse:
    """The ``_pool`` of a deferred transport until there is one: the first access (the first request) runs httpx's
    own ``__init__`` with the shared TLS context, which stores the real pool in the instance, where every later
    lookup finds it first (a non-data descriptor, so nothing sits on the request path afterwards)."""

    def __get__(self, transport: Any, owner: type | None = None) -> Any:
        if transport is None:
            return self
        with transport._deferred_lock:
            kwargs = transport.__dict__.get("_deferred")
            if kwargs is not None:  # not built yet (or building failed and raised: try again next time)
                trust_env = kwargs["trust_env"]
                transport._init(verify=_tls_context_or_error(trust_env), **kwargs)
                del transport.__dict__["_deferred"]
                if transport._bound:
                    bound_pool(transport.__dict__["_pool"])
        return transport.__dict__["_pool"]


class _DeferredTransport(httpx.HTTPTransport):
    """httpx's default transport, built on the first request instead of in the client's constructor."""

    _pool = _BuildOnFirstUse()
    _bound = True

    def __init__(self, **kwargs: Any) -> None:
        self._deferred = kwargs
        self._deferred_lock = threading.Lock()

    def _init(self, **kwargs: Any) -> None:
        httpx.HTTPTransport.__init__(self, **kwargs)

    @property
    def _built(self) -> bool:
        return "_deferred" not in self.__dict__

    def close(self) -> None:
        if self._built:
            super().close()


class _DeferredAsyncTransport(httpx.AsyncHTTPTransport):
    """httpx's default async transport, built on the first request instead of in the client's constructor."""

    _pool = _BuildOnFirstUse()
    _bound = False  # async attempts are bounded by cancellation instead

    def __init__(self, **kwargs: Any) -> None:
        self._deferred = kwargs
        self._deferred_lock = threading.Lock()

    def _init(self, **kwargs: Any) -> None:
        httpx.AsyncHTTPTransport.__init__(self, **kwargs)

    @property
    def _built(self) -> bool:
        return "_deferred" not in self.__dict__

    async def aclose(self) -> None:
        if self._built:
            await super().aclose()


class Through(httpx.BaseTransport):
    """Sends with another ``httpx.Client`` (the user's ``http_client``); closing it leaves that client open."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._http.is_closed:
            raise errors.ClientClosedError("the http_client given to this client has been closed")
        return self._http.send(request, stream=True, follow_redirects=False)


class AsyncThrough(httpx.AsyncBaseTransport):
    """Sends with another ``httpx.AsyncClient``; closing it leaves that client open."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._http.is_closed:
            raise errors.ClientClosedError("the http_client given to this client has been closed")
        return await self._http.send(request, stream=True, follow_redirects=False)


class _SetCookieOnly(httpx.Cookies):
    """The client's cookie jar, read from a response only when the response sets a cookie.

    httpx hands every response to ``http.cookiejar`` through compatibility objects that copy all the request's
    headers, about a quarter of the client's CPU per call in the profile (``benchmarks/RESULTS.md``), for the
    APIs here, which set no cookies. Without a ``Set-Cookie`` header the jar would learn nothing, so the
    round trip is skipped; with one, cookies are stored exactly as httpx stores them.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


def _skip_cookieless_responses(http: httpx.Client | httpx.AsyncClient) -> None:
    # httpx (0.23 to 0.28) keeps the jar in ``_cookies``; another layout leaves the client as httpx built it.
    jar = getattr(http, "_cookies", None)
    if type(jar) is httpx.Cookies:
        http._cookies = _SetCookieOnly(jar.jar)


def _transport_kwargs(settings: HttpSettings) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"proxy": settings.proxy, "verify": settings.verify, "cert": settings.cert}
    if settings.limits is not None:
        kwargs["limits"] = settings.limits
    return kwargs


def sync_http(settings: HttpSettings, **common: Any) -> httpx.Client:
    """The facade's ``httpx.Client`` (``common``: base_url, auth, timeout, headers)."""
    settings.check(asynchronous=False)
    trust_env = settings.trust_env
    if settings.http_client is not None:
        http = httpx.Client(transport=Through(settings.http_client), trust_env=trust_env, **common)  # type: ignore[arg-type]
    elif settings.transport is not None:
        http = httpx.Client(transport=settings.transport, trust_env=trust_env, **common)  # type: ignore[arg-type]
    elif settings.deferrable():
        http = httpx.Client(transport=_DeferredTransport(trust_env=trust_env), trust_env=trust_env, **common)
    else:
        http = httpx.Client(trust_env=trust_env, **_transport_kwargs(settings), **common)
        for transport in [http._transport, *http._mounts.values()]:
            bound_pool(getattr(transport, "_pool", None))
    _skip_cookieless_responses(http)
    return http


def async_http(settings: HttpSettings, **common: Any) -> httpx.AsyncClient:
    """The facade's ``httpx.AsyncClient`` (``common``: base_url, auth, timeout, headers)."""
    settings.check(asynchronous=True)
    trust_env = settings.trust_env
    if settings.http_client is not None:
        transport: Any = AsyncThrough(settings.http_client)  # type: ignore[arg-type]
        http = httpx.AsyncClient(transport=transport, trust_env=trust_env, **common)
    elif settings.transport is not None:
        http = httpx.AsyncClient(transport=settings.transport, trust_env=trust_env, **common)  # type: ignore[arg-type]
    elif settings.deferrable():
        transport = _DeferredAsyncTransport(trust_env=trust_env)
        http = httpx.AsyncClient(transport=transport, trust_env=trust_env, **common)
    else:
        http = httpx.AsyncClient(trust_env=trust_env, **_transport_kwargs(settings), **common)
    _skip_cookieless_responses(http)
    return http
