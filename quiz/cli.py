"""The ``quiz`` command line: a click group whose subcommands live in ``quiz/commands/``.

Subcommands are loaded lazily by name, so ``quiz facts`` imports only what facts need and no
command but ``play`` ever imports Textual (``serve`` runs ``play`` in child processes).
Every :class:`~quiz.errors.QuizError` becomes one line on stderr and its exit code
(docs/ARCHITECTURE.md, "Contracts": 0 ok, 1 invalid input, 2 usage or unreadable input); set
``QUIZ_DEBUG=1`` to see the traceback of an unexpected error instead.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from quiz import __version__
from quiz.errors import InvalidInput, QuizError

#: subcommand name → "module:attribute" of its click command, in help order.
COMMANDS: dict[str, str] = {
    "play": "quiz.commands.play:play",
    "serve": "quiz.commands.serve:serve",
    "build": "quiz.commands.build:build",
    "export": "quiz.commands.export:export",
    "import": "quiz.commands.import_:import_command",
    "validate": "quiz.commands.validate:validate",
    "facts": "quiz.commands.facts:facts",
    "fetch": "quiz.commands.fetch:fetch",
    "scores": "quiz.commands.scores:scores",
    "history": "quiz.commands.history:history",
    "stats": "quiz.commands.stats:stats",
    "practice": "quiz.commands.practice:practice",
    "reports": "quiz.commands.reports:reports",
    "add": "quiz.commands.library:add",
    "library": "quiz.commands.library:library",
    "remove": "quiz.commands.library:remove",
}


GROUP_OPTIONS = ("-h", "--help", "--version")
"""Options of ``quiz`` itself; any other leading option belongs to ``quiz play``."""


def report_error(error: QuizError) -> None:
    """Print a :class:`QuizError` (and each listed problem) to stderr."""
    click.echo(f"quiz: error: {error}", err=True)
    if isinstance(error, InvalidInput):
        for problem in error.problems:
            click.echo(f"  - {problem}", err=True)


class LazyGroup(click.Group):
    """A group that imports a subcommand's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """``quiz --player X …`` is ``quiz play --player X …``: bare ``quiz`` is ``quiz play``,
        so play's options (and nothing else unknown to the group) go through to it."""
        if args and args[0].startswith("-") and args[0] not in GROUP_OPTIONS:
            args = ["play", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuizError as error:
            report_error(error)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("quiz: interrupted", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as error:  # an unexpected bug: one line, not a traceback
            if os.environ.get("QUIZ_DEBUG"):
                raise
            click.echo(
                f"quiz: internal error: {type(error).__name__}: {error} "
                "(set QUIZ_DEBUG=1 for details)",
                err=True,
            )
            ctx.exit(70)


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="quiz")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Film trivia: questions generated from film articles, played in the terminal.

    With no command, `quiz` is `quiz play` on the bundled films and your library
    (`quiz add`); play's options work without the word `play`: `quiz --player Ana`.
    """
    if ctx.invoked_subcommand is None:
        play = cli.get_command(ctx, "play")
        assert play is not None
        ctx.invoke(play)


def main() -> None:
    """Console-script entry point (``quiz`` and ``film-quiz``)."""
    try:
        cli.main(prog_name="quiz")
    except BrokenPipeError:  # e.g. `quiz export … -o - | head`
        sys.stderr.close()
        sys.exit(0)
