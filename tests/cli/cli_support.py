"""The real console script (``.venv/bin/cloudprojects``) run as a subprocess against simulators served on loopback
by the test process (so tests can inject faults and read what the simulators received)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cloudprojects import sim
from cloudprojects.cli._facade import facade

SCRIPT = Path(sys.executable).with_name("cloudprojects")
PROVIDERS = sim.PROVIDERS


def all_secrets(served: sim.Served) -> list[str]:
    """Every credential value of the simulators (none may appear in any output)."""
    return [v for endpoint in served.values() for v in endpoint.credentials.values()]


def credential_environment() -> set[str]:
    """Every environment variable a facade reads (cleared for each run)."""
    names = {"CLOUDPROJECTS_CONFIG", "CLOUDPROJECTS_PROFILE", "XDG_CONFIG_HOME"}
    for provider in PROVIDERS:
        for env in facade(provider).environment.values():
            names.update(env)
    return names


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class Cli:
    """Runs the console script with a private HOME and config file and no provider variables inherited."""

    def __init__(self, home: Path, secrets: list[str]) -> None:
        self.home = home
        self.config = home / "config.toml"
        self.secrets = secrets
        base = {k: v for k, v in os.environ.items() if k not in credential_environment()}
        self.env = {**base, "HOME": str(home), "CLOUDPROJECTS_CONFIG": str(self.config), "COLUMNS": "200"}

    def __call__(self, *args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
        proc = subprocess.run(
            [str(SCRIPT), *args],
            env={**self.env, **(env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            start_new_session=True,  # no controlling terminal: prompts read stdin
        )
        for secret in self.secrets:
            assert secret not in proc.stdout and secret not in proc.stderr, "a credential reached the output"
        return Result(proc.returncode, proc.stdout, proc.stderr)


def environment_for(provider: str, endpoint: sim.Endpoint) -> dict[str, str]:
    """The credential variables that point a provider's commands at its simulator."""
    env = {}
    for name, value in endpoint.credentials.items():
        names = facade(provider).environment.get(name, ())
        env[names[0]] = value
    return env
