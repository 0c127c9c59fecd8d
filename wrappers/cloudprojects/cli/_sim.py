"""``cloudprojects sim serve``: run the simulators on loopback and say how to point the command line at them."""

from __future__ import annotations

import contextlib
import shlex
import signal
import sys
import threading
from typing import Any

from . import _errors, _facade, _listing
from ._names import PROVIDERS, command_name, provider_key


def list_values(key: str, endpoint: Any) -> dict[str, str]:
    """Values for the list arguments a provider needs, from its running simulator (NCP: its first workspace)."""
    values = {}
    for item in _listing.list_arguments(_facade.facade(key)):
        known = getattr(endpoint.simulator, _listing.setting_name(item) + "s", None)
        values[item.name] = next(iter(known)) if isinstance(known, dict) and known else item.name.upper()
    return values


def profile_values(key: str, endpoint: Any) -> dict[str, str]:
    """A profile that points a provider's commands at its running simulator."""
    facade = _facade.facade(key)
    listing = {_listing.setting_name(i): list_values(key, endpoint)[i.name] for i in _listing.list_arguments(facade)}
    return {**endpoint.credentials, "base_url": endpoint.url, **listing}


def _list_example(key: str, endpoint: Any) -> str:
    words = ["cloudprojects", command_name(key), "projects", "list", *list_values(key, endpoint).values()]
    return " ".join([*words, "--base-url", endpoint.url])


def describe(key: str, endpoint: Any) -> str:
    """The lines that tell a user how to reach one running simulator."""
    facade = _facade.facade(key)
    lines = [f"{command_name(key)}  {endpoint.url}"]
    for name, value in endpoint.credentials.items():
        for env in facade.environment.get(name, ())[:1]:
            lines.append(f"  export {env}={shlex.quote(value)}")
    lines.append(f"  {_list_example(key, endpoint)}")
    return "\n".join(lines)


def serve(provider: str, port: int, host: str, seed: int) -> None:
    """Run the simulators on loopback until interrupted; print each one's --base-url and credential variables."""
    with _errors.reported(debug=False):
        key = "all" if provider == "all" else provider_key(provider)
        if key is None:
            raise _errors.Failure(
                f"unknown provider {provider!r}; known: all, " + ", ".join(command_name(p) for p in PROVIDERS),
                _errors.USAGE_ERROR,
            )
        from cloudprojects import sim

        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        with sim.serve(key, host=host, port=port, seed=seed) as served:
            for name, endpoint in served.items():
                sys.stdout.write(describe(name, endpoint) + "\n")
            sys.stdout.write("Serving; Ctrl-C stops.\n")
            sys.stdout.flush()
            with contextlib.suppress(KeyboardInterrupt):
                stop.wait()
