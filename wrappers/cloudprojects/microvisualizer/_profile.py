"""MicroVisualizer's error bodies: ``{status, code, message, details?}``, plus ``violations`` (400) or
``retryAfter`` (429). No request-id header or field is documented, so ``request_id`` stays None."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cloudprojects._core.profile import ErrorInfo, Profile

from ._errors import ProjectLimitReachedError, ProjectNotFoundError

if TYPE_CHECKING:
    from cloudprojects_gen_microvisualizer.models import Violation


def _violations(raw: Any) -> list[Violation] | None:
    """The generated ``Violation`` models; entries without a string ``field`` and ``message`` are left on
    ``error.body`` (``Violation.from_dict`` refuses any other type with a TypeError)."""
    if not isinstance(raw, list):
        return None
    from cloudprojects_gen_microvisualizer.models import Violation  # the generated package loads on first use

    return [Violation.from_dict(item) for item in raw if isinstance(item, dict) and _named(item)]


def _named(item: dict[str, Any]) -> bool:
    return isinstance(item.get("field"), str) and isinstance(item.get("message"), str)


def _seconds(raw: Any) -> float | None:
    return float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) and raw >= 0 else None


def describe_error(body: dict[str, Any]) -> ErrorInfo | None:
    message = body.get("message")
    if not isinstance(message, str):
        return None
    details = body.get("details")
    code = body.get("code")
    return ErrorInfo(
        code=code if isinstance(code, str) else None,
        message=message,
        details=details if isinstance(details, str) and details else None,
        violations=_violations(body.get("violations")),
        retry_after=_seconds(body.get("retryAfter")),
    )


PROFILE = Profile(
    name="microvisualizer",
    describe_error=describe_error,
    error_classes={
        "project_not_found": ProjectNotFoundError,
        "project_limit_reached": ProjectLimitReachedError,
    },
)
