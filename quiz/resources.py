"""Where the bundled question bank and seed articles live, installed or in a checkout.

A wheel carries them under ``quiz/_bundled/`` (hatch ``force-include``); a source checkout or
editable install has them at the repository top level. Callers never guess paths themselves.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def bundled_bank_dir() -> Path:
    """Folder holding the bundled native sets (``*.json``) and ``schema.json``."""
    return _first_existing(
        _PACKAGE_DIR / "_bundled" / "question_bank", _PACKAGE_DIR.parent / "question_bank"
    )


def bundled_set_paths() -> list[Path]:
    """The bundled native sets, sorted by file name (``schema.json`` excluded)."""
    folder = bundled_bank_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.name != "schema.json")
