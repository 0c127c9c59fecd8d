"""Headers a request signer owns: a caller's ``extra_headers`` may not set them (the signature would lie)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

_ALWAYS = frozenset({"authorization", "host", "proxy-authorization"})
_SLS_COMMON = frozenset(
    {"date", "x-log-apiversion", "x-log-bodyrawsize", "x-log-signaturemethod", "x-log-date", "x-acs-security-token"}
)
# Keyed by the signer's class (``cloudprojects.auth``), looked up along the auth's MRO by qualified name, so a
# facade imports no other provider's signer.
_OWNED: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "cloudprojects.auth._aliyun_sls.AliyunSlsAuth": (_SLS_COMMON | {"content-md5"}, ()),
    "cloudprojects.auth._aliyun_sls_v4.AliyunSlsV4Auth": (_SLS_COMMON | {"x-log-content-sha256"}, ()),
    "cloudprojects.auth._bce.BceAuth": (frozenset({"x-bce-date", "x-bce-security-token", "x-bce-content-sha256"}), ()),
    "cloudprojects.auth._ncp.NcpApiGatewayAuth": (frozenset({"x-ncp-iam-access-key"}), ("x-ncp-apigw-",)),
}


def owned_by(auth: httpx.Auth) -> Callable[[str], bool]:
    """Whether a header name (any case) is set by ``auth`` when it signs."""
    keys = (f"{cls.__module__}.{cls.__qualname__}" for cls in type(auth).__mro__)
    names, prefixes = next((_OWNED[key] for key in keys if key in _OWNED), (frozenset[str](), ()))
    names = names | _ALWAYS

    def refused(name: str) -> bool:
        lower = name.lower()
        return lower in names or lower.startswith(prefixes)

    return refused
