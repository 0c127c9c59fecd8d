"""Contains all the data models used in inputs/outputs"""

from .empty_envelope import EmptyEnvelope
from .error_response import ErrorResponse
from .project import Project
from .project_create_request import ProjectCreateRequest
from .project_envelope import ProjectEnvelope
from .project_list_envelope import ProjectListEnvelope
from .project_list_order import ProjectListOrder
from .project_list_order_by import ProjectListOrderBy
from .project_list_request import ProjectListRequest
from .project_list_result import ProjectListResult
from .project_result import ProjectResult
from .project_update_request import ProjectUpdateRequest

__all__ = (
    "EmptyEnvelope",
    "ErrorResponse",
    "Project",
    "ProjectCreateRequest",
    "ProjectEnvelope",
    "ProjectListEnvelope",
    "ProjectListOrder",
    "ProjectListOrderBy",
    "ProjectListRequest",
    "ProjectListResult",
    "ProjectResult",
    "ProjectUpdateRequest",
)
