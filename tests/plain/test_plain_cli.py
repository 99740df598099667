"""``quiz play --plain`` from the command line: pipes, the automatic choice, Ctrl+C, no Textual."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quiz.store import DB_NAME
from quiz.terminal import full_screen_unavailable

if TYPE_CHECKING:
    from conftest import RunCli


NOTE = "quiz: input is not a terminal; playing in plain text (--plain)"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def two_films(repo_dir: Path) -> Path:
    """The question set of the app tests: two made-up films, every category."""
    return repo_dir / "tests" / "tui" / "fixtures" / "two_films.json"


def answers(data_dir: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        return list(conn.execute("SELECT question_id, outcome FROM answers ORDER BY id"))


def test_a_piped_game_plays_to_the_end_without_importing_textual(
    tmp_path: Path, two_films: Path
) -> None:
    code = (
        "import sys\n"
        "from quiz.cli import cli\n"
        "try:\n"
        f"    cli.main(['play', '--plain', '--count', '3', '--seed', '1', {str(two_films)!r},\n"
        f"              '--data-dir', {str(tmp_path)!r}], prog_name='quiz')\n"
        "except SystemExit as e:\n"
        "    sys.stderr.write(f'exit={e.code} ')\n"
        "sys.stderr.write(f\"textual={'textual' in sys.modules}\")\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input="a\nb\nc\n1\n1\n1\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "textual=False" in result.stderr, result.stderr
    assert "exit=0" in result.stderr
    out = result.stdout
    assert "Question 1 of 3" in out and "Question 3 of 3" in out
    assert "Results · Classic · Two fixture films" in out
    assert "Rank #1 of 1 classic game" in out
    assert len(answers(tmp_path)) == 3


def test_play_without_a_terminal_chooses_plain_mode_with_a_one_line_note(
    tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    flags = ["--count", "2", "--seed", "4", "--data-dir", str(tmp_path)]
    result = run("play", str(two_films), *flags, input="1\n2\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == NOTE
    assert "Question 2 of 2" in result.stdout and "Results · Classic" in result.stdout


def test_bare_quiz_without_a_terminal_plays_plain_too(run: RunCli) -> None:
    result = run(input="")
    assert result.exit_code == 0, result.output
    assert NOTE in result.stderr
    assert "Question 1 of 10" in result.stdout
    assert "The input ended, so the game stops here" in result.stdout


def test_explicit_plain_prints_no_note(tmp_path: Path, run: RunCli, two_films: Path) -> None:
    result = run("play", "--plain", str(two_films), "--data-dir", str(tmp_path), input="q\n")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "You left the game" in result.stdout


def test_plain_usage_errors_exit_2_with_one_line(
    tmp_path: Path, run: RunCli, two_films: Path
) -> None:
    flags = ["--mode", "practice", "--data-dir", str(tmp_path)]
    result = run("play", "--plain", str(two_films), *flags, input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("quiz: error: nothing to practise yet")
    assert result.stdout == ""


def test_an_output_encoding_without_the_characters_does_not_stop_the_game(
    tmp_path: Path, two_films: Path
) -> None:
    command = ["play", "--plain", str(two_films), "--count", "2", "--data-dir", str(tmp_path)]
    result = subprocess.run(
        [sys.executable, "-m", "quiz", *command],
        input=b"1\n\xff\xfe\n2\n",  # the second line is not text in any encoding
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("ascii")
    assert "Film quiz ? Classic ? 2 questions" in out  # "·" could not be printed
    assert "Please answer with a number" in out
    assert "Results ? Classic" in out


def test_ctrl_c_stops_a_piped_game_cleanly(tmp_path: Path, two_films: Path) -> None:
    command = ["play", "--plain", str(two_films), "--seed", "2", "--data-dir", str(tmp_path)]
    process = subprocess.Popen(
        [sys.executable, "-m", "quiz", *command],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("1\n")
        process.stdin.flush()
        deadline = time.monotonic() + 30
        seen = ""
        while "Question 2 of" not in seen and time.monotonic() < deadline:
            seen += process.stdout.readline()
        assert "Question 2 of" in seen
        time.sleep(0.2)  # let it reach the prompt and block on the next line
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130
    assert "Traceback" not in err
    assert err.strip() == "quiz: interrupted"
    assert "Interrupted; the answers given so far are saved." in out
    assert len(answers(tmp_path)) == 1


@pytest.mark.parametrize(
    ("environ", "stdin", "stdout", "reason"),
    [
        ({"TERM": "xterm-256color"}, Tty(), Tty(), None),
        ({"TERM": "dumb"}, Tty(), Tty(), "TERM=dumb cannot show a full-screen app"),
        ({"TERM": "xterm"}, io.StringIO(), Tty(), "input is not a terminal"),
        ({"TERM": "xterm"}, Tty(), io.StringIO(), "output is not a terminal"),
        # quiz serve's children talk to the browser through pipes: still full screen.
        (
            {"TERM": "dumb", "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver"},
            io.StringIO(),
            io.StringIO(),
            None,
        ),
    ],
)
def test_full_screen_unavailable(
    environ: dict[str, str], stdin: io.StringIO, stdout: io.StringIO, reason: str | None
) -> None:
    assert full_screen_unavailable(environ, stdin, stdout) == reason


def test_closed_stream_is_not_a_terminal() -> None:
    closed = io.StringIO()
    closed.close()
    assert full_screen_unavailable({}, closed, Tty()) == "input is not a terminal"
