"""MicroVisualizer error codes worth their own class (the rest map by HTTP status)."""

from __future__ import annotations

from cloudprojects import errors


class ProjectNotFoundError(errors.NotFoundError):
    """``project_not_found``: no project with that id (on unpin: also when it is not pinned)."""


class ProjectLimitReachedError(errors.PermissionDeniedError):
    """``project_limit_reached``: the plan's project quota is used up (create, duplicate).

    The provider documents the code but not its status; the spec assumes 403, so this is a
    :class:`~cloudprojects.errors.PermissionDeniedError`. It is raised for this code whatever the status,
    and ``status_code`` keeps the status actually received.
    """
