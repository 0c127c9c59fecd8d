"""Contains all the data models used in inputs/outputs"""

from .error_info import ErrorInfo
from .error_response import ErrorResponse
from .invalid_fields import InvalidFields
from .project import Project
from .project_create_request import ProjectCreateRequest
from .project_list import ProjectList
from .project_order_by import ProjectOrderBy
from .project_replace_request import ProjectReplaceRequest
from .project_update_request import ProjectUpdateRequest
from .task import Task
from .task_id_list import TaskIdList

__all__ = (
    "ErrorInfo",
    "ErrorResponse",
    "InvalidFields",
    "Project",
    "ProjectCreateRequest",
    "ProjectList",
    "ProjectOrderBy",
    "ProjectReplaceRequest",
    "ProjectUpdateRequest",
    "Task",
    "TaskIdList",
)
