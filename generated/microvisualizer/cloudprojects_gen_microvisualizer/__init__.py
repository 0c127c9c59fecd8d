"""A client library for accessing MicroVisualizer Projects API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
