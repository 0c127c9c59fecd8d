"""The API reference pages: one mkdocstrings page per public module (each provider's facade included)."""

from __future__ import annotations

from docs_source import providers

COMMON_MODULES = {
    "auth": "Request signing: one `httpx.Auth` per scheme, and the server-side verifiers.",
    "errors": "The typed errors every facade raises.",
    "sim": "Local simulators of every provider's API, in process or on loopback.",
    "timestamps": "One timestamp policy: every provider timestamp as an aware UTC datetime.",
    "transports": "Optional faster httpx transports.",
}


def public_modules() -> dict[str, str]:
    """Every documented module (``cloudprojects.<name>``) and a one-line summary; facades first, from the registry."""
    modules = {key: f"The {p.title} facade: `Client` and `AsyncClient`." for key, p in providers().items()}
    modules.update(COMMON_MODULES)
    return modules


def top_level_page() -> str:
    """The page of ``cloudprojects`` itself: the helper types every facade shares (pages, raw responses, ...)."""
    import cloudprojects

    members = [name for name in cloudprojects.__all__ if not name.startswith("_")]
    lines = ["# `cloudprojects`", "", "::: cloudprojects", "    options:", "      members:"]
    lines += [f"        - {name}" for name in members]
    return "\n".join(lines) + "\n"


def reference_page(module: str) -> str:
    """One module's reference page: its public names, from their docstrings.

    A facade's page also renders the classes behind ``client.projects`` (they live in a private module, so the
    module's own listing does not reach them).
    """
    lines = [f"# `cloudprojects.{module}`", "", f"::: cloudprojects.{module}", ""]
    if module in providers():
        from spec_pages import facade_projects

        for asynchronous, client in ((False, "Client"), (True, "AsyncClient")):
            cls = facade_projects(module, asynchronous)
            if cls is not None:
                lines += [
                    f"## `{client}.projects`",
                    "",
                    f"::: {cls.__module__}.{cls.__qualname__}",
                    "    options:",
                    "      show_root_full_path: false",
                    "",
                ]
    return "\n".join(lines)


def reference_index() -> str:
    """The reference's landing page, linking every module page."""
    lines = ["# API reference", "", "Rendered from the docstrings (Google style) of the public modules.", ""]
    lines.append("- [`cloudprojects`](cloudprojects.md): the types every facade shares: pages, raw responses, retries.")
    lines += [f"- [`cloudprojects.{name}`]({name}.md): {summary}" for name, summary in public_modules().items()]
    return "\n".join(lines) + "\n"
