"""Static-token schemes: Gcore's ``Authorization: apikey <token>`` and MicroVisualizer's Bearer."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from cloudprojects._core.redaction import REDACTED

from ._shell import auth_repr
from ._unpicklable import SecretText, Unpicklable
from ._wire import check_credential


class ApiKeyAuth(Unpicklable, httpx.Auth):
    """``Authorization: <prefix> <token>`` (Gcore: ``apikey``); replaces any existing Authorization.

    Args:
        token: The API key.
        prefix: The scheme word before the token.

    Raises:
        InvalidCredentialError: the token or prefix is empty, non-ASCII or holds control characters.
    """

    def __init__(self, token: str, prefix: str = "apikey") -> None:
        check_credential("token", token, header_safe=True)
        check_credential("prefix", prefix, header_safe=True)
        self._prefix = prefix
        self._header = SecretText(f"{prefix} {token}")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the header and send the request once.

        Args:
            request: the outgoing request; its ``Authorization`` header is replaced.

        Yields:
            The request, once.
        """
        request.headers["Authorization"] = self._header.reveal()
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={REDACTED}, prefix={self._prefix!r})"


class BearerAuth(ApiKeyAuth):
    """``Authorization: Bearer <token>`` (MicroVisualizer).

    Args:
        token: The bearer token.

    Raises:
        InvalidCredentialError: the token is empty, non-ASCII or holds control characters.
    """

    def __init__(self, token: str) -> None:
        super().__init__(token, prefix="Bearer")

    def __repr__(self) -> str:
        return auth_repr(self, {}, ("token",))
