"""Plain mode, played by scripts: every mode, bad lines, end of input, q and Ctrl+C.

The scripted player reads the transcript like a person reads the screen: it finds the number
printed next to the right (or a wrong) option of the question just shown and types it. Time
moves only when the script says so (a :class:`FakeClock`), and scores land in a store in
``tmp_path``, so every test checks what the player would see *and* what was saved.
"""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from quiz.bank import Citation, Difficulty, Question, QuestionSet
from quiz.game.clock import FakeClock, FakeWallClock
from quiz.game.setup import GameConfig
from quiz.plain.game import Ending, Move, parse_move
from quiz.plain.run import run_plain
from quiz.store import Store

DAY = date(2026, 11, 25)
CATEGORIES = ("cast", "credits", "awards", "release")
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")


def question(n: int, *, boolean: bool = False, category: str = "cast") -> Question:
    """Question ``n``: the right answer is ``right-n`` (or True for odd ``n`` if boolean)."""
    if boolean:
        truth = "True" if n % 2 else "False"
        return Question(
            id=f"q-{n:04d}",
            type="boolean",
            category=category,
            difficulty="easy",
            question=f"True or false: statement {n}?",
            correct_answer=truth,
            incorrect_answers=("False" if truth == "True" else "True",),
            source=Citation("seeds/a.txt", n, f"quote {n}"),
            film="Film A",
        )
    return Question(
        id=f"q-{n:04d}",
        type="multiple",
        category=CATEGORIES[n % len(CATEGORIES)],
        difficulty=DIFFICULTIES[n % len(DIFFICULTIES)],
        question=f"Question {n}?",
        correct_answer=f"right-{n}",
        incorrect_answers=(f"wrong-{n}-1", f"wrong-{n}-2", f"wrong-{n}-3"),
        explanation=f"Because {n}.",
        source=Citation("seeds/a.txt", n, f"quote {n}"),
        film="Film A",
    )


Step = str | Callable[[str], str]
"""A literal input line, or a function of the transcript so far that returns one."""


def right(transcript: str) -> str:
    """The number printed next to the right option of the last question shown."""
    return _option_number(transcript, r"right-\d+|True|False", want_right=True)


def wrong(transcript: str) -> str:
    """The number of a wrong option still in play in the last question shown."""
    return _option_number(transcript, r"wrong-\d+-\d", want_right=False)


def _option_number(transcript: str, pattern: str, *, want_right: bool) -> str:
    block = transcript[transcript.rindex("\nQuestion ") :]
    options: list[tuple[str, str]] = re.findall(r"^  (\d)\. (.+)$", block, flags=re.MULTILINE)
    latest = {number: text for number, text in options}  # a 50:50 reprint wins
    if "True or false" in block:  # boolean questions: statement n is true when n is odd
        n = int(re.search(r"statement (\d+)", block).group(1))  # type: ignore[union-attr]
        truth = "True" if n % 2 else "False"
        target = truth if want_right else ("False" if truth == "True" else "True")
        return next(k for k, v in latest.items() if v == target)
    return next(k for k, v in latest.items() if re.fullmatch(pattern, v))


class Player:
    """Plays ``steps`` in order; ``(seconds, step)`` pairs first let the fake clock run."""

    def __init__(self, out: io.StringIO, clock: FakeClock, steps: list[Step | tuple[float, Step]]):
        self.out = out
        self.clock = clock
        self.steps: Iterator[Step | tuple[float, Step]] = iter(steps)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        self.out.write(prompt)
        step = next(self.steps, None)
        if step is None:
            self.out.write("\n")
            return None
        if isinstance(step, tuple):
            seconds, step = step
            self.clock.advance(seconds)
        line = step(self.out.getvalue()) if callable(step) else step
        self.out.write(line + "\n")
        return line


class Game:
    """A plain game run against a temporary store; keeps the transcript and the ending."""

    def __init__(self, tmp_path: Path, questions: QuestionSet) -> None:
        self.store = Store.open(tmp_path / "data", now=FakeWallClock())
        self.questions = questions
        self.clock = FakeClock()
        self.out = io.StringIO()
        self.ending: Ending | None = None

    def play(self, steps: list[Step | tuple[float, Step]], **settings: object) -> str:
        self.out = io.StringIO()
        config = GameConfig(**{"player": "ann", "seed": 3, "count": 3, **settings})  # type: ignore[arg-type]
        player = Player(self.out, self.clock, steps)
        self.player = player
        self.ending = run_plain(
            self.questions,
            config,
            store=self.store,
            today=DAY,
            stdin=io.StringIO(),
            stdout=self.out,
            clock=self.clock,
            read=player,
        )
        return self.out.getvalue()

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        assert self.store.path is not None
        with sqlite3.connect(self.store.path) as conn:
            return list(conn.execute(sql))


