"""BLS's error body ``{code, message, requestId}``, its ``x-bce-request-id`` header and its success envelope."""

from __future__ import annotations

from typing import Any

from cloudprojects import errors
from cloudprojects._core.profile import ErrorInfo, Profile

from ._errors import ProjectAlreadyExistsError, ProjectNotEmptyError, ProjectNotFoundError

PACKAGE, SPEC_NAME = "cloudprojects_gen_baidu_bls", "baidu_bls"
"""The generated package and the spec it ships (``<package>/openapi/<name>.json``)."""

# Codes from BLS's error table. The HTTP status already gives these classes for non-2xx answers; the table
# matters for a 2xx whose envelope says ``success: false``, where the status says nothing.
ERROR_CLASSES: dict[str, type[errors.APIStatusError]] = {
    "ProjectNotFound": ProjectNotFoundError,
    "ProjectAlreadyExist": ProjectAlreadyExistsError,
    "ProjectLogStoreNotEmpty": ProjectNotEmptyError,
    "InvalidParameter": errors.BadRequestError,
    "MalformedJSON": errors.BadRequestError,
    "Unauthorized": errors.AuthenticationError,
    "AccessDenied": errors.PermissionDeniedError,
    "RequestLimited": errors.RateLimitError,
    "InternalError": errors.InternalServerError,
    "ServiceUnavailable": errors.InternalServerError,
}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def describe_error(body: dict[str, Any]) -> ErrorInfo | None:
    """``{code, message, requestId}`` (the Python SDK also accepts ``request_id``)."""
    code, message = _text(body.get("code")), _text(body.get("message"))
    if code is None and message is None:
        return None
    request_id = _text(body.get("requestId")) or _text(body.get("request_id"))
    return ErrorInfo(code=code, message=message or str(code), request_id=request_id)


def envelope_error(parsed: Any) -> ErrorInfo | None:
    """The failure a parsed 2xx envelope reports (``success: false``), else None."""
    if getattr(parsed, "success", True) is not False:
        return None
    code = _text(parsed.code)
    extra = getattr(parsed, "additional_properties", {})
    return ErrorInfo(
        code=code,
        message=_text(parsed.message) or f"the response envelope says failure (code {code})",
        request_id=_text(extra.get("requestId")),
    )


PROFILE = Profile(
    name="baidu_bls",
    describe_error=describe_error,
    request_id_header="x-bce-request-id",
    envelope_error=envelope_error,
    error_classes=ERROR_CLASSES,
)
