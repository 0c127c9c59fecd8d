"""NAVER Cloud Platform Media Intelligence projects: ``Client`` and ``AsyncClient``.

from cloudprojects import ncp_media_intelligence
with ncp_media_intelligence.Client(access_key="…", secret_key="…") as client:
    project = client.projects.update("my-workspace", "1234", name="updated_project_name")

Credentials fall back to ``NCLOUD_ACCESS_KEY`` and ``NCLOUD_SECRET_KEY``; the endpoint to
``NCP_MEDIA_INTELLIGENCE_BASE_URL``. Errors are those of :mod:`cloudprojects.errors` (no code here needs a class
of its own: see ``_profile.ERROR_CLASSES``).
"""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
