"""One prepared operation call: what to send, and how to read a 2xx answer into a model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from cloudprojects import errors

from .profile import Profile


@dataclass(frozen=True)
class Call:
    """A request built from a generated module's ``_get_kwargs``, plus what the facade needs around it.

    ``url`` replaces the relative URL (SLS: the project's own host); ``headers`` are added (SLS: ``Host``).
    ``parse`` is the generated module's ``_build_response``; ``unwrap`` turns its parsed model into what the
    facade returns (e.g. the envelope's ``result``).
    """

    operation_id: str
    kwargs: dict[str, Any]
    parse: Callable[..., Any]
    raw_client: Any
    unwrap: Callable[[Any], Any] = field(default=lambda parsed: parsed)
    url: str | None = None
    headers: dict[str, str] | None = None
    expects_body: bool = True

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()

    def build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """A fresh request (no signature yet: each attempt is signed afresh by the client's auth)."""
        kwargs = dict(self.kwargs)
        if self.url is not None:
            kwargs["url"] = self.url
        if self.headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **self.headers}
        return http.build_request(**kwargs)

    def result(self, response: httpx.Response, profile: Profile) -> Any:
        """The facade's return value for a response, or the typed error it means."""
        if not response.is_success:
            raise profile.status_error(response)
        from_generated = _generated_errors(self.parse)
        try:
            parsed = self.parse(client=self.raw_client, response=response).parsed
        except from_generated as exc:
            raise errors.ResponseValidationError(
                f"{profile.name}: {exc}", response=response, request_id=profile.request_id(response)
            ) from exc
        if parsed is None and self.expects_body:
            raise errors.ResponseValidationError(
                f"{profile.name}: HTTP {response.status_code} is not a documented success of {self.operation_id}",
                response=response,
                request_id=profile.request_id(response),
            )
        if profile.envelope_error is not None and parsed is not None:
            info = profile.envelope_error(parsed)
            if info is not None:
                raise profile.status_error(response, info)
        return self.unwrap(parsed)


def _generated_errors(parse: Callable[..., Any]) -> type[Exception]:
    """The generated package's ``errors.UnexpectedResponseBody`` for the module that owns ``parse``."""
    module = parse.__module__
    package = module[: module.index(".api.")]
    errors_module = __import__(f"{package}.errors", fromlist=["UnexpectedResponseBody"])
    cls: type[Exception] = errors_module.UnexpectedResponseBody
    return cls
