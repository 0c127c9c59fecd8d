"""Gcore Cloud projects: ``Client`` and ``AsyncClient``.

from cloudprojects import gcore_cloud
with gcore_cloud.Client(api_key="…") as client:
    project = client.projects.replace(1, name="New Project")
"""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
