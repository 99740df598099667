"""Moodle Aiken text (``question/format/aiken/format.php``): the simplest format, easiest to break.

Aiken is line-based: the stem is one line, each option one ``A. text`` line, then
``ANSWER: X``. So every text is collapsed to one line, and a stem that Moodle would read as
an option (it starts like ``E.T. …`` or ``A) …``: Moodle's regex is ``^[A-Z][).]``), or as the
answer line (``ANSWER:``), or that is too short to be read at all, gets a ``Q: `` prefix.
True/false becomes a two-option question. Text is plain: Moodle escapes it, we must not.
Aiken has no comments, titles or feedback, so there is no place for attribution.
"""

from __future__ import annotations

import re
import string

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions
from quiz.formats.common import one_line, ordered_options

_LOOKS_LIKE_OPTION = re.compile(r"^[A-Z][).]")
_LOOKS_LIKE_ANSWER = re.compile(r"^answer\s*:", re.IGNORECASE)
STEM_GUARD = "Q: "


def stem_line(text: str) -> str:
    """The stem on one line, prefixed when Moodle would misread it."""
    line = one_line(text)
    if _LOOKS_LIKE_OPTION.match(line) or _LOOKS_LIKE_ANSWER.match(line) or len(line) < 2:
        return STEM_GUARD + line
    return line


def question_block(question: Question, seed: int) -> list[str]:
    """Stem, lettered options (seeded order) and the answer line."""
    options, correct = ordered_options(question, seed)
    letters = string.ascii_uppercase
    lines = [stem_line(question.question)]
    lines.extend(f"{letters[i]}. {one_line(option)}" for i, option in enumerate(options))
    lines.append(f"ANSWER: {letters[correct]}")
    return lines


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The set as Aiken text, one blank line between questions."""
    blocks = ["\n".join(question_block(q, options.seed)) for q in qset.questions]
    return "\n\n".join(blocks) + "\n"
