"""The same as ``cloudprojects_gen_aliyun_sls.account.models.project``: generated once, re-exported here."""

from ...account.models.project import Project as Project
from ...account.models.project import T as T

__all__ = ["T", "Project"]
