"""CSV (RFC 4180): one row per question under a header, for spreadsheets and scripts.

RFC 4180 means CRLF line ends and fields quoted only when they hold a comma, quote or line
break (quotes doubled). Text stays exactly as stored, newlines included, inside quotes.
Booleans fill only ``incorrect_answer_1``; tags are joined with ``;``. The source columns
carry each question's attribution. UTF-8 without a byte-order mark.

Safe to open in a spreadsheet: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be run as a formula by Excel, LibreOffice or Google Sheets (CSV
injection), so it gets a leading ``'``, as OWASP's guidance on CSV injection says. A reader of
the file sees that quote; an answer ``-5`` is written ``'-5``. Other formats are not affected.
"""

from __future__ import annotations

import csv as stdlib_csv
import io

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions

COLUMNS: tuple[str, ...] = (
    "id",
    "type",
    "category",
    "difficulty",
    "question",
    "correct_answer",
    "incorrect_answer_1",
    "incorrect_answer_2",
    "incorrect_answer_3",
    "explanation",
    "film",
    "tags",
    "source_path",
    "source_line",
    "source_quote",
)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP)."""


def neutralised(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would run it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def row_for(question: Question) -> list[str]:
    """The cells of one question, in :data:`COLUMNS` order, safe for spreadsheets."""
    incorrect = list(question.incorrect_answers) + [""] * (3 - len(question.incorrect_answers))
    source = question.source
    cells = [
        question.id,
        question.type,
        question.category,
        question.difficulty,
        question.question,
        question.correct_answer,
        *incorrect[:3],
        question.explanation or "",
        question.film or "",
        ";".join(question.tags),
        source.path if source else "",
        str(source.line) if source else "",
        source.quote if source else "",
    ]
    return [neutralised(cell) for cell in cells]


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The set as CSV text with a header row."""
    buffer = io.StringIO(newline="")
    writer = stdlib_csv.writer(buffer, lineterminator="\r\n", quoting=stdlib_csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(row_for(q) for q in qset.questions)
    return buffer.getvalue()
