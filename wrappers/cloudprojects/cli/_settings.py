"""A provider's client keywords from flags, the environment and a profile, in that order of precedence.

A setting given as a flag wins; else, when one of the library's environment variables for it is set, nothing is
passed and the library reads the environment itself; else the profile's value is passed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cloudprojects.errors import ValidationError

from . import _profiles
from ._facade import Facade


@dataclass(frozen=True)
class Flags:
    """The connection flags every provider command takes."""

    base_url: str | None = None
    region: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    profile: str = _profiles.DEFAULT_PROFILE
    allow_insecure_http: bool = False


def _from_environment(names: tuple[str, ...]) -> bool:
    return any(os.environ.get(name) for name in names)


def _pick(flag: Any, environment: tuple[str, ...], stored: Any) -> Any:
    if flag not in (None, ""):
        return flag
    if _from_environment(environment):
        return None
    return stored if stored not in (None, "") else None


def _address(facade: Facade, base_url: str) -> dict[str, Any]:
    if "base_url" in facade.constructor:
        return {"base_url": base_url}
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/") or parts.query:
        raise ValidationError("base_url", f"{base_url!r} is not an http(s)://host[:port] URL", "format endpoint-url")
    address: dict[str, Any] = {"endpoint": parts.netloc}
    if "scheme" in facade.constructor:
        address["scheme"] = parts.scheme
    return address


def client_kwargs(facade: Facade, flags: Flags, stored: dict[str, Any] | None = None) -> dict[str, Any]:
    """Keywords for ``cloudprojects.<provider>.Client``/``AsyncClient``."""
    profile = _profiles.load(flags.profile, facade.provider) if stored is None else stored
    kwargs: dict[str, Any] = {}
    for name in facade.credentials:
        value = _pick(None, facade.environment.get(name, ()), profile.get(name))
        if value is not None:
            kwargs[name] = str(value)
    base_url = _pick(flags.base_url, facade.base_url_environment, profile.get("base_url"))
    region = _pick(flags.region, (), profile.get("region"))
    if base_url is not None:
        kwargs.update(_address(facade, base_url))
    elif region is not None and "region" in facade.constructor:
        kwargs["region"] = region
    elif region is not None and facade.region_endpoint is not None:
        kwargs["endpoint"] = facade.region_endpoint.format(region=region)
    if flags.timeout is not None:
        kwargs["timeout"] = flags.timeout
    if flags.max_retries is not None:
        kwargs["max_retries"] = flags.max_retries
    if flags.allow_insecure_http:
        kwargs["allow_insecure_http"] = True
    if region is not None and base_url is not None and "region" in facade.constructor:
        kwargs["region"] = region
    return kwargs


def configured(facade: Facade, profile: dict[str, Any]) -> bool:
    """Whether every required credential is in the environment or the profile."""
    return all(
        _from_environment(facade.environment.get(name, ())) or profile.get(name) not in (None, "")
        for name in facade.required_credentials
    )
