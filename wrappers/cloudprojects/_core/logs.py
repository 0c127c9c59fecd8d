"""``CLOUDPROJECTS_LOG=debug|info`` turns the ``cloudprojects`` logger on, on stderr (as ``OPENAI_LOG`` does)."""

from __future__ import annotations

import logging
import os

ENV = "CLOUDPROJECTS_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_done = False


def setup_logging() -> None:
    """Once per process: with ``CLOUDPROJECTS_LOG`` set, log ``cloudprojects`` records to stderr at that level."""
    global _done
    if _done:
        return
    _done = True
    level = _LEVELS.get(os.environ.get(ENV, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("cloudprojects")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
