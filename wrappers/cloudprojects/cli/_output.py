"""Results to stdout: JSON (the models' ``to_dict()``), YAML, or a Rich table on a terminal."""

from __future__ import annotations

import json
import sys
from typing import Any

FORMATS = ("table", "json", "yaml")


def plain(value: Any) -> Any:
    """A model as its provider fields (``to_dict()``), lists element-wise, anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def choose(requested: str | None) -> str:
    """The requested format, else a table on a terminal and JSON otherwise."""
    if requested:
        return requested
    return "table" if sys.stdout.isatty() else "json"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _table(data: Any, columns: list[str]) -> Any:
    from rich.table import Table

    if isinstance(data, list):
        for row in data:
            columns += [k for k in row if k not in columns] if isinstance(row, dict) else []
        table = Table(*columns) if columns else Table("value")
        for row in data:
            cells = [_cell(row.get(c)) for c in columns] if isinstance(row, dict) else [_cell(row)]
            table.add_row(*cells)
        return table
    table = Table("field", "value", show_header=False)
    for key, value in data.items() if isinstance(data, dict) else [("value", data)]:
        table.add_row(str(key), _cell(value))
    return table


def emit(data: Any, output: str, columns: tuple[str, ...] = ()) -> None:
    """Write ``data`` (already plain) in ``output`` format; None writes nothing. ``columns`` come first in a table."""
    if data is None:
        return
    if output == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif output == "yaml":
        import yaml

        sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    else:
        from rich.console import Console

        Console(soft_wrap=False).print(_table(data, list(columns)))
