"""Tiny independent readers for the formats we only write (GIFT, Aiken, Moodle XML, xlsx, apkg).

They follow the published grammars (Moodle's GIFT escapes, Aiken's line rules, Moodle XML
with HTML text) closely enough to prove that an export reads back as the same questions,
without sharing any code with the exporters they check.
"""

from __future__ import annotations

import html
import io
import json
import re
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from quiz.formats.anki import FIELDS

GIFT_ESCAPES = {"\\": "\\", ":": ":", "#": "#", "=": "=", "~": "~", "{": "{", "}": "}", "n": "\n"}
Token = tuple[str, bool]  # (character, was escaped)


@dataclass
class ReadQuestion:
    """What a reader recovered: enough to compare with the source question."""

    title: str | None
    stem: str
    correct: list[str]
    incorrect: list[str]
    feedback: str | None = None
    is_true: bool | None = None
    category: str | None = None
    idnumber: str | None = None
    tags: tuple[str, ...] = ()


def _tokens(text: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in GIFT_ESCAPES:
            out.append((GIFT_ESCAPES[text[i + 1]], True))
            i += 2
        else:
            out.append((char, False))
            i += 1
    return out


def _text(tokens: list[Token]) -> str:
    return "".join(c for c, _ in tokens).strip()


def _find(tokens: list[Token], needle: str, start: int = 0) -> int:
    """Index of the first unescaped occurrence of ``needle`` at or after ``start``."""
    for i in range(start, len(tokens) - len(needle) + 1):
        if all(tokens[i + k] == (needle[k], False) for k in range(len(needle))):
            return i
    return -1


def _strip_format(text: str) -> str:
    return text[len("[plain]") :] if text.startswith("[plain]") else text


def read_gift(text: str) -> list[ReadQuestion]:
    """Questions (MC and TF) of a GIFT file, with the category in force for each."""
    found: list[ReadQuestion] = []
    category: str | None = None
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln for ln in block.split("\n") if not ln.strip().startswith("//")]
        comments = [ln for ln in block.split("\n") if ln.strip().startswith("//")]
        body = "\n".join(lines).strip()
        if not body:
            continue
        if body.startswith("$CATEGORY:"):
            category = body[len("$CATEGORY:") :].strip()
            continue
        tokens = _tokens(body)
        title = None
        if _find(tokens, "::") == 0:
            end = _find(tokens, "::", 2)
            title = _text(tokens[2:end])
            tokens = tokens[end + 2 :]
        open_at = _find(tokens, "{")
        close_at = max(i for i, t in enumerate(tokens) if t == ("}", False))
        assert _text(tokens[close_at + 1 :]) == "", "text after the answer block"
        stem = _strip_format(_text(tokens[:open_at]))
        answers = tokens[open_at + 1 : close_at]
        feedback = None
        fb_at = _find(answers, "####")
        if fb_at >= 0:
            feedback = _strip_format(_text(answers[fb_at + 4 :]))
            answers = answers[:fb_at]
        idnumber, tags = None, ()
        for line in comments:
            if (m := re.search(r"\[id:([^\]]+)\]", line)) is not None:
                idnumber = m.group(1)
                tags = tuple(re.findall(r"\[tag:([^\]]+)\]", line))
        raw = _text(answers)
        if raw in ("T", "TRUE", "F", "FALSE"):
            found.append(
                ReadQuestion(
                    title, stem, [], [], feedback, raw.startswith("T"), category, idnumber, tags
                )
            )
            continue
        correct: list[str] = []
        incorrect: list[str] = []
        marks = [i for i, t in enumerate(answers) if t in (("=", False), ("~", False))]
        for n, at in enumerate(marks):
            end = marks[n + 1] if n + 1 < len(marks) else len(answers)
            value = _strip_format(_text(answers[at + 1 : end]))
            (correct if answers[at][0] == "=" else incorrect).append(value)
        found.append(
            ReadQuestion(title, stem, correct, incorrect, feedback, None, category, idnumber, tags)
        )
    return found


