"""Every public name of the documented modules has a docstring with an entry for each parameter (Google style)."""

from __future__ import annotations

import griffe
import pytest
from docstring_coverage import Audit, load, names_lacking_docs, undocumented
from reference_pages import public_modules


@pytest.fixture(scope="module")
def package() -> griffe.Module:
    return load()


@pytest.mark.parametrize(
    "module",
    ["", *public_modules()],
    ids=lambda m: f"cloudprojects.{m}" if m else "cloudprojects",
)
def test_public_names_document_every_parameter(package: griffe.Module, module: str) -> None:
    problems = undocumented(package, module)
    names = names_lacking_docs(problems)
    where = f"cloudprojects.{module}" if module else "cloudprojects"
    assert not problems, f"{len(names)} public names in {where} lack docs:\n" + "\n".join(problems)


def test_the_audit_finds_what_is_missing() -> None:
    source = '''
"""A module."""
__all__ = ["Documented", "bare", "half"]

class Documented:
    """A class.

    Args:
        a: documented.
    """
    def __init__(self, a: int, b: int) -> None: ...
    def method(self, c: int) -> None:
        """No Args section."""

def bare(x: int) -> None: ...

def half(x: int, y: int) -> None:
    """Half documented.

    Args:
        x: yes.
    """
'''
    module = griffe.visit("sample", filepath=None, code=source, docstring_parser=griffe.Parser.google)
    audit = Audit(module)
    audit.module(module)
    assert sorted(audit.problems) == [
        "sample.Documented(): parameter 'b' not documented",
        "sample.Documented.method: parameter 'c' not documented",
        "sample.bare: no docstring",
        "sample.half: parameter 'y' not documented",
    ]
    assert names_lacking_docs(audit.problems) == [
        "sample.Documented()",
        "sample.Documented.method",
        "sample.bare",
        "sample.half",
    ]
