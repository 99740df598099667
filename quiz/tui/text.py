"""Turning article text into screen text without ever reading it as markup.

Questions, options, explanations and quotes come from articles and imported sets; a stem may
legitimately contain ``[bold]`` or ``[/]``. Everything from the data goes through these helpers,
which build :class:`~textual.content.Content` from plain strings (no markup parsing, control
codes stripped), so the text shows exactly as written.
"""

from __future__ import annotations

from textual.content import Content

from quiz.game.session import KEY_LABELS, Round


def plain(text: str, style: str = "") -> Content:
    """``text`` exactly as written, optionally in one style."""
    return Content.assemble((text, style)) if style else Content.assemble(text)


def option_line(round_: Round, index: int, mark: str = "", note: str = "") -> Content:
    """One answer option: ``A  text``, with an optional leading mark and trailing note.

    Options removed by 50:50 show as a dash so positions (and keys) stay where they were.
    """
    key = KEY_LABELS[index]
    removed = index in round_.removed
    parts: list[str | tuple[str, str] | Content] = []
    if mark:
        parts.append((f"{mark} ", "bold"))
    parts.append((f" {key} ", "bold reverse" if not removed else "dim"))
    parts.append("  ")
    if removed:
        parts.append(("(removed by 50:50)", "dim italic"))
    else:
        parts.append(round_.options[index])
    if note:
        parts.append((f"  ← {note}", "italic"))
    return Content.assemble(*parts)
