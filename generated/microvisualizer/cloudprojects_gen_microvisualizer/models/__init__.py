"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .pin_project_request import PinProjectRequest
from .pinned_project import PinnedProject
from .project import Project
from .project_create_request import ProjectCreateRequest
from .project_duplicate_request import ProjectDuplicateRequest
from .project_page import ProjectPage
from .project_update_request import ProjectUpdateRequest
from .rate_limit_error_response import RateLimitErrorResponse
from .validation_error_response import ValidationErrorResponse
from .violation import Violation

__all__ = (
    "ErrorResponse",
    "PinnedProject",
    "PinProjectRequest",
    "Project",
    "ProjectCreateRequest",
    "ProjectDuplicateRequest",
    "ProjectPage",
    "ProjectUpdateRequest",
    "RateLimitErrorResponse",
    "ValidationErrorResponse",
    "Violation",
)
