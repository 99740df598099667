"""Anki deck package (.apkg) built with genanki.

The model and deck ids are fixed constants and every note's GUID is ``guid_for(question id)``,
so importing a newer export into the same collection matches the existing notes instead of
duplicating them. Fields are HTML: our text is escaped once. The front shows the question
and the lettered choices (seeded order); the back adds the answer, our explanation and the
source citation.

Determinism: genanki stamps note/card ids and modification times with "now" and zips a
temporary SQLite file with its mtime. Here the timestamp is fixed (``SOURCE_DATE_EPOCH`` if
set, else :data:`DEFAULT_TIMESTAMP`), the collection is built in memory and zipped with fixed
entry metadata, so the same export gives the same bytes (on the same SQLite library version,
whose number SQLite writes into the file header). Anki updates an existing note on import
only when the incoming note is newer: to push changed questions into a collection, either
pick "update notes: always" in Anki's import dialog or export with
``SOURCE_DATE_EPOCH=$(date +%s)``.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import sqlite3
import string
import warnings

import genanki

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions
from quiz.formats.common import ordered_options, source_citation, unique_exact
from quiz.formats.zipnorm import zip_entries

MODEL_ID = 1_607_392_319
DECK_ID = 2_059_400_110
DEFAULT_TIMESTAMP = 1_704_067_200  # 2024-01-01T00:00:00Z
FIELDS: tuple[str, ...] = (
    "Question",
    "Choices",
    "Answer",
    "Explanation",
    "Source",
    "Category",
    "Difficulty",
    "Id",
)
MODEL = genanki.Model(
    MODEL_ID,
    "Film trivia multiple choice",
    fields=[{"name": name} for name in FIELDS],
    templates=[
        {
            "name": "Question",
            "qfmt": "<div class=question>{{Question}}</div>{{Choices}}",
            "afmt": (
                "{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
                "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}"
                "{{#Source}}<div class=source>Source: {{Source}}</div>{{/Source}}"
            ),
        }
    ],
    css=(
        ".card { font-family: sans-serif; font-size: 20px; }\n"
        ".answer { font-weight: bold; }\n"
        ".source { font-size: 14px; color: #666; margin-top: 1em; }\n"
    ),
)


def field_html(text: str) -> str:
    """Plain text as an Anki field: escaped once, newlines as ``<br>``."""
    return html.escape(text.strip(), quote=False).replace("\n", "<br>")


def tag(text: str) -> str:
    """Anki tags cannot hold spaces."""
    return "_".join(text.split())


def note_for(question: Question, seed: int) -> genanki.Note:
    """One note; its GUID depends on the question id only."""
    options, correct = ordered_options(question, seed)
    letters = string.ascii_uppercase
    choices = "<ol type=A>" + "".join(f"<li>{field_html(o)}</li>" for o in options) + "</ol>"
    citation = source_citation(question)
    fields = [
        field_html(question.question),
        choices,
        f"{letters[correct]}. {field_html(question.correct_answer)}",
        field_html(question.explanation or ""),
        field_html(citation) if citation else "",
        field_html(question.category),
        question.difficulty,
        field_html(question.id),
    ]
    tags = unique_exact(
        [
            tag(question.category),
            *(tag(t) for t in question.tags),
            f"difficulty::{question.difficulty}",
        ]
    )
    return genanki.Note(
        model=MODEL,
        fields=fields,
        tags=[t for t in tags if t],
        guid=genanki.guid_for(question.id),
    )


def timestamp() -> int:
    """The fixed creation time written into the package (see the module docstring)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else DEFAULT_TIMESTAMP


def collection_bytes(deck: genanki.Deck, when: int) -> bytes:
    """The SQLite collection genanki would write, built in memory (no temporary file)."""
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        genanki.Package(deck).write_to_db(cursor, when, itertools.count(when * 1000))
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> bytes:  # noqa: B008
    """The set as an .apkg (ZIP of ``collection.anki2`` and an empty ``media`` map)."""
    deck = genanki.Deck(DECK_ID, qset.title.strip() or "Film trivia")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # genanki warns about HTML it cannot parse; ours is fixed
        for question in qset.questions:
            deck.add_note(note_for(question, options.seed))
        collection = collection_bytes(deck, timestamp())
    return zip_entries([("collection.anki2", collection), ("media", json.dumps({}).encode())])
