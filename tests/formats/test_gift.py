"""GIFT: Moodle's escaping, read back by our tiny reader and by gift-pegjs when available.

The gift-pegjs test needs node and the npm package in a cache folder outside the repository
(default ``~/.cache/film-quiz-tests/npm``, or ``QUIZ_NPM_CACHE``). It is skipped when either
is missing; with ``QUIZ_NPM_TESTS=1`` it installs ``gift-pegjs@1.0.2`` there first (network).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from quiz.bank import Question, QuestionSet
from quiz.formats import ExportOptions, render
from quiz.formats.gift import escape

from .readers import read_gift

GIFT_PEGJS_VERSION = "1.0.2"
NPM_CACHE = Path(os.environ.get("QUIZ_NPM_CACHE", Path.home() / ".cache/film-quiz-tests/npm"))
NODE_PARSE = """
const {parse} = require("gift-pegjs");
const fs = require("fs");
try { process.stdout.write(JSON.stringify(parse(fs.readFileSync(process.argv[1], "utf8")))); }
catch (e) { console.error(e.name, e.location && e.location.start, e.message); process.exit(1); }
"""


def gift_text(qset: QuestionSet, seed: int = 0) -> str:
    return render("gift", qset, ExportOptions(seed=seed)).decode("utf-8")


def as_written(text: str) -> str:
    """What GIFT can carry of ``text``: ``->`` has no escape and becomes an arrow."""
    return text.strip().replace("->", "→")


def expected_tags(question: Question) -> list[str]:
    """Category, tags and difficulty, each once."""
    return list(dict.fromkeys([question.category, *question.tags, question.difficulty]))


def test_escape_follows_moodle_repchar_order() -> None:
    assert escape("\\") == "\\\\"
    assert escape("\\#") == "\\\\\\#"
    assert escape("a:b=c~d#e{f}g") == "a\\:b\\=c\\~d\\#e\\{f\\}g"
    assert escape("line\r\nnext") == "line\\nnext"
    assert escape("A -> B") == "A → B"


def test_reads_back_as_the_same_questions(tricky: QuestionSet) -> None:
    for seed in (0, 1, 2):
        parsed = read_gift(gift_text(tricky, seed))
        assert len(parsed) == len(tricky.questions)
        for got, want in zip(parsed, tricky.questions, strict=True):
            assert got.title == want.id
            assert got.idnumber == want.id
            assert got.stem == as_written(want.question)
            assert got.feedback == (as_written(want.explanation) if want.explanation else None)
            assert got.category is not None and got.category.endswith("/" + want.category)
            assert got.tags == tuple(expected_tags(want))
            if want.type == "boolean":
                assert got.is_true == (want.correct_answer == "True")
            else:
                assert got.correct == [as_written(want.correct_answer)]
                assert sorted(got.incorrect) == sorted(
                    as_written(a) for a in want.incorrect_answers
                )


def test_no_blank_line_inside_a_question_and_no_arrow_outside_comments(
    tricky: QuestionSet,
) -> None:
    text = gift_text(tricky)
    for block in text.split("\n\n"):
        body = [ln for ln in block.split("\n") if ln and not ln.startswith("//")]
        assert all("->" not in ln for ln in body)
        assert sum(ln.startswith("::") for ln in body) <= 1


def test_comments_cannot_smuggle_ids_or_tags(tricky: QuestionSet) -> None:
    text = gift_text(tricky)
    assert text.count("[id:") == len(tricky.questions)
    assert "[id :fake] [tag :x]" in text


def test_category_lines_hold_no_control_characters(tricky: QuestionSet) -> None:
    for line in gift_text(tricky).split("\n"):
        if line.startswith("$CATEGORY:"):
            path = line.removeprefix("$CATEGORY: ")
            assert not set(path) & set(":#=~{}\\")
            assert path.startswith("$course$/top/")


def _gift_pegjs_dir() -> Path:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    package = NPM_CACHE / "node_modules" / "gift-pegjs"
    if not package.is_dir() and os.environ.get("QUIZ_NPM_TESTS") == "1":
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed")
        NPM_CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                npm,
                "install",
                "--no-audit",
                "--no-fund",
                "--prefix",
                str(NPM_CACHE),
                f"gift-pegjs@{GIFT_PEGJS_VERSION}",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    if not package.is_dir():
        pytest.skip(f"gift-pegjs not installed in {NPM_CACHE} (set QUIZ_NPM_TESTS=1)")
    return NPM_CACHE


def gift_pegjs_parse(text: str, tmp_path: Path) -> list[dict[str, Any]]:
    folder = _gift_pegjs_dir()
    source = tmp_path / "export.gift"
    source.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["node", "-e", NODE_PARSE, str(source)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    parsed: list[dict[str, Any]] = json.loads(done.stdout)
    return parsed


def test_gift_pegjs_parses_the_same_questions(tricky: QuestionSet, tmp_path: Path) -> None:
    parsed = gift_pegjs_parse(gift_text(tricky, seed=5), tmp_path)
    questions = [p for p in parsed if p["type"] != "Category"]
    categories = [p["title"] for p in parsed if p["type"] == "Category"]
    assert [c.rsplit("/", 1)[1] for c in categories] == ["cast", "release", "production"]
    assert len(questions) == len(tricky.questions)
    for got, want in zip(questions, tricky.questions, strict=True):
        assert got["title"] == want.id
        assert got["id"] == want.id
        assert got["tags"] == expected_tags(want)
        assert got["stem"]["text"] == as_written(want.question)
        feedback = got["globalFeedback"]["text"] if got["globalFeedback"] else None
        assert feedback == (as_written(want.explanation) if want.explanation else None)
        if want.type == "boolean":
            assert got["type"] == "TF"
            assert got["isTrue"] is (want.correct_answer == "True")
            continue
        assert got["type"] == "MC"
        correct = [c["text"]["text"] for c in got["choices"] if c["isCorrect"]]
        wrong = sorted(c["text"]["text"] for c in got["choices"] if not c["isCorrect"])
        assert correct == [as_written(want.correct_answer)]
        assert wrong == sorted(as_written(a) for a in want.incorrect_answers)


def weight_lookalikes(tricky: QuestionSet) -> QuestionSet:
    """Answers starting with ``%`` (weight syntax) or a format marker."""
    question = replace(
        tricky.questions[2],
        correct_answer="%50% of 1982",
        incorrect_answers=("[plain] 1981", "[moodle]1983", "%1984"),
    )
    return replace(tricky, questions=[question])


def test_answers_that_look_like_weights_or_formats_are_marked(tricky: QuestionSet) -> None:
    text = gift_text(weight_lookalikes(tricky))
    assert "=[plain]%50%" in text and "~[plain][plain] 1981" in text
    parsed = read_gift(text)[0]
    assert parsed.correct == ["%50% of 1982"]
    assert sorted(parsed.incorrect) == ["%1984", "[moodle]1983", "[plain] 1981"]


def test_gift_pegjs_reads_weight_lookalikes_as_text(tricky: QuestionSet, tmp_path: Path) -> None:
    qset = weight_lookalikes(tricky)
    got = next(p for p in gift_pegjs_parse(gift_text(qset), tmp_path) if p["type"] == "MC")
    assert sorted(c["text"]["text"] for c in got["choices"]) == sorted(qset.questions[0].options)
    assert all(c["weight"] is None for c in got["choices"])
