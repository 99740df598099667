"""Click arguments and options that several commands share, declared once.

A flag that means the same thing in two commands must be spelled, typed and checked the same
way in both; declaring it here makes that the default. Each factory returns a decorator, and
takes the help text where commands word it differently (``play`` "only", ``export`` "keep"):

    @click.command("export")
    @sources_argument()
    @category_option("Keep questions of this category (repeatable).")
    @difficulty_option("Keep this difficulty only.")
    @seed_option("Draw questions in a random order from this seed …")
    def export(sources, categories, difficulty, seed): ...

The parameter names they give the command function are fixed: ``sources``, ``categories``,
``difficulty``, ``seed``, ``data_dir``, ``mode``, ``article_format``. Nothing heavy is
imported here: this module is loaded for ``quiz --help``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from quiz.article_input import FORMAT_CHOICES
from quiz.bank import DIFFICULTIES
from quiz.game.modes import MODE_CLASSES, MODE_NAMES
from quiz.store import ENV_DATA_DIR

F = TypeVar("F", bound=Callable[..., Any])


def sources_argument() -> Callable[[F], F]:
    """``SOURCE…``: articles, question files or folders (none: the bundled bank)."""
    return click.argument("sources", nargs=-1, type=click.Path(path_type=Path))


def category_option(
    help: str = "Only questions of this category (repeat for several).",
) -> Callable[[F], F]:
    """``--category C`` (repeatable) → ``categories: tuple[str, ...]``."""
    return click.option("--category", "categories", multiple=True, metavar="C", help=help)


def difficulty_option(help: str = "Only this difficulty.") -> Callable[[F], F]:
    """``--difficulty easy|medium|hard`` → ``difficulty: str | None``."""
    return click.option("--difficulty", type=click.Choice(DIFFICULTIES), help=help)


def seed_option(help: str = "Replay the same draw and option order.") -> Callable[[F], F]:
    """``--seed N`` → ``seed: int | None``."""
    return click.option("--seed", type=int, metavar="N", help=help)


def mode_option(help: str | None = None, **settings: Any) -> Callable[[F], F]:
    """``--mode`` among the game's modes → ``mode: str | None`` (see ``mode_name``).

    The default help lists every mode with its one-line summary, read from the mode classes,
    so a new mode is described here without touching this module.
    """
    if help is None:
        help = " ".join(f"{name}: {MODE_CLASSES[name].summary}" for name in MODE_NAMES)
    return click.option("--mode", type=click.Choice(MODE_NAMES), help=help, **settings)


def data_dir_option() -> Callable[[F], F]:
    """``--data-dir DIR``: where scores (and exports from the game) are kept."""
    return click.option(
        "--data-dir",
        type=click.Path(path_type=Path, file_okay=False),
        help=f"Where scores are kept (default: ${ENV_DATA_DIR} or the user data folder).",
    )


def article_format_option() -> Callable[[F], F]:
    """``--from auto|seed|wikitext`` → ``article_format: str``: how article files are read."""
    return click.option(
        "--from",
        "article_format",
        type=click.Choice(FORMAT_CHOICES, case_sensitive=False),
        default="auto",
        show_default=True,
        help="Article format: seed text, wikitext (.wiki/.wikitext/.mediawiki), or auto-detect.",
    )
