"""Contains shared errors types that can be raised from API functions"""

import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedResponseBody(Exception):
    """Raised by api functions when a response body cannot be parsed as the API description says; the message ends
    with why (the parsing error, e.g. ``TypeError: id: expected int, got str``), cut to 200 characters"""

    def __init__(self, response: httpx.Response, cause: BaseException | None = None):
        self.response = response
        self.status_code = response.status_code
        self.content = response.content
        why = ""
        if cause is not None:
            why = f"{type(cause).__name__}: {cause}"
            why = ": " + (why if len(why) <= 200 else why[:197] + "...")

        super().__init__(
            f"Response body for status {response.status_code} does not match the API description"
            f" ({len(response.content)} bytes, content-type {response.headers.get('content-type')!r}){why}"
        )


__all__ = ["UnexpectedResponseBody", "UnexpectedStatus"]
