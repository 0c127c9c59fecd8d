"""Headers a request signer owns: a caller's ``extra_headers`` may not set them (the signature would lie)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from cloudprojects.auth import AliyunSlsAuth, AliyunSlsV4Auth, BceAuth, NcpApiGatewayAuth

_ALWAYS = frozenset({"authorization", "host", "proxy-authorization"})
_SLS_COMMON = frozenset(
    {"date", "x-log-apiversion", "x-log-bodyrawsize", "x-log-signaturemethod", "x-log-date", "x-acs-security-token"}
)
_OWNED: dict[type[httpx.Auth], tuple[frozenset[str], tuple[str, ...]]] = {
    AliyunSlsAuth: (_SLS_COMMON | {"content-md5"}, ()),
    AliyunSlsV4Auth: (_SLS_COMMON | {"x-log-content-sha256"}, ()),
    BceAuth: (frozenset({"x-bce-date", "x-bce-security-token", "x-bce-content-sha256"}), ()),
    NcpApiGatewayAuth: (frozenset({"x-ncp-iam-access-key"}), ("x-ncp-apigw-",)),
}


def owned_by(auth: httpx.Auth) -> Callable[[str], bool]:
    """Whether a header name (any case) is set by ``auth`` when it signs."""
    names, prefixes = next((owned for cls, owned in _OWNED.items() if isinstance(auth, cls)), (frozenset[str](), ()))
    names = names | _ALWAYS

    def refused(name: str) -> bool:
        lower = name.lower()
        return lower in names or lower.startswith(prefixes)

    return refused
