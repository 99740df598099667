"""Our own format: the native question set (docs/ARCHITECTURE.md), exported and read back as is.

The bank already owns the JSON form and its schema; this module only adapts it to the
format-module shape (``export``/``load``/``entries``) so the CLI and the importer treat it
like every other format.
"""

from __future__ import annotations

from typing import Any

from quiz.bank import QuestionSet, load_native_data
from quiz.formats import ExportOptions
from quiz.formats.reading import Entry


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """Deterministic native JSON (the seed does not change it: options are stored unordered)."""
    return qset.to_json()


def entries(data: Any, name: str = "<input>") -> tuple[QuestionSet, list[Entry]]:
    """The schema-checked set and one entry per question (a wrong shape raises exit 1)."""
    qset = load_native_data(data, name)
    return qset, [Entry(f"questions[{i}]", q) for i, q in enumerate(qset.questions)]
