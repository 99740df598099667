"""Moodle GIFT text, readable by Moodle (``question/format/gift/format.php``) and gift-pegjs.

Every title, stem, answer and feedback goes through Moodle's own exporter escaping
(``repchar``: backslash first, then ``# = ~ { } :``, newline as ``\\n``, carriage returns
dropped), so no text can end a block, start an answer or become feedback. ``->`` has no
escape in GIFT (it marks a matching pair and breaks multiple choice in gift-pegjs), so it is
rewritten to ``→``. Stems carry ``[plain]`` so our text is shown as written (a ``<b>`` in a
title stays text) and a stem starting with ``[`` cannot be taken for a format marker; the
same marker is added to an answer or feedback that starts with ``[`` (or with ``%``, which
would read as an answer weight).

Layout: a comment header with the set's attribution, ``$CATEGORY`` blocks (names stripped of
GIFT control characters, which Moodle does not unescape there), then per question an
``// [id:…] [tag:…]`` line, a source comment, ``::id::`` as title, the options in a seeded
order, our explanation as ``####`` general feedback; true/false as ``{TRUE}``/``{FALSE}``.
"""

from __future__ import annotations

import re

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions
from quiz.formats.common import (
    attribution_lines,
    one_line,
    ordered_options,
    source_citation,
    unique_exact,
)

#: Moodle ``repchar`` order: the backslash must go first or later escapes get doubled.
_ESCAPES: tuple[tuple[str, str], ...] = (
    ("\\", "\\\\"),
    ("#", "\\#"),
    ("=", "\\="),
    ("~", "\\~"),
    ("{", "\\{"),
    ("}", "\\}"),
    (":", "\\:"),
    ("\n", "\\n"),
    ("\r", ""),
)
_CATEGORY_UNSAFE = re.compile(r"[:#=~{}\\/\[\]]+")
_COMMENT_MARKER = re.compile(r"\[(id|tag):", re.IGNORECASE)
_TAG_UNSAFE = re.compile(r"[\[\]\x00-\x1f\x7f]+")
ARROW = "→"
TEXT_FORMAT = "[plain]"


def escape(text: str) -> str:
    """``text`` safe anywhere in a GIFT question (``->`` rewritten, then ``repchar``)."""
    value = text.strip().replace("->", ARROW)
    for char, replacement in _ESCAPES:
        value = value.replace(char, replacement)
    return value


def field(text: str) -> str:
    """An escaped answer or feedback, marked ``[plain]`` when its start would be misread.

    A leading ``[`` could be taken for a format marker and a leading ``%`` for an answer
    weight (``~%50%…``); neither has an escape, but a format marker in front hides both.
    """
    value = escape(text)
    return TEXT_FORMAT + value if value.startswith(("[", "%")) else value


def comment(text: str) -> str:
    """A one-line ``//`` comment whose text cannot be read as an ``[id:]``/``[tag:]``."""
    return "// " + _COMMENT_MARKER.sub(lambda m: f"[{m.group(1)} :", one_line(text))


def category_name(text: str) -> str:
    """A ``$CATEGORY`` path segment: no GIFT control characters, no ``/``, never empty."""
    return one_line(_CATEGORY_UNSAFE.sub(" ", text)) or "Questions"


def category_block(qset: QuestionSet, category: str) -> str:
    """The category switch for the questions that follow."""
    return f"$CATEGORY: $course$/top/{category_name(qset.title)}/{category_name(category)}"


def id_and_tags(question: Question) -> str:
    """``// [id:…] [tag:…]…``, read by recent Moodle and by gift-pegjs."""
    tags = unique_exact([question.category, *question.tags, question.difficulty])
    clean = [t for t in (one_line(_TAG_UNSAFE.sub(" ", tag)) for tag in tags) if t]
    return "// " + " ".join([f"[id:{question.id}]", *(f"[tag:{t}]" for t in clean)])


def question_block(question: Question, seed: int) -> list[str]:
    """The lines of one question (comments, title, stem, answers, feedback)."""
    lines = [id_and_tags(question)]
    citation = source_citation(question)
    if citation is not None:
        lines.append(comment(f"source: {citation}"))
    head = f"::{escape(question.id)}::{TEXT_FORMAT}{escape(question.question)}"
    feedback = f"####{field(question.explanation)}" if question.explanation else ""
    if question.type == "boolean":
        answer = "TRUE" if question.correct_answer == "True" else "FALSE"
        lines.append(f"{head} {{{answer}{feedback}}}")
        return lines
    options, correct = ordered_options(question, seed)
    lines.append(f"{head} {{")
    for index, option in enumerate(options):
        lines.append(f"\t{'=' if index == correct else '~'}{field(option)}")
    if feedback:
        lines.append(f"\t{feedback}")
    lines.append("}")
    return lines


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The whole set as GIFT text; blocks separated by one blank line, no blank line inside."""
    lines = [comment(line) for line in attribution_lines(qset)]
    lines.append("")
    current: str | None = None
    for question in qset.questions:
        if question.category != current:
            current = question.category
            lines.extend([category_block(qset, current), ""])
        lines.extend(question_block(question, options.seed))
        lines.append("")
    return "\n".join(lines)
