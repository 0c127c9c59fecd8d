"""A client library for accessing Alibaba Cloud Simple Log Service (SLS) - account-scoped project API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
