"""Settings from environment variables, with embedded defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = Path("data") / "namjai.db"


def db_path(override: str | None = None) -> Path:
    return Path(override or os.environ.get("NAMJAI_DB") or DEFAULT_DB)
