"""Alibaba Cloud Simple Log Service (SLS) projects: ``Client`` and ``AsyncClient``.

from cloudprojects import aliyun_sls
with aliyun_sls.Client(access_key_id="…", access_key_secret="…") as client:
    client.projects.update("ali-project-test", description="Description of my-project-test")
"""

from ._client import AsyncClient, Client
from ._errors import ProjectAlreadyExistsError, ProjectNotFoundError, SignatureMismatchError

__all__ = ["AsyncClient", "Client", "ProjectAlreadyExistsError", "ProjectNotFoundError", "SignatureMismatchError"]
