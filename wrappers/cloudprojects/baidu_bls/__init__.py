"""Baidu AI Cloud BLS projects: ``Client``, ``AsyncClient`` and the errors of BLS's own codes.

from cloudprojects import baidu_bls
with baidu_bls.Client(region="bj", access_key_id="…", secret_access_key="…") as client:
    project = client.projects.get("276c6cce-0350-4719-856d-ba675fa52c06")
"""

from ._client import AsyncClient, Client
from ._errors import ProjectAlreadyExistsError, ProjectNotEmptyError, ProjectNotFoundError

__all__ = ["AsyncClient", "Client", "ProjectAlreadyExistsError", "ProjectNotEmptyError", "ProjectNotFoundError"]
