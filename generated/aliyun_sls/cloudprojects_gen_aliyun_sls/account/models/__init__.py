"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .project import Project
from .project_create_request import ProjectCreateRequest
from .project_create_request_data_redundancy_type import ProjectCreateRequestDataRedundancyType
from .project_list import ProjectList
from .project_quota import ProjectQuota

__all__ = (
    "ErrorResponse",
    "Project",
    "ProjectCreateRequest",
    "ProjectCreateRequestDataRedundancyType",
    "ProjectList",
    "ProjectQuota",
)
