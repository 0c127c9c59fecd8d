"""SLS error codes that callers act on, as subclasses of the suite's status errors."""

from __future__ import annotations

from cloudprojects import errors


class ProjectNotFoundError(errors.NotFoundError):
    """``ProjectNotExist`` (404): no project of that name in the endpoint's region."""


class ProjectAlreadyExistsError(errors.ConflictError):
    """``ProjectAlreadyExist``: the name is taken in the region.

    SLS answers 400, not 409. The class is a ``ConflictError`` so that "already exists" is caught the same way
    for every provider; ``status_code`` still holds the 400 actually received, because it describes the wire.
    """


class SignatureMismatchError(errors.AuthenticationError):
    """``SignatureNotMatch`` (401): wrong AccessKey secret, or something between client and server changed the
    signed request (a proxy rewriting headers or the body)."""
