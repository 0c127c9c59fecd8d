"""NCP Media Intelligence error bodies and the ``{"code", "message", "result"}`` envelope.

Service errors reuse the envelope (``{"code": "10001", "message": …}``); the NCP API Gateway in front answers
``{"error": {"errorCode", "message", "details"}}``. Success is ``code == "0"``; any other code on a 2xx fails.
"""

from __future__ import annotations

from typing import Any

from cloudprojects import errors
from cloudprojects._core.profile import ErrorInfo, Profile

SUCCESS_CODE = "0"
TRACE_ID_HEADER = "x-ncp-trace-id"
"""Not in the Media Intelligence docs; the NCP API Gateway is seen sending it on responses (ids for support)."""

ERROR_CLASSES: dict[str, type[errors.APIStatusError]] = {
    "10001": errors.BadRequestError,  # Invalid Request (parameter error)
    "10014": errors.BadRequestError,  # no media selected for analysis
    "10016": errors.BadRequestError,  # a bucket, not a folder, must be selected
    "100": errors.BadRequestError,  # gateway: Bad Request Exception
    "200": errors.AuthenticationError,  # gateway: Authentication Failed (401)
    "210": errors.AuthenticationError,  # gateway: Permission Denied (401)
    "230": errors.PermissionDeniedError,  # gateway: Forbidden (403)
    "300": errors.NotFoundError,  # gateway: Not Found Exception (404)
    "400": errors.RateLimitError,  # gateway: Quota Exceeded (429)
}
"""Every documented code, mapped to the family of its documented HTTP status.

On a non-2xx answer this agrees with the status; on a 2xx envelope failure it picks the class (unknown codes
there raise plain ``APIStatusError``). No code is documented for a missing project, a duplicate name, a full
workspace or the non-editable default project, so none has a class of its own.
"""


def succeeded(code: object) -> bool:
    """``"0"``, the documented string (a 2xx envelope whose ``code`` is no string never gets here: the generated
    model refuses it, as the spec says string; an error body's numeric code is still read by ``describe_error``)."""
    return str(code) == SUCCESS_CODE


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def describe_error(body: dict[str, Any]) -> ErrorInfo | None:
    """Read the gateway shape first (as the spec says), then the service shape."""
    gateway = body.get("error")
    source = gateway if isinstance(gateway, dict) else body
    code = _text(source.get("errorCode") if source is gateway else source.get("code"))
    message = source.get("message")
    if not isinstance(message, str):
        return None
    details = source.get("details")
    shown = details if isinstance(details, str) and details and details != message else None
    return ErrorInfo(code=code, message=message, details=shown)


def envelope_error(parsed: Any) -> ErrorInfo | None:
    """ErrorInfo when a 2xx envelope's ``code`` is not ``"0"``."""
    code = parsed.code
    if succeeded(code):
        return None
    message = parsed.message
    return ErrorInfo(code=_text(code), message=message if isinstance(message, str) and message else "no message")


PROFILE = Profile(
    name="ncp_media_intelligence",
    describe_error=describe_error,
    request_id_header=TRACE_ID_HEADER,
    envelope_error=envelope_error,
    error_classes=ERROR_CLASSES,
)