@pytest.fixture
def game(tmp_path: Path) -> Game:
    questions = [
        *(question(n) for n in range(8)),
        question(90, boolean=True, category="production"),
    ]
    return Game(tmp_path, QuestionSet(title="Test set", questions=questions))


def test_classic_game_to_the_end_scores_like_the_engine_and_ranks(game: Game) -> None:
    out = game.play([right, wrong, right])
    assert game.ending == "finished"
    assert "Film quiz · Classic · 3 questions · Test set" in out
    assert out.count("Right! +") == 2 and out.count("Wrong. The right answer is ") == 1
    assert re.search(r"Why: Because \d+\.", out)
    assert re.search(r'Source: seeds/a\.txt, line \d+: "quote \d+"', out)
    assert "Results · Classic · Test set" in out
    assert "Rank #1 of 1 classic game of 3 questions on this set: in the top 10." in out
    (saved,) = game.store.high_scores("classic")
    assert f"Score {saved.score} · Right 2 of 3 (67%)" in out
    assert saved.player == "ann" and saved.right == 2 and saved.asked == 3


def test_letters_and_numbers_both_answer(game: Game) -> None:
    def letter(transcript: str) -> str:
        return "ABCD"[int(right(transcript)) - 1].lower()

    out = game.play([letter, right, letter])
    assert out.count("Right! +") == 3
    assert "(×1.25 streak)" not in out  # the streak shows as "(100 points) ×1.25 streak"
    assert "×1.25 streak" in out and "×1.5 streak" in out


def test_timed_mode_says_the_seconds_left_and_times_out(game: Game) -> None:
    out = game.play([(5.0, right), (25.0, right), (19.0, wrong)], mode="timed")
    assert "20 s per question" in out and "20 s to answer" in out
    assert "Right! +" in out and "time bonus" in out and "15 s were left." in out
    assert "Time's up. The right answer is " in out
    assert "1 s were left." in out
    outcomes = [row[0] for row in game.rows("SELECT outcome FROM answers ORDER BY position")]
    assert outcomes == ["right", "timeout", "wrong"]


def test_a_lifeline_or_bad_line_after_the_deadline_is_a_timeout(game: Game) -> None:
    out = game.play([(30.0, "s"), "q"], mode="timed")
    assert "Time's up." in out and "Skipped" not in out
    assert game.rows("SELECT outcome FROM answers") == [("timeout",)]


def test_survival_ends_at_the_third_wrong_answer(game: Game) -> None:
    out = game.play([wrong, right, wrong, wrong, right], mode="survival")
    assert game.ending == "finished"
    assert "until the third wrong answer" in out
    assert "Question 1 · 3 lives left" in out and "0 lives left" in out
    assert "Question 5" not in out
    assert "Rank #1 of 1 survival game" in out


def test_daily_is_the_same_game_whatever_the_seed(game: Game) -> None:
    first = game.play([right] * 10, mode="daily", seed=1)
    second = game.play([right] * 10, mode="daily", seed=99)
    stems = re.findall(r"^Question \d+\?$", first, flags=re.MULTILINE)
    assert stems and stems == re.findall(r"^Question \d+\?$", second, flags=re.MULTILINE)
    assert "Share: quiz daily 2026-11-25 9/9 ✔✔✔✔✔✔✔✔✔" in first
    assert "Rank #1 of 1 daily game of 9 questions on this set" in first
    # One ranked daily a day: the second game that day is a replay, said before and after.
    assert "Note: You already played today's daily: this replay is practice" in second
    assert "A replay of today's daily is practice: not ranked (your first game counts)." in second
    assert game.rows("SELECT COUNT(*) FROM sessions WHERE ranked = 1") == [(1,)]


def test_hotseat_plays_one_turn_each_on_the_same_questions_then_a_leaderboard(
    game: Game,
) -> None:
    out = game.play([right, right, right, wrong, wrong, right], mode="hotseat", others=("bob",))
    assert game.ending == "finished"
    ann, bob = out.split("=== bob's turn (2 of 2)")
    assert "=== ann's turn (1 of 2)" in ann
    assert re.findall(r"^Question \d+\?$", ann, re.M) == re.findall(r"^Question \d+\?$", bob, re.M)
    leaderboard = out[out.index("Leaderboard · Hot-seat · Test set") :]
    assert re.search(r"1\. ann: \d+ points, 3 of 3 right", leaderboard)
    assert re.search(r"2\. bob: \d+ points, 1 of 3 right", leaderboard)
    assert game.rows("SELECT COUNT(DISTINCT hotseat_id), COUNT(*) FROM sessions") == [(1, 2)]


def test_a_hotseat_turn_that_stops_early_stops_the_match(game: Game) -> None:
    out = game.play([right, "q"], mode="hotseat", others=("bob",))
    assert game.ending == "quit"
    assert "bob's turn" not in out and "Leaderboard" not in out


