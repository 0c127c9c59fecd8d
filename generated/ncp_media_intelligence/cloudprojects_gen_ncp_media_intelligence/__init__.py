"""A client library for accessing NAVER Cloud Platform Media Intelligence — Project API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
