"""Which public names of the documented modules lack a docstring, or lack an entry for one of their parameters.

Read statically with griffe (the library mkdocstrings renders the API reference with), Google style. A class's
constructor parameters may be documented in the class docstring (``Args:``, or ``Attributes:`` for a dataclass's
fields) or in ``__init__``'s; a facade's
``client.projects`` property leads to the class behind it, whose methods are checked too.
"""

from __future__ import annotations

from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_PARAMETERS = {"self", "cls"}


def load() -> griffe.Module:
    """The ``cloudprojects`` package as griffe sees it, aliases resolved."""
    loader = griffe.GriffeLoader(search_paths=[str(ROOT / "wrappers")], docstring_parser=griffe.Parser.google)
    package = loader.load("cloudprojects")
    loader.resolve_aliases(implicit=False, external=None)
    assert isinstance(package, griffe.Module)
    return package


def _documented_parameters(obj: griffe.Object) -> set[str]:
    if obj.docstring is None:
        return set()
    names: set[str] = set()
    for section in obj.docstring.parse(griffe.Parser.google, warnings=False):
        if section.kind in (griffe.DocstringSectionKind.parameters, griffe.DocstringSectionKind.attributes):
            names.update(p.name.lstrip("*") for p in section.value)
    return names


def _target(obj: griffe.Object | griffe.Alias, root: str) -> griffe.Object | None:
    """What an exported name stands for, if it is defined in our package (not re-exported from elsewhere)."""
    try:
        target = obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target if target.path.split(".")[0] == root else None


def _public(name: str) -> bool:
    return not name.startswith("_")


class Audit:
    """Problems found, by module; each object is checked once."""

    def __init__(self, package: griffe.Module) -> None:
        self.package = package
        self.root = package.path.split(".")[0]
        self.problems: list[str] = []
        self.seen: set[str] = set()
        self.checked = 0

    def function(self, func: griffe.Function, shown_as: str, extra_docs: set[str] | None = None) -> None:
        """A function or method: a docstring, and an ``Args:`` entry for every parameter."""
        self.checked += 1
        if func.docstring is None and extra_docs is None:
            self.problems.append(f"{shown_as}: no docstring")
            return
        documented = _documented_parameters(func) | (extra_docs or set())
        for parameter in func.parameters:
            if parameter.name not in SKIPPED_PARAMETERS and parameter.name not in documented:
                self.problems.append(f"{shown_as}: parameter {parameter.name!r} not documented")

    def klass(self, cls: griffe.Class, shown_as: str, *, constructed_by_users: bool = True) -> None:
        """A class, its constructor (unless only the library builds it) and its public methods and properties."""
        if cls.path in self.seen:
            return
        self.seen.add(cls.path)
        self.checked += 1
        if cls.docstring is None:
            self.problems.append(f"{shown_as}: no docstring")
        init = cls.members.get("__init__")
        if constructed_by_users and isinstance(init, griffe.Function):
            self.function(init, f"{shown_as}()", extra_docs=_documented_parameters(cls))
        for name, member in cls.members.items():
            if not _public(name) or member.is_alias:
                continue
            if isinstance(member, griffe.Function):
                if "property" in member.labels:
                    self._property(member, f"{shown_as}.{name}")
                else:
                    self.function(member, f"{shown_as}.{name}")
            elif isinstance(member, griffe.Attribute) and "property" in member.labels:
                self._property(member, f"{shown_as}.{name}")

    def _property(self, member: griffe.Function | griffe.Attribute, shown_as: str) -> None:
        """A property: a docstring; a property that returns one of our classes leads to that class."""
        self.checked += 1
        if member.docstring is None:
            self.problems.append(f"{shown_as}: no docstring")
        annotation = member.returns if isinstance(member, griffe.Function) else member.annotation
        path = getattr(annotation, "canonical_path", None)
        if isinstance(path, str) and path.startswith(f"{self.root}."):
            try:
                target = self.package.modules_collection[path]
            except KeyError:
                return
            if isinstance(target, griffe.Class):
                self.klass(target, f"{shown_as} ({target.name})", constructed_by_users=False)

    def module(self, module: griffe.Module) -> None:
        """A module: its docstring and every exported (else public) name."""
        self.checked += 1
        if module.docstring is None:
            self.problems.append(f"{module.path}: no module docstring")
        names = list(module.exports) if module.exports is not None else [n for n in module.members if _public(n)]
        for name in names:
            member = module.members.get(name)
            target = _target(member, self.root) if member is not None else None
            if target is None:
                continue
            shown_as = f"{module.path}.{name}"
            if isinstance(target, griffe.Class):
                self.klass(target, shown_as)
            elif isinstance(target, griffe.Function):
                self.function(target, shown_as)


def undocumented(package: griffe.Module, module: str) -> list[str]:
    """The problems of ``cloudprojects.<module>`` (``""``: the package itself), one line per missing entry."""
    audit = Audit(package)
    target = package[module] if module else package
    assert isinstance(target, griffe.Module)
    audit.module(target)
    return audit.problems


def names_lacking_docs(problems: list[str]) -> list[str]:
    """The distinct public names the problems are about."""
    return sorted({problem.split(": ", 1)[0] for problem in problems})
