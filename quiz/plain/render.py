"""The words plain mode prints: questions, verdicts, sources and results, as plain lines.

Everything is said in words, never by colour or a symbol alone, so a screen reader, a log file
and a braille display all get the whole story. Options are numbered (``1.`` to ``4.``), which
is what a screen reader announces best; the letter keys of the full-screen game work too.
These functions only build strings; :mod:`quiz.plain.game` decides when to print them.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.game.clock import format_seconds
from quiz.game.hotseat import Standing
from quiz.game.modes import ranked_titles
from quiz.game.session import AnswerRecord, Round, Session, Summary
from quiz.store import Rank


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _lives(count: int) -> str:
    return f"{count} {'life' if count == 1 else 'lives'}"


def intro(session: Session, *, set_title: str, player: str) -> str:
    """What is about to be played, and the keys (printed once, before question 1)."""
    mode = session.mode
    size = (
        "until the third wrong answer"
        if mode.lives is not None
        else _plural(session.total, "question")
    )
    clock = f" · {format_seconds(mode.time_limit)} per question" if mode.time_limit else ""
    return (
        f"Film quiz · {mode.title} · {size}{clock} · {set_title}\n"
        f"Playing as {player}. Answer with the option's number (1-4) or letter (A-D). "
        "Lifelines, once a game: s skips, 5 is 50:50. q quits (answers so far are saved)."
    )


def turn_banner(player: str, *, turn: int, of: int) -> str:
    """Between hot-seat turns: whose go it is (the others should not watch the answers)."""
    return f"=== {player}'s turn ({turn} of {of}). Everyone else: look away from the screen. ==="


def leaderboard(standings: Sequence[Standing], *, set_title: str) -> str:
    """The hot-seat result: one line per player, best first; tied players share a rank."""
    lines = [f"Leaderboard · Hot-seat · {set_title}"]
    for standing in standings:
        lines.append(
            f"  {standing.rank}. {standing.player}: {standing.score} points, "
            f"{standing.right} of {standing.answered} right, {format_seconds(standing.seconds)}"
        )
    return "\n".join(lines)


def question_text(round_: Round, session: Session, *, set_title: str) -> str:
    """The header line, the stem and the numbered options still in play."""
    question = round_.question
    if session.mode.lives is not None:
        position = f"Question {round_.number} · {_lives(session.lives_left or 0)} left"
    else:
        position = f"Question {round_.number} of {session.total}"
    details = [question.film or set_title, question.category, question.difficulty]
    header = " · ".join([position, *(d for d in details if d)])
    limit = session.mode.time_limit
    if limit is not None:
        header += f" · {format_seconds(limit)} to answer"
    lines = [header, question.question]
    lines += option_lines(round_)
    return "\n".join(lines)


def option_lines(round_: Round) -> list[str]:
    """``  1. text`` per option; one removed by 50:50 says so and keeps its number."""
    lines = []
    for index, text in enumerate(round_.options):
        shown = "(removed by 50:50)" if index in round_.removed else text
        lines.append(f"  {index + 1}. {shown}")
    return lines


def prompt(round_: Round, session: Session) -> str:
    """The answer prompt, naming only the moves allowed right now."""
    keys = [f"1-{len(round_.options)}"]
    if session.can_skip:
        keys.append("s skip")
    if session.can_fifty_fifty:
        keys.append("5 50:50")
    keys.append("q quit")
    return f"Your answer ({', '.join(keys)}): "


def answer_label(round_: Round, index: int) -> str:
    """``2. Ana Ruiz``: how feedback names an option."""
    return f"{index + 1}. {round_.options[index]}"


def verdict(record: AnswerRecord, session: Session) -> str:
    """The verdict line: the outcome in words, the points or the right answer, the time left."""
    round_ = record.round
    right = answer_label(round_, round_.correct_index)
    if record.outcome == "right":
        points = record.points
        detail = ""
        if points.time_bonus or points.multiplier_percent != 100:
            detail = f"{points.base} points"
            if points.time_bonus:
                detail += f" + {points.time_bonus} time bonus"
            if points.multiplier_percent != 100:
                detail = f"({detail}) {points.multiplier_text} streak"
            detail = f" = {detail}"
        text = f"Right! +{points.total} points{detail}."
    elif record.outcome == "wrong":
        text = f"Wrong. The right answer is {right}."
    elif record.outcome == "timeout":
        text = f"Time's up. The right answer is {right}."
    else:
        text = f"Skipped. The answer was {right}."
    limit = session.mode.time_limit
    if limit is not None and record.outcome != "timeout":
        text += f" {format_seconds(max(limit - record.seconds, 0.0))} were left."
    return text


def feedback(record: AnswerRecord, session: Session) -> str:
    """Verdict, explanation and source, then the running score."""
    lines = [verdict(record, session)]
    question = record.question
    if question.explanation:
        lines.append(f"Why: {question.explanation}")
    source = question.source
    if source is None:
        lines.append("Source: not given for this question.")
    else:
        lines.append(f'Source: {source.path}, line {source.line}: "{source.quote}"')
    status = f"Score {session.score}"
    if session.streak > 1:
        status += f" · streak {session.streak}"
    if session.mode.lives is not None:
        status += f" · {_lives(session.lives_left or 0)} left"
    lines.append(status)
    return "\n".join(lines)


def headline(summary: Summary) -> str:
    """``Score 1250 · Right 4 of 5 (80%) · Best streak 3 · Time 1:42``."""
    extra = []
    if summary.timeouts:
        extra.append(f"{summary.timeouts} timed out")
    if summary.skipped:
        extra.append(f"{summary.skipped} skipped")
    tail = f", {', '.join(extra)}" if extra else ""
    return (
        f"Score {summary.score} · Right {summary.right} of {summary.answered} "
        f"({summary.accuracy:.0%}){tail} · Best streak {summary.best_streak} · "
        f"Time {format_seconds(summary.seconds)}"
    )


def rank_line(
    rank: Rank | None,
    *,
    ranked: bool,
    saved: bool,
    finished: bool,
    mode: str,
    replay: bool = False,
    planned: int | None = None,
) -> str:
    """Where the game places among the high scores (same mode, length and set), or why not."""
    if not finished:
        return "Unfinished games are not ranked; the answers given are saved."
    if not saved:
        return "Score not saved (the score database cannot be written): no rank."
    if replay:
        return "A replay of today's daily is practice: not ranked (your first game counts)."
    if not ranked:
        return f"{mode} games are not ranked; play {ranked_titles()}."
    if rank is None:
        return "This game could not be ranked (the score database is unavailable)."
    games = "game" if rank.out_of == 1 else "games"
    length = f" of {planned} questions" if planned else ""
    text = f"Rank #{rank.position} of {rank.out_of} {mode.lower()} {games}{length} on this set"
    if rank.position == 1 and rank.out_of > 1:
        return f"{text}: a new best score!"
    if rank.in_top:
        return f"{text}: in the top 10."
    return f"{text}."


def results(summary: Summary, *, rank_text: str, set_title: str, mode_title: str) -> str:
    """The end of the game: numbers, rank, share line, categories and a one-line review."""
    lines = [f"Results · {mode_title} · {set_title}", headline(summary), rank_text]
    if summary.share:
        lines.append(f"Share: {summary.share}")
    if summary.categories:
        parts = []
        for stat in summary.categories:
            part = f"{stat.category} {stat.right}/{stat.answered}"
            if stat.skipped:
                part += f" ({stat.skipped} skipped)"
            parts.append(part)
        lines.append("By category: " + ", ".join(parts))
    for record in summary.records:
        lines.append(review_line(record))
    return "\n".join(lines)


_OUTCOME_WORDS = {
    "right": "right",
    "wrong": "wrong",
    "timeout": "time ran out",
    "skipped": "skipped",
}


def review_line(record: AnswerRecord) -> str:
    """``  3. wrong: <stem> (you: 2. text; right: 4. text)``."""
    round_ = record.round
    line = f"  {round_.number}. {_OUTCOME_WORDS[record.outcome]}: {record.question.question}"
    right = answer_label(round_, round_.correct_index)
    if record.outcome == "right":
        return f"{line} ({right})"
    if record.chosen_index is not None:
        return f"{line} (you: {answer_label(round_, record.chosen_index)}; right: {right})"
    return f"{line} (right: {right})"
