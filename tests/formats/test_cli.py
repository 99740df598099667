"""``quiz export`` and ``quiz import`` as a user runs them: exit codes, streams, files."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quiz.bank import Question, QuestionSet, select_questions
from quiz.formats import ExportOptions, render

from .samples import GOOD, TWO_DISTRACTORS

if TYPE_CHECKING:
    from conftest import RunCli


@pytest.fixture
def set_file(tricky: QuestionSet, tmp_path: Path) -> Path:
    path = tmp_path / "tricky.json"
    path.write_bytes(render("native", tricky))
    return path


def test_text_export_goes_to_stdout_by_default(
    set_file: Path, tricky: QuestionSet, run: RunCli
) -> None:
    outcome = run("export", str(set_file), "--format", "gift")
    assert outcome.exit_code == 0, outcome.output
    assert outcome.stdout_bytes == render("gift", tricky)
    assert outcome.stderr == ""


@pytest.mark.parametrize(
    "name", ["native", "opentdb", "triviaapi", "aiken", "moodlexml", "csv", "kahoot", "anki"]
)
def test_export_to_a_file_writes_exactly_the_rendered_bytes(
    name: str, set_file: Path, tricky: QuestionSet, tmp_path: Path, run: RunCli
) -> None:
    out = tmp_path / "out" / f"export.{name}"
    out.parent.mkdir()
    outcome = run("export", str(set_file), "-f", name, "-o", str(out), "--seed", "4")
    assert outcome.exit_code == 0, outcome.output
    assert f"wrote 5 question(s) to {out}" in outcome.stderr
    selected = replace(tricky, questions=_drawn(tricky, 4))
    assert out.read_bytes() == render(name, selected, ExportOptions(seed=4))
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def _drawn(tricky: QuestionSet, seed: int) -> list[Question]:
    """The questions `--seed seed` draws (same call the command makes)."""
    return select_questions(tricky.questions, rng=random.Random(seed))


def test_filters_and_seeded_count(set_file: Path, run: RunCli) -> None:
    outcome = run(
        "export", str(set_file), "-f", "csv", "--category", "release", "--difficulty", "hard"
    )
    assert outcome.stdout_bytes.count(b"\r\n") == 2 and "tricky-release-0003" in outcome.stdout
    first = run("export", str(set_file), "-f", "aiken", "--count", "3", "--seed", "9")
    again = run("export", str(set_file), "-f", "aiken", "--count", "3", "--seed", "9")
    answer_lines = [ln for ln in first.stdout.splitlines() if ln.startswith("ANSWER:")]
    assert first.stdout == again.stdout and len(answer_lines) == 3
    more = run("export", str(set_file), "-f", "aiken", "--count", "9")
    assert "only 5 question(s) match" in more.stderr and more.exit_code == 0


def test_opentdb_encode_option(set_file: Path, run: RunCli) -> None:
    outcome = run("export", str(set_file), "-f", "opentdb", "--encode", "base64")
    assert json.loads(outcome.stdout)["results"][0]["type"] == "bXVsdGlwbGU="
    assert run("export", str(set_file), "-f", "opentdb", "--encode", "urlLegacy").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "gift", "--encode", "base64"], "--encode applies to --format opentdb only"),
        (["-f", "gift", "--category", "nonesuch"], "no question matches the filters"),
        (["-f", "anki"], "writes a binary .apkg file: give -o FILE.apkg"),
        (["-f", "kahoot"], "give -o FILE.xlsx"),
        (["-f", "pdf"], "Invalid value for '--format'"),
    ],
)
def test_usage_problems_exit_2(set_file: Path, args: list[str], message: str, run: RunCli) -> None:
    outcome = run("export", str(set_file), *args)
    assert outcome.exit_code == 2
    assert message in outcome.stderr
    assert outcome.stdout == ""


@pytest.mark.parametrize("name", ["kahoot", "anki"])
def test_binary_formats_refuse_a_terminal(
    name: str, set_file: Path, monkeypatch: pytest.MonkeyPatch, run: RunCli
) -> None:
    monkeypatch.setattr("quiz.formats.output.stdout_is_terminal", lambda: True)
    outcome = run("export", str(set_file), "-f", name, "-o", "-")
    assert outcome.exit_code == 2
    assert "refusing to write binary" in outcome.stderr
    assert outcome.stdout_bytes == b""


def test_binary_formats_pipe_with_dash(set_file: Path, run: RunCli) -> None:
    outcome = run("export", str(set_file), "-f", "anki", "-o", "-")
    assert outcome.exit_code == 0 and outcome.stdout_bytes[:2] == b"PK"


def test_kahoot_reports_left_out_questions(
    set_file: Path, tricky: QuestionSet, tmp_path: Path, run: RunCli
) -> None:
    long = replace(tricky.questions[2], question="Which year? " + "Long stem " * 12 + "ok?")
    source = tmp_path / "long.json"
    source.write_bytes(render("native", replace(tricky, questions=[long, tricky.questions[0]])))
    outcome = run("export", str(source), "-f", "kahoot", "-o", str(tmp_path / "k.xlsx"))
    assert outcome.exit_code == 0
    assert (
        "left out of the Kahoot sheet: tricky-release-0003: question is 135 characters"
        in outcome.stderr
    )
    assert "wrote 1 question(s)" in outcome.stderr


def test_failed_export_leaves_the_old_file_untouched(
    tricky: QuestionSet, tmp_path: Path, run: RunCli
) -> None:
    # Every question is too long for Kahoot: the export fails (exit 1) after reading.
    long = replace(tricky.questions[2], question="Which year? " + "Long stem " * 12 + "ok?")
    source = tmp_path / "long.json"
    source.write_bytes(render("native", replace(tricky, questions=[long])))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.xlsx"
    target.write_text("old content\n", encoding="utf-8")
    outcome = run("export", str(source), "-f", "kahoot", "-o", str(target))
    assert outcome.exit_code == 1
    assert "every question was left out" in outcome.stderr
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in out.iterdir()] == ["export.xlsx"]


def test_a_stem_repeated_across_files_is_left_out_not_refused(
    tricky: QuestionSet, tmp_path: Path, run: RunCli
) -> None:
    first = tmp_path / "a.json"
    second = tmp_path / "b.json"
    first.write_bytes(render("native", tricky))
    clash = replace(tricky.questions[0], id="other-id-0001")  # same stem, another id
    second.write_bytes(render("native", replace(tricky, questions=[clash])))
    outcome = run("export", str(first), str(second), "-f", "gift")
    assert outcome.exit_code == 0
    assert "left out" in outcome.stderr and "duplicate-stem" in outcome.stderr


def test_every_question_left_out_is_invalid_and_writes_nothing(
    tricky: QuestionSet, tmp_path: Path, run: RunCli
) -> None:
    long = replace(tricky.questions[2], question="Which year? " + "Long stem " * 12 + "ok?")
    source = tmp_path / "long.json"
    source.write_bytes(render("native", replace(tricky, questions=[long])))
    target = tmp_path / "k.xlsx"
    outcome = run("export", str(source), "-f", "kahoot", "-o", str(target))
    assert outcome.exit_code == 1 and not target.exists()


def test_unreadable_sources_exit_2_with_one_line(tmp_path: Path, run: RunCli) -> None:
    missing = run("export", str(tmp_path / "nope.json"), "-f", "csv")
    assert missing.exit_code == 2 and "nope.json" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('[{"a": 1},\n  oops]', encoding="utf-8")
    outcome = run("export", str(broken), "-f", "csv")
    assert outcome.exit_code == 2
    assert f"{broken}:2:3: not valid JSON" in outcome.stderr
    assert "Traceback" not in outcome.output


def test_writing_into_a_directory_is_an_error(set_file: Path, tmp_path: Path, run: RunCli) -> None:
    outcome = run("export", str(set_file), "-f", "csv", "-o", str(tmp_path))
    assert outcome.exit_code == 2 and "is a directory" in outcome.stderr


# --- quiz import ------------------------------------------------------------------------------


@pytest.fixture
def opentdb_file(tmp_path: Path) -> Path:
    path = tmp_path / "opentdb.json"
    path.write_text(
        json.dumps({"response_code": 0, "results": [GOOD, TWO_DISTRACTORS]}), encoding="utf-8"
    )
    return path


def test_import_without_output_prints_a_summary(opentdb_file: Path, run: RunCli) -> None:
    outcome = run("import", str(opentdb_file))
    assert outcome.exit_code == 0
    assert "imported 1 of 2 question(s) (OpenTDB, html encoding); 1 skipped" in outcome.stdout
    assert "categories: Entertainment: Film 1" in outcome.stdout
    assert "skipped results[1]" in outcome.stderr and "option-count" in outcome.stderr
    assert list(opentdb_file.parent.iterdir()) == [opentdb_file]


def test_import_to_a_file_writes_a_valid_native_set(
    opentdb_file: Path, tmp_path: Path, run: RunCli
) -> None:
    out = tmp_path / "imported.json"
    outcome = run("import", str(opentdb_file), "-o", str(out))
    assert outcome.exit_code == 0
    from quiz.bank import load_native_text

    qset = load_native_text(out.read_text(encoding="utf-8"), str(out))
    assert [q.question for q in qset.questions] == ["Who directed Jaws?"]
    assert run("validate", str(out)).exit_code in (0, 2)  # validate may not exist yet


def test_import_to_stdout(opentdb_file: Path, run: RunCli) -> None:
    outcome = run("import", str(opentdb_file), "-o", "-")
    assert outcome.exit_code == 0
    assert json.loads(outcome.stdout)["format"] == "film-trivia-set"
    assert "imported 1 of 2" in outcome.stderr


def test_import_round_trip_through_the_cli(
    set_file: Path, tmp_path: Path, tricky: QuestionSet, run: RunCli
) -> None:
    exported = tmp_path / "b64.json"
    assert (
        run(
            "export", str(set_file), "-f", "opentdb", "--encode", "base64", "-o", str(exported)
        ).exit_code
        == 0
    )
    native = tmp_path / "back.json"
    outcome = run("import", str(exported), "--encoding", "base64", "-o", str(native))
    assert outcome.exit_code == 0, outcome.output
    back = json.loads(native.read_text(encoding="utf-8"))["questions"]
    assert [q["question"] for q in back] == [q.question for q in tricky.questions]


@pytest.mark.parametrize(
    ("content", "args", "code", "message"),
    [
        ('{"results": [}', [], 2, ":1:14: not valid JSON"),
        ('{"results": [{"type": "multiple"}]}', [], 1, "missing key 'question'"),
        ('{"hello": 1}', [], 1, "not a question file"),
        ('{"results": []}', ["--from", "triviaapi"], 1, "expected an array"),
        ('{"results": [{"type": "bXVsdGlwbGU="}]}', ["--encoding", "url3986"], 1, "missing key"),
        ("[]", ["--from", "native"], 1, "not a valid native question set"),
    ],
)
def test_import_errors(
    tmp_path: Path, content: str, args: list[str], code: int, message: str, run: RunCli
) -> None:
    path = tmp_path / "in.json"
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.json"
    outcome = run("import", str(path), *args, "-o", str(out))
    assert outcome.exit_code == code, outcome.output
    assert message in outcome.stderr
    assert not out.exists()


def test_export_and_import_never_load_textual(set_file: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from quiz.cli import cli\n"
        "for args in (sys.argv[1:7], sys.argv[7:]):\n"
        "    try:\n"
        "        cli.main(args, standalone_mode=False)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('textual' in sys.modules)\n"
    )
    out = tmp_path / "x.gift"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "export",
            str(set_file),
            "-o",
            str(out),
            "-f",
            "gift",
            "import",
            str(set_file),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert out.exists()
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_export_into_a_missing_folder_is_refused(
    set_file: Path, tmp_path: Path, run: RunCli
) -> None:
    out = tmp_path / "no" / "such" / "out.json"
    outcome = run("export", str(set_file), "-f", "native", "-o", str(out))
    assert outcome.exit_code == 2
    assert "does not exist" in outcome.stderr
    assert not (tmp_path / "no").exists()
