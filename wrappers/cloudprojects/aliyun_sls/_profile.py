"""SLS's error body: ``{errorCode, errorMessage, accessDeniedDetail?}``; the request id is the ``x-log-requestid``
header."""

from __future__ import annotations

from typing import Any

from cloudprojects._core.profile import ErrorInfo, Profile

from ._errors import ProjectAlreadyExistsError, ProjectNotFoundError, SignatureMismatchError


def describe_error(body: dict[str, Any]) -> ErrorInfo | None:
    code, message = body.get("errorCode"), body.get("errorMessage")
    if not isinstance(code, str):
        return None
    return ErrorInfo(code=code, message=message if isinstance(message, str) else code)


PROFILE = Profile(
    name="aliyun_sls",
    describe_error=describe_error,
    request_id_header="x-log-requestid",
    error_classes={
        "ProjectNotExist": ProjectNotFoundError,
        "ProjectAlreadyExist": ProjectAlreadyExistsError,
        "SignatureNotMatch": SignatureMismatchError,
    },
)
