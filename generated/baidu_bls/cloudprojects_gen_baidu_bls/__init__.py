"""A client library for accessing Baidu AI Cloud BLS (Log Service) project API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
