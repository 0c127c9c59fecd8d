"""One prepared operation call: what to send, and how to read a 2xx answer into a model."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import httpx

from cloudprojects import errors

from .options import CallOptions
from .profile import Profile


class _StrictParsing:
    """Stands in for the generated client when parsing: an undocumented status raises instead of giving None."""

    raise_on_unexpected_status = True


_STRICT = _StrictParsing()


@dataclass(frozen=True)
class Call:
    """A request built from a generated module's ``_get_kwargs``, plus what the facade needs around it.

    ``url`` replaces the relative URL (SLS: the project's own host); ``headers`` are added (SLS: ``Host``).
    ``parse`` is the generated module's ``_build_response``; ``unwrap`` turns its parsed model into what the
    facade returns (e.g. the envelope's ``result``). ``idempotent`` overrides the method's idempotency for
    retries (a POST that only reads, marked ``x-idempotent: true`` in the spec).
    """

    operation_id: str
    kwargs: dict[str, Any]
    parse: Callable[..., Any]
    unwrap: Callable[[Any], Any] = field(default=lambda parsed: parsed)
    url: str | None = None
    headers: dict[str, str] | None = None
    expects_body: bool = True
    idempotent: bool | None = None

    @property
    def method(self) -> str:
        return str(self.kwargs["method"]).upper()

    def build(
        self, http: httpx.Client | httpx.AsyncClient, base: str | None = None, options: CallOptions | None = None
    ) -> httpx.Request:
        """A fresh request (no signature yet: each attempt is signed afresh by the client's auth).

        ``base`` is the client's base URL as text, ending in ``/``: a relative URL is joined to it here, as httpx
        would join it, and the absolute URL is parsed once per distinct URL (:func:`parsed_url`) instead of on
        every call. ``options`` adds the call's timeout and its extra headers, query parameters and body fields.
        """
        kwargs = dict(self.kwargs)
        url: Any = kwargs["url"] if self.url is None else self.url
        absolute = self.url is not None
        if not absolute and base is not None and isinstance(url, str) and url[:1] == "/" and url[:2] != "//":
            url, absolute = base + url[1:], True
        if absolute and "?" not in url:
            if "params" in kwargs and not kwargs["params"]:
                del kwargs["params"]  # nothing to merge into a URL without a query: httpx would parse it again
            url = parsed_url(url)
        kwargs["url"] = url
        if self.headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **self.headers}
        if options is not None:
            if options.timeout != http.timeout:
                kwargs["timeout"] = options.timeout
            if options.extra_headers:
                kwargs["headers"] = {**kwargs.get("headers", {}), **options.extra_headers}
            if options.extra_query:
                kwargs["params"] = {**kwargs.get("params", {}), **options.extra_query}
            if options.extra_body:
                body = kwargs.get("json")
                if not isinstance(body, dict):
                    raise TypeError(f"{self.operation_id} has no JSON object body to add extra_body to")
                kwargs["json"] = {**body, **options.extra_body}
        return http.build_request(**kwargs)

    def result(self, response: httpx.Response, profile: Profile) -> Any:
        """The facade's return value for a response, or the typed error it means."""
        if not response.is_success:
            raise profile.status_error(response)
        unexpected_body, unexpected_status = _generated_errors(self.parse)
        try:
            parsed = self.parse(client=_STRICT, response=response).parsed
        except RecursionError as exc:
            raise self._invalid(response, profile, "the body nests too deeply to parse") from exc
        except unexpected_status as exc:
            raise self._invalid(response, profile, f"HTTP {response.status_code} is not a documented success") from exc
        except unexpected_body as exc:
            raise self._invalid(response, profile, str(exc)) from exc
        if parsed is None and self.expects_body:
            raise self._invalid(response, profile, f"HTTP {response.status_code} carried no body")
        if profile.envelope_error is not None and parsed is not None:
            info = profile.envelope_error(parsed)
            if info is not None:
                raise profile.status_error(response, info)
        try:
            return self.unwrap(parsed)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise self._invalid(response, profile, f"the success body lacks what the spec promises ({exc!r})") from exc

    def _invalid(self, response: httpx.Response, profile: Profile, why: str) -> errors.ResponseValidationError:
        return errors.ResponseValidationError(
            f"{profile.name}: {self.operation_id}: {why}", response=response, request_id=profile.request_id(response)
        )


@lru_cache(maxsize=1024)
def parsed_url(text: str) -> httpx.URL:
    """``httpx.URL(text)``, parsed once per distinct absolute URL.

    httpx parses and checks every URL string character by character, about a quarter of building a request; a
    client calling the same resources again (polling a project, walking pages) reuses the parsed, immutable URL.
    An unparsable URL raises every time (exceptions are not cached).
    """
    return httpx.URL(text)


@cache
def _generated_errors(parse: Callable[..., Any]) -> tuple[type[Exception], type[Exception]]:
    """``UnexpectedResponseBody`` and ``UnexpectedStatus`` of the generated package that owns ``parse``."""
    module = parse.__module__
    package = importlib.import_module(module[: module.index(".api.")] + ".errors")
    return package.UnexpectedResponseBody, package.UnexpectedStatus
