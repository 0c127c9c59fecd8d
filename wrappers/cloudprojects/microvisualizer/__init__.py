"""MicroVisualizer projects: ``Client``, ``AsyncClient`` and the provider's error classes.

from cloudprojects import microvisualizer
with microvisualizer.Client(api_key="…") as client:
    project = client.projects.update("my-project-a1b2c", archived=True)
"""

from ._client import AsyncClient, Client
from ._errors import ProjectLimitReachedError, ProjectNotFoundError

__all__ = ["AsyncClient", "Client", "ProjectLimitReachedError", "ProjectNotFoundError"]
