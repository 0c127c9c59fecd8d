"""Gcore Cloud's error body: ``{exception_class, message, request_id, info?, invalid_fields?}``."""

from __future__ import annotations

from typing import Any

from cloudprojects._core.profile import ErrorInfo, Profile


def describe_error(body: dict[str, Any]) -> ErrorInfo | None:
    message = body.get("message")
    if not isinstance(message, str):
        return None
    invalid = body.get("invalid_fields")
    violations = [{"field": k, "messages": v} for k, v in invalid.items()] if isinstance(invalid, dict) else None
    code = body.get("exception_class")
    request_id = body.get("request_id")
    return ErrorInfo(
        code=code if isinstance(code, str) else None,
        message=message,
        request_id=request_id if isinstance(request_id, str) else None,
        violations=violations,
    )


PROFILE = Profile(name="gcore_cloud", describe_error=describe_error, request_id_header="x-request-id")
