"""Request signing for the five providers: one ``httpx.Auth`` per scheme, plus server-side verifiers.

Every auth object signs in an I/O-free ``auth_flow``, so one instance serves ``httpx.Client`` and
``httpx.AsyncClient``. The ``verify_*`` functions check a received request (a :class:`WireRequest`, for
example built with :meth:`WireRequest.from_asgi`, or an ``httpx.Request``) with the same pure core and
raise :class:`SignatureError` with a machine-readable ``reason``.
"""

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
