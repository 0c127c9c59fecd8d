"""Request signing for the five providers: one ``httpx.Auth`` per scheme, plus server-side verifiers.

Every auth object signs in an I/O-free ``auth_flow``, so one instance serves ``httpx.Client`` and
``httpx.AsyncClient``. The ``verify_*`` functions check a received request (a :class:`WireRequest`, for
example built with :meth:`WireRequest.from_asgi`, or an ``httpx.Request``) with the same pure core and
raise :class:`SignatureError` with a machine-readable ``reason``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._aliyun_sls import AliyunSlsAuth, verify_aliyun_sls
    from ._aliyun_sls_v4 import AliyunSlsV4Auth, verify_aliyun_sls_v4
    from ._bce import BceAuth, verify_bce
    from ._errors import (
        InvalidCredentialError,
        InvalidFieldError,
        InvalidHeaderValueError,
        SignatureError,
        SignatureErrorReason,
    )
    from ._ncp import NcpApiGatewayAuth, verify_ncp_api_gateway
    from ._tokens import ApiKeyAuth, BearerAuth
    from ._wire import SigningResult, WireRequest

# Each scheme is imported on first use: a facade that signs with one scheme does not load the other four.
_HOMES = {
    "AliyunSlsAuth": "_aliyun_sls",
    "verify_aliyun_sls": "_aliyun_sls",
    "AliyunSlsV4Auth": "_aliyun_sls_v4",
    "verify_aliyun_sls_v4": "_aliyun_sls_v4",
    "BceAuth": "_bce",
    "verify_bce": "_bce",
    "InvalidCredentialError": "_errors",
    "InvalidFieldError": "_errors",
    "InvalidHeaderValueError": "_errors",
    "SignatureError": "_errors",
    "SignatureErrorReason": "_errors",
    "NcpApiGatewayAuth": "_ncp",
    "verify_ncp_api_gateway": "_ncp",
    "ApiKeyAuth": "_tokens",
    "BearerAuth": "_tokens",
    "SigningResult": "_wire",
    "WireRequest": "_wire",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


__all__ = [
    "AliyunSlsAuth",
    "AliyunSlsV4Auth",
    "ApiKeyAuth",
    "BceAuth",
    "BearerAuth",
    "InvalidCredentialError",
    "InvalidFieldError",
    "InvalidHeaderValueError",
    "NcpApiGatewayAuth",
    "SignatureError",
    "SignatureErrorReason",
    "SigningResult",
    "WireRequest",
    "verify_aliyun_sls",
    "verify_aliyun_sls_v4",
    "verify_bce",
    "verify_ncp_api_gateway",
]
