"""Moodle XML: ``multichoice`` (single answer) and ``truefalse`` questions, as Moodle imports them.

Question text, answers and feedback are HTML (``format="html"``): our plain text is
HTML-escaped once (newlines become ``<br>``) and wrapped in CDATA, with any ``]]>`` split so
the section cannot end early. Characters XML 1.0 forbids (most C0 controls) are dropped,
since even CDATA cannot carry them. Fractions are exactly 100 and 0, our id is both the
question name and its ``idnumber``, and the explanation plus the source citation form the
general feedback; an XML comment at the top carries the set's attribution.
"""

from __future__ import annotations

import html
import re
from xml.sax.saxutils import escape as xml_escape

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions
from quiz.formats.common import attribution_lines, ordered_options, source_citation, unique_exact

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CATEGORY_UNSAFE = re.compile(r"[/\x00-\x1f]+")
_SPACES = re.compile(r"\s+")


def xml_clean(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


def cdata(text: str) -> str:
    """A CDATA section holding ``text`` exactly, whatever it contains."""
    return "<![CDATA[" + xml_clean(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def html_text(text: str) -> str:
    """Plain text as an HTML fragment: escaped once, line breaks kept."""
    return html.escape(text.strip(), quote=False).replace("\r\n", "\n").replace("\n", "<br>")


def xml_comment(lines: list[str]) -> str:
    """An XML comment; ``--`` cannot appear inside one, so it is spaced apart."""
    body = "\n".join(xml_clean(line) for line in lines)
    while "--" in body:
        body = body.replace("--", "- -")
    return f"<!--\n{body}\n-->"


def feedback_html(question: Question) -> str:
    """Explanation and source citation as the general feedback HTML (may be empty)."""
    parts: list[str] = []
    if question.explanation:
        parts.append(f"<p>{html_text(question.explanation)}</p>")
    citation = source_citation(question)
    if citation is not None:
        parts.append(f"<p>Source: {html_text(citation)}</p>")
    return "".join(parts)


def category_path(qset: QuestionSet, category: str) -> str:
    """``$course$/top/<set title>/<category>``, with no ``/`` inside a segment."""

    def segment(text: str) -> str:
        return _SPACES.sub(" ", _CATEGORY_UNSAFE.sub(" ", text)).strip() or "Questions"

    return f"$course$/top/{segment(qset.title)}/{segment(category)}"


def _text(value: str) -> str:
    return f"<text>{xml_escape(xml_clean(value))}</text>"


def _html(tag: str, fragment: str, indent: str) -> list[str]:
    body = cdata(fragment) if fragment else ""
    return [f'{indent}<{tag} format="html">', f"{indent}  <text>{body}</text>", f"{indent}</{tag}>"]


def _answer(fraction: int, text: str, fmt: str) -> list[str]:
    return [
        f'    <answer fraction="{fraction}" format="{fmt}">',
        f"      <text>{text}</text>",
        '      <feedback format="html">',
        "        <text></text>",
        "      </feedback>",
        "    </answer>",
    ]


def question_xml(question: Question, seed: int) -> list[str]:
    """One ``<question>`` element as lines."""
    kind = "truefalse" if question.type == "boolean" else "multichoice"
    lines = [
        f'  <question type="{kind}">',
        "    <name>",
        f"      {_text(question.id)}",
        "    </name>",
    ]
    lines += _html("questiontext", f"<p>{html_text(question.question)}</p>", "    ")
    lines += _html("generalfeedback", feedback_html(question), "    ")
    lines += [
        "    <defaultgrade>1</defaultgrade>",
        f"    <penalty>{'1' if kind == 'truefalse' else '0.3333333'}</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>{xml_escape(question.id)}</idnumber>",
    ]
    if kind == "truefalse":
        is_true = question.correct_answer == "True"
        lines += _answer(100 if is_true else 0, "true", "moodle_auto_format")
        lines += _answer(0 if is_true else 100, "false", "moodle_auto_format")
    else:
        lines += [
            "    <single>true</single>",
            "    <shuffleanswers>true</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>",
        ]
        options, correct = ordered_options(question, seed)
        for index, option in enumerate(options):
            lines += _answer(100 if index == correct else 0, cdata(html_text(option)), "html")
    tags = unique_exact([question.category, *question.tags, question.difficulty])
    lines.append("    <tags>")
    lines += [f"      <tag>{_text(tag)}</tag>" for tag in tags if tag.strip()]
    lines += ["    </tags>", "  </question>"]
    return lines


def category_xml(path: str) -> list[str]:
    """The pseudo-question that switches the import category."""
    return [
        '  <question type="category">',
        "    <category>",
        f"      {_text(path)}",
        "    </category>",
        "  </question>",
    ]


def export(qset: QuestionSet, options: ExportOptions = ExportOptions(), /) -> str:  # noqa: B008
    """The set as a Moodle XML document (UTF-8, declaration on the first line)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    lines += ["  " + line for line in xml_comment(attribution_lines(qset)).split("\n")]
    current: str | None = None
    for question in qset.questions:
        if question.category != current:
            current = question.category
            lines += category_xml(category_path(qset, current))
        lines += question_xml(question, options.seed)
    lines.append("</quiz>")
    return "\n".join(lines) + "\n"
