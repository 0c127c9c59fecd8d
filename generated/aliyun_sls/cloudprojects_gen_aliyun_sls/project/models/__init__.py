"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .project import Project
from .project_quota import ProjectQuota
from .project_update_request import ProjectUpdateRequest

__all__ = (
    "ErrorResponse",
    "Project",
    "ProjectQuota",
    "ProjectUpdateRequest",
)
