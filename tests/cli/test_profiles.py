"""Profiles: where the file lives, mode 0600, the warning for a readable file, and flags > environment > profile."""

from __future__ import annotations

import os
import socket
import stat
import tomllib
from pathlib import Path

from cli_support import Cli, environment_for

from cloudprojects import sim


def _dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def _write(path: Path, text: str, mode: int = 0o600) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)


def _gcore_profile(endpoint: sim.Endpoint, base_url: str | None = None, name: str = "default") -> str:
    key = endpoint.credentials["api_key"]
    return f"[{name}.gcore_cloud]\napi_key = '{key}'\nbase_url = '{base_url or endpoint.url}'\n"


def test_configure_writes_a_0600_file_and_never_echoes_the_secret(cli: Cli, served: sim.Served) -> None:
    endpoint = served["gcore_cloud"]
    key = endpoint.credentials["api_key"]
    result = cli("configure", "gcore-cloud", stdin=f"{key}\n{endpoint.url}\n")
    assert result.code == 0, result.stderr
    assert stat.S_IMODE(cli.config.stat().st_mode) == 0o600
    assert tomllib.loads(cli.config.read_text()) == {
        "default": {"gcore_cloud": {"api_key": key, "base_url": endpoint.url}}
    }
    got = cli("gcore-cloud", "projects", "get", "1")
    assert got.code == 0 and got.json()["id"] == 1


def test_configure_keeps_current_values_and_other_profiles(cli: Cli, served: sim.Served) -> None:
    endpoint = served["ncp_media_intelligence"]
    creds = endpoint.credentials
    _write(cli.config, _gcore_profile(served["gcore_cloud"]))
    answers = f"{creds['access_key']}\n{creds['secret_key']}\n{endpoint.url}\nmy-workspace\n"
    assert cli("configure", "ncp-media-intelligence", "--profile", "work", stdin=answers).code == 0
    assert cli("configure", "ncp_media_intelligence", "--profile", "work", stdin="\n\n\nother-ws\n").code == 0
    document = tomllib.loads(cli.config.read_text())
    assert document["default"]["gcore_cloud"]["base_url"] == served["gcore_cloud"].url
    assert document["work"]["ncp_media_intelligence"] == {
        "access_key": creds["access_key"],
        "secret_key": creds["secret_key"],
        "base_url": endpoint.url,
        "workspace": "other-ws",
    }


def test_config_location_xdg_then_home(cli: Cli, served: sim.Served, tmp_path: Path) -> None:
    endpoint = served["gcore_cloud"]
    xdg = tmp_path / "xdg"
    _write(xdg / "cloudprojects" / "config.toml", _gcore_profile(endpoint))
    env = {"CLOUDPROJECTS_CONFIG": "", "XDG_CONFIG_HOME": str(xdg)}
    assert cli("gcore-cloud", "projects", "get", "1", env=env).code == 0
    _write(cli.home / ".config" / "cloudprojects" / "config.toml", _gcore_profile(endpoint))
    assert cli("gcore-cloud", "projects", "get", "1", env={"CLOUDPROJECTS_CONFIG": ""}).code == 0
    fresh = tmp_path / "fresh-xdg"
    assert cli("configure", "gcore-cloud", env={**env, "XDG_CONFIG_HOME": str(fresh)}, stdin="k$1\n\n").code == 0
    written = fresh / "cloudprojects" / "config.toml"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    assert tomllib.loads(written.read_text()) == {"default": {"gcore_cloud": {"api_key": "k$1"}}}


def test_group_readable_file_gives_a_warning(cli: Cli, served: sim.Served) -> None:
    _write(cli.config, _gcore_profile(served["gcore_cloud"]), mode=0o640)
    result = cli("gcore-cloud", "projects", "get", "1")
    assert result.code == 0
    assert result.stderr == (
        f"warning: {cli.config} is readable by others (mode 0640); it holds credentials: chmod 600 {cli.config}\n"
    )
    os.chmod(cli.config, 0o600)
    assert cli("gcore-cloud", "projects", "get", "1").stderr == ""


def test_flag_beats_environment_beats_profile(cli: Cli, served: sim.Served) -> None:
    endpoint = served["gcore_cloud"]
    _write(cli.config, _gcore_profile(endpoint, base_url=_dead_url()))
    get = ("gcore-cloud", "projects", "get", "1", "--max-retries", "0")
    assert cli(*get).code == 3  # the profile's (dead) base URL
    assert cli(*get, env={"GCORE_BASE_URL": endpoint.url}).code == 0  # environment over profile
    assert cli(*get, "--base-url", endpoint.url, env={"GCORE_BASE_URL": _dead_url()}).code == 0  # flag over env
    wrong_key = cli(*get, "--base-url", endpoint.url, env={"GCORE_API_KEY": "not-the-key"})
    assert wrong_key.code == 1 and "[401" in wrong_key.stderr  # the environment's key over the profile's


def test_profile_option_and_environment_pick_the_profile(cli: Cli, served: sim.Served) -> None:
    endpoint = served["gcore_cloud"]
    _write(cli.config, _gcore_profile(endpoint, base_url=_dead_url()) + _gcore_profile(endpoint, name="live"))
    get = ("gcore-cloud", "projects", "get", "1", "--max-retries", "0")
    assert cli(*get, "--profile", "live").code == 0
    assert cli(*get, env={"CLOUDPROJECTS_PROFILE": "live"}).code == 0
    assert cli(*get, "--profile", "missing").code == 2


def test_region_endpoint_from_the_profile(cli: Cli, served: sim.Served) -> None:
    endpoint = served["baidu_bls"]
    env = environment_for("baidu_bls", endpoint)
    _write(cli.config, f"[default.baidu_bls]\nbase_url = '{endpoint.url}'\nregion = 'gz'\n")
    result = cli("baidu-bls", "projects", "list", env=env)
    assert result.code == 0, result.stderr
    assert isinstance(result.json(), list)