def read_aiken(text: str) -> list[ReadQuestion]:
    """Questions of an Aiken file, read with Moodle's rules."""
    found: list[ReadQuestion] = []
    stem: str | None = None
    options: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if len(line) < 2:
            continue
        if re.match(r"^[A-Z][).][ \t]?", line):
            options.append(line[2:].strip())
        elif line.startswith("ANSWER:"):
            index = ord(line.split(":", 1)[1].strip()[0]) - ord("A")
            assert stem is not None
            found.append(
                ReadQuestion(
                    None, stem, [options[index]], [o for i, o in enumerate(options) if i != index]
                )
            )
            stem, options = None, []
        else:
            assert stem is None, f"second stem line {line!r}"
            stem = line
    assert stem is None and not options, "unterminated question"
    return found


def _html_to_text(fragment: str | None) -> str:
    value = (fragment or "").strip()
    value = re.sub(r"^<p>|</p>$", "", value)
    return html.unescape(value.replace("<br>", "\n"))


def read_moodle_xml(data: bytes) -> list[ReadQuestion]:
    """multichoice and truefalse questions of a Moodle XML file."""
    root = ET.fromstring(data)
    assert root.tag == "quiz"
    found: list[ReadQuestion] = []
    category: str | None = None
    for element in root.findall("question"):
        kind = element.get("type")
        if kind == "category":
            category = element.findtext("category/text")
            continue
        title = element.findtext("name/text")
        stem = _html_to_text(element.findtext("questiontext/text"))
        feedback = element.findtext("generalfeedback/text") or None
        tags = tuple(t.findtext("text") or "" for t in element.findall("tags/tag"))
        answers = [
            (float(a.get("fraction", "0")), a.findtext("text") or "")
            for a in element.findall("answer")
        ]
        assert all(f in (0.0, 100.0) for f, _ in answers)
        if kind == "truefalse":
            is_true = dict((t, f) for f, t in answers)["true"] == 100.0
            found.append(
                ReadQuestion(
                    title,
                    stem,
                    [],
                    [],
                    feedback,
                    is_true,
                    category,
                    element.findtext("idnumber"),
                    tags,
                )
            )
            continue
        assert kind == "multichoice"
        found.append(
            ReadQuestion(
                title,
                stem,
                [_html_to_text(t) for f, t in answers if f == 100.0],
                [_html_to_text(t) for f, t in answers if f == 0.0],
                feedback,
                None,
                category,
                element.findtext("idnumber"),
                tags,
            )
        )
    return found


def read_cells(data: bytes) -> list[list[Any]]:
    """Rows 1.. of Sheet1, columns A–H, as plain values."""
    sheet = load_workbook(io.BytesIO(data))["Sheet1"]
    return [
        [sheet.cell(row=r, column=c).value for c in range(1, 9)]
        for r in range(1, sheet.max_row + 1)
    ]


def open_collection(data: bytes, tmp: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["collection.anki2", "media"]
        assert json.loads(archive.read("media")) == {}
        path = tmp / "collection.anki2"
        path.write_bytes(archive.read("collection.anki2"))
    return sqlite3.connect(path)


def read_notes(data: bytes) -> list[dict[str, Any]]:
    """Every note as guid, model id, tags and named fields (in note id order)."""
    with tempfile.TemporaryDirectory() as folder:
        connection = open_collection(data, Path(folder))
        try:
            rows = connection.execute(
                "SELECT guid, mid, tags, flds, mod FROM notes ORDER BY id"
            ).fetchall()
        finally:
            connection.close()
    return [
        {
            "guid": g,
            "mid": m,
            "mod": mod,
            "tags": t.split(),
            "fields": dict(zip(FIELDS, f.split("\x1f"), strict=True)),
        }
        for g, m, t, f, mod in rows
    ]
