"""Exit codes and the one-line error messages, from the library's typed errors."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from cloudprojects import errors

from ._profiles import ProfileError

OK = 0
PROVIDER_ERROR = 1
USAGE_ERROR = 2
CONNECTION_ERROR = 3


class Failure(Exception):
    """A failure the command line reports as one line with an exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def describe(exc: BaseException) -> tuple[str, int]:
    """The one-line message (without ``error:``) and the exit code for an exception."""
    if isinstance(exc, Failure):
        return str(exc), exc.exit_code
    if isinstance(exc, errors.APIStatusError):
        label = " ".join(str(p) for p in (exc.status_code, exc.code) if p)
        text = f"[{label}] {exc.message}"
        details = getattr(exc, "details", None)
        if details:
            text = f"{text} ({details})"
        return (f"{text} (request id {exc.request_id})" if exc.request_id else text), PROVIDER_ERROR
    if isinstance(exc, errors.ResponseValidationError):
        suffix = f" (request id {exc.request_id})" if exc.request_id else ""
        return f"[{exc.status_code}] unreadable answer: {exc.message}{suffix}", PROVIDER_ERROR
    if isinstance(exc, errors.APITimeoutError | TimeoutError):
        return f"timed out: {exc}", CONNECTION_ERROR
    if isinstance(exc, errors.APIConnectionError):
        return f"connection failed: {exc}", CONNECTION_ERROR
    if isinstance(exc, ProfileError):
        return str(exc), USAGE_ERROR
    if isinstance(exc, ValueError):  # errors.ValidationError, a missing credential, a malformed setting
        return str(exc), USAGE_ERROR
    return f"unexpected {type(exc).__name__}: {exc}", PROVIDER_ERROR


def report(exc: BaseException, *, debug: bool, prefix: str = "") -> int:
    """Write ``error: …`` (and the traceback with ``--debug``) to stderr; the exit code."""
    message, code = describe(exc)
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    sys.stderr.write(f"error: {prefix}{' '.join(message.split())}\n")
    return code


@contextmanager
def reported(*, debug: bool) -> Iterator[None]:
    """Turn any exception inside into its error line and exit code (``SystemExit``)."""
    try:
        yield
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception as exc:
        raise SystemExit(report(exc, debug=debug)) from None
