"""Ask a package index (its simple API, PEP 503/691) which versions of a project it already has."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)

ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"


class IndexUnavailable(Exception):
    """The index could not tell whether a version exists: refuse rather than guess."""


def simple_url_for(repository_url: str) -> str:
    """The simple API next to an upload URL: `…/legacy/` becomes `…/simple/`, else `simple/` is appended."""
    base = repository_url if repository_url.endswith("/") else repository_url + "/"
    if base.endswith("/legacy/"):
        base = base[: -len("legacy/")]
    return urljoin(base, "simple/")


class _Links(HTMLParser):
    """The file names of a PEP 503 page: the last path segment of each anchor's href."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.names.append(href.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1])


def _version_of(project: str, filename: str) -> str | None:
    try:
        if filename.endswith(".whl"):
            name, version, _, _ = parse_wheel_filename(filename)
        else:
            name, version = parse_sdist_filename(filename)
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None
    return str(version) if name == canonicalize_name(project) else None


def existing_versions(simple_url: str, project: str, client: httpx.Client) -> set[str]:
    """Versions of `project` that have files on the index (empty when the index does not know the project).

    Same-host redirects (name normalisation) are followed; a redirect to another host means "not here".
    """
    url = urljoin(simple_url if simple_url.endswith("/") else simple_url + "/", canonicalize_name(project) + "/")
    try:
        for _ in range(3):
            response = client.get(url, headers={"Accept": ACCEPT})
            if not response.is_redirect:
                break
            target = urljoin(url, response.headers["location"])
            if urlsplit(target).netloc != urlsplit(url).netloc:
                return set()  # e.g. pypiserver's fallback to another index: the project is not on this one
            url = target
    except httpx.HTTPError as exc:
        raise IndexUnavailable(f"cannot reach the index at {url}: {exc}") from exc
    if response.status_code == 404:
        return set()
    if response.status_code != 200:
        raise IndexUnavailable(
            f"{url} answered {response.status_code}; cannot tell which versions exist (try --index-url)"
        )
    if "json" in response.headers.get("content-type", ""):
        names = [f["filename"] for f in json.loads(response.text).get("files", [])]
    else:
        parser = _Links()
        parser.feed(response.text)
        names = parser.names
    return {v for n in names if (v := _version_of(project, n))}
