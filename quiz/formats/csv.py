"""CSV (RFC 4180): one row per question under a header, for spreadsheets and scripts.

RFC 4180 means CRLF line ends and fields quoted only when they hold a comma, quote or line
break (quotes doubled). Text stays exactly as stored, newlines included, inside quotes.
Booleans fill only ``incorrect_answer_1``; tags are joined with ``;``. The source columns
carry each question's attribution. UTF-8 without a byte-order mark.
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


def row_for(question: Question) -> list[str]:
    """The cells of one question, in :data:`COLUMNS` order."""
    incorrect = list(question.incorrect_answers) + [""] * (3 - len(question.incorrect_answers))
    source = question.source
    return [
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


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The set as CSV text with a header row."""
    buffer = io.StringIO(newline="")
    writer = stdlib_csv.writer(buffer, lineterminator="\r\n", quoting=stdlib_csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    writer.writerows(row_for(q) for q in qset.questions)
    return buffer.getvalue()
