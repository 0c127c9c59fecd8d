"""MicroVisualizer simulator state: project records, slug ids, RFC 3339 times, pages and the seed's project."""

from __future__ import annotations

import calendar
import math
import random
import re
import string
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

ID_MAX = 60
SUFFIX_CHARS = string.ascii_lowercase + string.digits
SUFFIX_LENGTH = 5
API_KEY = "mv_sim_ci-pipeline_4f7d2b9e"
API_KEY_NAME = "ci-pipeline"
API_KEY_TYPE = "API_KEY"


def rfc3339(epoch: float) -> str:
    """UTC with ``Z``, whole seconds: ``2026-04-10T14:02:37Z``."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def _epoch(text: str) -> float:
    return float(calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ")))


def slug(name: str) -> str:
    """The id stem for ``name``: ASCII-folded, lower case, runs of other characters as one hyphen."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[: ID_MAX - SUFFIX_LENGTH - 1].rstrip("-")
    return stem if len(stem) >= 2 else "project"


def new_id(name: str, rng: random.Random, taken: set[str] | dict[str, Any]) -> str:
    """``<slug>-<5 random lowercase/digits>``, unique among ``taken`` (e.g. ``my-project-a1b2c``)."""
    while True:
        candidate = f"{slug(name)}-{''.join(rng.choices(SUFFIX_CHARS, k=SUFFIX_LENGTH))}"
        if candidate not in taken:
            return candidate


@dataclass
class Record:
    """One project. ``touched`` orders projects updated within the same second."""

    id: str
    name: str
    description: str
    created_at: float
    updated_at: float
    touched: int
    archived: bool = False
    service_count: int = 0
    is_owner: bool = True
    created_by: str = API_KEY_NAME
    created_by_type: str = API_KEY_TYPE
    updated_by: str = API_KEY_NAME
    updated_by_type: str = API_KEY_TYPE

    def wire(self, pinned: bool) -> dict[str, Any]:
        """The ``Project`` body; ``pinned`` is the calling member's view."""
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "archived": self.archived,
            "pinned": pinned,
            "serviceCount": self.service_count,
            "isOwner": self.is_owner,
            "createdBy": self.created_by,
            "createdByType": self.created_by_type,
            "updatedBy": self.updated_by,
            "updatedByType": self.updated_by_type,
            "createdAt": rfc3339(self.created_at),
            "updatedAt": rfc3339(self.updated_at),
        }

    def touch(self, now: float, tick: int) -> None:
        """Record an update by the API key."""
        self.updated_at, self.touched = now, tick
        self.updated_by, self.updated_by_type = API_KEY_NAME, API_KEY_TYPE


@dataclass(frozen=True)
class Pin:
    """The calling member's pin on a project."""

    project_id: str
    pinned_at: float
    order: int

    def wire(self) -> dict[str, Any]:
        return {"projectId": self.project_id, "pinnedAt": rfc3339(self.pinned_at)}


def page_body(rows: list[dict[str, Any]], page: int, size: int) -> dict[str, Any]:
    """``ProjectPage``: 0-based ``page`` of ``size`` rows, with total, totalPages, first and last."""
    total_pages = math.ceil(len(rows) / size)
    start = page * size
    return {
        "data": rows[start : start + size] if start < len(rows) else [],
        "page": page,
        "size": size,
        "total": len(rows),
        "totalPages": total_pages,
        "first": page == 0,
        "last": page >= total_pages - 1,
    }


SEED_ID = "my-project-a1b2c"


def seed_project() -> tuple[Record, Pin]:
    """The project of the seed's example (``my-project-a1b2c``, created by a member), pinned by the caller."""
    record = Record(
        id=SEED_ID,
        name="Payments Platform",
        description="Microservices behind checkout and payment processing",
        created_at=_epoch("2025-11-03T09:15:22Z"),
        updated_at=_epoch("2026-04-10T14:02:37Z"),
        touched=0,
        service_count=12,
        created_by="jane.doe@example.com",
        created_by_type="MEMBER",
    )
    return record, Pin(SEED_ID, _epoch("2026-04-01T12:00:00Z"), 0)
