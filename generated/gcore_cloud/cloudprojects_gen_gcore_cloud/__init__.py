"""A client library for accessing Gcore Cloud Projects API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
