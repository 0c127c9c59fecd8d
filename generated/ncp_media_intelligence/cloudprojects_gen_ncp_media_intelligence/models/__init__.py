"""Contains all the data models used in inputs/outputs"""

from .empty_envelope import EmptyEnvelope
from .error_response import ErrorResponse
from .gateway_error import GatewayError
from .gateway_error_response import GatewayErrorResponse
from .project import Project
from .project_create_request import ProjectCreateRequest
from .project_envelope import ProjectEnvelope
from .project_list_envelope import ProjectListEnvelope
from .project_list_result import ProjectListResult
from .project_update_request import ProjectUpdateRequest

__all__ = (
    "EmptyEnvelope",
    "ErrorResponse",
    "GatewayError",
    "GatewayErrorResponse",
    "Project",
    "ProjectCreateRequest",
    "ProjectEnvelope",
    "ProjectListEnvelope",
    "ProjectListResult",
    "ProjectUpdateRequest",
)
