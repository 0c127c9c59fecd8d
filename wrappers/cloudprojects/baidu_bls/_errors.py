"""BLS error codes callers act on, as subclasses of the shared status errors."""

from __future__ import annotations

from cloudprojects import errors


class ProjectNotFoundError(errors.NotFoundError):
    """No project has this uuid (code ``ProjectNotFound``, HTTP 404)."""


class ProjectAlreadyExistsError(errors.ConflictError):
    """A project with this name already exists in the region (code ``ProjectAlreadyExist``, HTTP 409)."""


class ProjectNotEmptyError(errors.ConflictError):
    """The project still contains logstores and cannot be deleted (code ``ProjectLogStoreNotEmpty``, HTTP 409)."""