def test_practice_replays_the_misses_and_is_not_ranked(game: Game) -> None:
    game.play([wrong, right, wrong])
    missed = re.findall(r"^\s+\d\. wrong: (.+?) \(you:", game.out.getvalue(), re.MULTILINE)
    out = game.play([right, right], mode="practice")
    assert game.ending == "finished"
    assert sorted(re.findall(r"^(Question \d+\?)$", out, re.MULTILINE)) == sorted(missed)
    assert "Practice games are not ranked" in out


def test_practice_with_nothing_missed_is_a_usage_error_before_any_output(game: Game) -> None:
    from quiz.errors import UsageProblem

    with pytest.raises(UsageProblem, match="nothing to practise"):
        game.play([], mode="practice")
    assert game.out.getvalue() == ""


def test_bad_lines_are_asked_again_never_a_crash(tmp_path: Path) -> None:
    # Four-option questions only: the script's hints and lifelines assume four options.
    game = Game(tmp_path, QuestionSet(title="Test set", questions=[question(n) for n in range(8)]))

    def removed(transcript: str) -> str:
        numbers: list[str] = re.findall(
            r"^  (\d)\. \(removed by 50:50\)$", transcript, re.MULTILINE
        )
        return numbers[-1]

    steps: list[Step | tuple[float, Step]] = [
        "",
        "   ",
        "hello",
        "9",
        "E",
        "5",
        "5",
        removed,
        right,
        "s",
        "s",
        wrong,
        "f",
    ]
    out = game.play(steps, count=4)
    assert game.ending == "eof"  # the fourth question met the end of the script
    assert out.count("Please answer with a number from 1 to 4 or a letter from A to D") == 5
    assert "50:50 was already used in this game." in out
    assert "was removed by 50:50; choose another." in out
    assert "Skip was already used in this game." in out
    assert "Skipped. The answer was " in out
    assert game.rows("SELECT outcome FROM answers ORDER BY position") == [
        ("right",),
        ("skipped",),
        ("wrong",),
    ]
    # The prompt stops offering a lifeline once it is used.
    assert game.player.prompts[0] == "Your answer (1-4, s skip, 5 50:50, q quit): "
    assert game.player.prompts[-1] == "Your answer (1-4, q quit): "


def test_true_false_questions_take_1_or_2_and_refuse_50_50(tmp_path: Path) -> None:
    questions = QuestionSet(title="TF", questions=[question(7, boolean=True)])
    tf = Game(tmp_path, questions)
    out = tf.play(["3", "c", "5", right])
    assert "  1. True\n  2. False" in out or "  1. False\n  2. True" in out
    assert out.count("from 1 to 2 or a letter from A to B") == 2
    assert "50:50 does not work on a true/false question." in out
    assert "Right! +100 points." in out and tf.ending == "finished"


def test_end_of_input_stops_cleanly_and_keeps_the_answers(game: Game) -> None:
    out = game.play([right])
    assert game.ending == "eof"
    assert "The input ended, so the game stops here; the answers given so far are saved." in out
    assert "Unfinished games are not ranked" in out
    assert "Score 100 · Right 1 of 1 (100%)" in out
    assert game.rows("SELECT asked, finished_at FROM sessions") == [(1, None)]
    assert game.store.high_scores("classic") == []


def test_q_quits_between_questions(game: Game) -> None:
    out = game.play([wrong, "Q"])
    assert game.ending == "quit"
    assert "You left the game; the answers given so far are saved." in out
    assert game.rows("SELECT outcome FROM answers") == [("wrong",)]


def test_ctrl_c_while_waiting_for_a_line_ends_the_game_cleanly(game: Game) -> None:
    def interrupt(transcript: str) -> str:
        raise KeyboardInterrupt

    out = game.play([right, right, interrupt])
    assert game.ending == "interrupted"
    assert "Interrupted; the answers given so far are saved." in out
    assert "Right 2 of 2" in out
    assert game.rows("SELECT COUNT(*) FROM answers") == [(2,)]


def test_filter_notes_are_printed(game: Game) -> None:
    out = game.play([right] * 3, count=50)
    assert "Note: Only 9 questions match; playing all of them instead of 50." in out


@pytest.mark.parametrize(
    ("line", "options", "move"),
    [
        ("1", 4, Move("answer", 0)),
        (" 4 ", 4, Move("answer", 3)),
        ("b", 4, Move("answer", 1)),
        ("D", 4, Move("answer", 3)),
        ("s", 4, Move("skip")),
        ("S", 4, Move("skip")),
        ("5", 4, Move("fifty")),
        ("f", 2, Move("fifty")),
        ("q", 4, Move("quit")),
        ("quit", 4, Move("quit")),
        ("3", 2, None),
        ("c", 2, None),
        ("0", 4, None),
        ("", 4, None),
        ("ab", 4, None),
        ("1.", 4, None),
    ],
)
def test_parse_move(line: str, options: int, move: Move | None) -> None:
    assert parse_move(line, options) == move
