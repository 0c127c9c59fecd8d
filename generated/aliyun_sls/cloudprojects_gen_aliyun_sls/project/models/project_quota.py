"""The same as ``cloudprojects_gen_aliyun_sls.account.models.project_quota``: generated once, re-exported here."""

from ...account.models.project_quota import ProjectQuota as ProjectQuota
from ...account.models.project_quota import T as T

__all__ = ["T", "ProjectQuota"]
