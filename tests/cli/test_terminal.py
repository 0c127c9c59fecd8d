"""Through a real pseudo-terminal (pexpect): ``configure`` hides the secret as it is typed, and ``inventory`` shows
a live progress display and a table."""

from __future__ import annotations

import io
import stat

import pexpect
from cli_support import SCRIPT, Cli

from cloudprojects import sim


def _spawn(cli: Cli, *args: str) -> tuple[pexpect.spawn, io.StringIO]:
    transcript = io.StringIO()
    child = pexpect.spawn(
        str(SCRIPT),
        list(args),
        env={**cli.env, "TERM": "xterm-256color"},
        encoding="utf-8",
        dimensions=(40, 160),
        timeout=60,
    )
    child.logfile_read = transcript
    return child, transcript


def test_configure_hides_the_secret_then_inventory_shows_progress_and_a_table(cli: Cli, served: sim.Served) -> None:
    endpoint = served["gcore_cloud"]
    key = endpoint.credentials["api_key"]

    child, transcript = _spawn(cli, "configure", "gcore-cloud")
    child.expect_exact("Api key: ")
    child.sendline(key)
    child.expect_exact("Base url (optional): ")
    child.sendline(endpoint.url)
    child.expect_exact("Saved profile 'default' for gcore-cloud")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert key not in transcript.getvalue()  # the terminal's echo was off while the key was typed
    assert stat.S_IMODE(cli.config.stat().st_mode) == 0o600

    child, transcript = _spawn(cli, "inventory")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    screen = transcript.getvalue()
    assert "\x1b[" in screen  # the live display redraws in place
    progress, table = screen.split("┏", 1)
    assert "gcore-cloud" in progress and "done" in progress
    assert "1 pages" in progress and "1 projects" in progress
    assert "provider" in table.splitlines()[1] and "gcore-cloud" in table and "default" in table
    assert key not in screen
