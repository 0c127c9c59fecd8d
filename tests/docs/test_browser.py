"""One provider page in a real browser: Debian's headless Chromium loads it from loopback and runs its scripts.

Chromium comes from the repository's own setup (``make chromium``, run by ``make test``). Without it this test
fails and says so: a docs site nobody looked at is not checked.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from docs_source import ROOT, providers

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=10000",
]


def chromium() -> str:
    """The Chromium binary, or a loud failure naming how to install it."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).is_file():
        pytest.fail(
            "Chromium is not installed, so the docs were not checked in a browser: run `make chromium` "
            "(apt-get install -y chromium, as root) or set CHROMIUM=/path/to/chromium",
            pytrace=False,
        )
    return found


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the request log out of the test output."""


@pytest.fixture
def served_site(built_site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _text(fragment: str) -> str:
    """Visible text: cells and lines apart, the tokens of highlighted code together."""
    spaced = re.sub(r"</(td|th|tr|p|li)>", " ", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())


def test_provider_page_in_headless_chromium(served_site: str, tmp_path: Path) -> None:
    key, provider = next(iter(providers().items()))
    proc = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={tmp_path}", "--dump-dom", f"{served_site}/providers/{key}/"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert provider.title in dom

    # The page's scripts ran: Material wraps tables and adds copy buttons to code blocks from JavaScript.
    assert "md-typeset__table" in dom
    assert "md-code__button" in dom

    # The operation table: one row per operation of the provider's specs.
    tables = [_text(t) for t in re.findall(r"<table\b.*?</table>", dom, flags=re.S)]
    operations_table = next((t for t in tables if t.startswith("Operation Method Path")), None)
    assert operations_table is not None, "no operation table on the page"
    for part in provider.parts:
        spec = yaml.safe_load((ROOT / "specs" / part.spec).read_text(encoding="utf-8"))
        for item in spec["paths"].values():
            for op in item.values():
                if isinstance(op, dict) and "operationId" in op:
                    assert op["operationId"] in operations_table

    # A code example: a highlighted (Pygments-tokenised) block importing the facade and calling it.
    blocks = re.findall(r'<div class="[^"]*highlight[^"]*">.*?</code>', dom, flags=re.S)
    examples = [_text(b) for b in blocks if '<span class="kn">import</span>' in b]
    assert any("client.projects." in example for example in examples), "no Python example on the page"

    # The search box.
    assert re.search(r'<input[^>]*data-md-component="search-query"', dom), "no search box on the page"


def test_a_missing_chromium_fails_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-chromium-here"))
    with pytest.raises(pytest.fail.Exception, match="Chromium is not installed"):
        chromium()
