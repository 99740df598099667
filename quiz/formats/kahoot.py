"""Kahoot! spreadsheet import (.xlsx) in the layout of Kahoot's official template.

Sheet ``Sheet1``: header on row 8, one question per row from row 9; A sequence number,
B question, C–F answers 1–4, G time limit, H the correct answer's number. Kahoot caps
questions at 120 and answers at 75 characters; a question that does not fit is left out and
reported through ``options.report`` (never cut: a cut answer can become wrong or ambiguous).
Lengths count Unicode code points after collapsing whitespace, as the cells are written.
True/false becomes the two answers ``True``/``False``. Rows 1–6 hold the set's attribution,
where the template has its instructions; Kahoot reads from row 8 on.

openpyxl stamps the workbook's created/modified times and every ZIP entry with "now"; both
are fixed here so the same export gives the same bytes.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions
from quiz.formats.common import attribution_lines, one_line, ordered_options
from quiz.formats.zipnorm import normalize_zip

MAX_QUESTION = 120
MAX_ANSWER = 75
TIME_LIMITS: tuple[int, ...] = (5, 10, 20, 30, 60, 90, 120, 240)
TIME_BY_DIFFICULTY = {"easy": 20, "medium": 30, "hard": 30}
HEADER_ROW = 8
FIRST_DATA_ROW = 9
HEADERS: tuple[str, ...] = (
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
FIXED_TIME = datetime.datetime(2000, 1, 1, 0, 0, 0)


def cell_text(text: str) -> str:
    """Text as one spreadsheet line, without the control characters xlsx cannot hold."""
    return one_line(ILLEGAL_CHARACTERS_RE.sub("", text))


def misfit(question: Question) -> str | None:
    """Why ``question`` cannot be imported into Kahoot, or None when it fits."""
    stem = cell_text(question.question)
    if len(stem) > MAX_QUESTION:
        return f"question is {len(stem)} characters (Kahoot allows {MAX_QUESTION})"
    for option in question.options:
        text = cell_text(option)
        if len(text) > MAX_ANSWER:
            return f"answer {text[:30]!r}... is {len(text)} characters (Kahoot allows {MAX_ANSWER})"
    return None


def row_for(number: int, question: Question, seed: int) -> list[str | int | None]:
    """The A–H cells of one question."""
    options, correct = ordered_options(question, seed)
    answers: list[str | None] = [cell_text(o) for o in options]
    answers += [None] * (4 - len(answers))
    time_limit = TIME_BY_DIFFICULTY.get(question.difficulty, 20)
    return [number, cell_text(question.question), *answers, time_limit, correct + 1]


def build_workbook(qset: QuestionSet, questions: list[Question], seed: int) -> Workbook:
    """The template-shaped workbook holding ``questions``."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    # The attribution counts the rows actually written, not the set before misfits were cut.
    written = QuestionSet(qset.title, list(questions), qset.generator, list(qset.sources))
    for row, line in enumerate(attribution_lines(written)[:6], start=1):
        sheet.cell(row=row, column=2, value=cell_text(line)).data_type = "s"
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(row=HEADER_ROW, column=column, value=header or None)
    for offset, question in enumerate(questions):
        for column, value in enumerate(row_for(offset + 1, question, seed), start=1):
            cell = sheet.cell(row=FIRST_DATA_ROW + offset, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text starting with "=" is text, not a formula
    last = FIRST_DATA_ROW + max(len(questions), 1) - 1
    allowed = DataValidation(type="list", formula1='"' + ",".join(map(str, TIME_LIMITS)) + '"')
    allowed.add(f"G{FIRST_DATA_ROW}:G{last}")
    sheet.add_data_validation(allowed)
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 30
    workbook.properties.creator = "quiz"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    return workbook


def workbook_bytes(workbook: Workbook) -> bytes:
    """Serialise without openpyxl's "modified = now", then fix the ZIP entry dates."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    return normalize_zip(buffer.getvalue())


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> bytes:  # noqa: B008
    """The fitting questions as a Kahoot xlsx; each left-out question goes to ``report``."""
    kept: list[Question] = []
    for question in qset.questions:
        reason = misfit(question)
        if reason is None:
            kept.append(question)
        else:
            options.report(f"left out of the Kahoot sheet: {question.id}: {reason}")
    return workbook_bytes(build_workbook(qset, kept, options.seed))
