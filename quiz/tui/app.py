"""The Textual app: a thin conductor between the screens, the engine and the store.

It decides which screen comes next (start → questions, each with its feedback → results → …)
from the messages the screens post, starts games through :func:`quiz.game.setup.plan_game`,
opens the high scores and help, exports the current set, asks before quitting a game in
progress, and covers everything with a "terminal too small" notice below 80×24. Rules live in
:mod:`quiz.game`; layouts live in the screens and ``styles/*.tcss``.

Everything the app needs is passed in (question set, settings, store, clock, date), so tests
and snapshots run the real app against a temporary store with a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.screen import Screen

from quiz.analysis.calibration import MIN_ANSWERS, QuestionStats
from quiz.analysis.pool import playable
from quiz.bank import Question, QuestionSet
from quiz.errors import InvalidInput, QuizError
from quiz.fileio import write_atomic
from quiz.game import practice
from quiz.game.clock import Clock, system_clock
from quiz.game.hotseat import Match
from quiz.game.modes import NO_HISTORY, RANKED_MODES, ModeName
from quiz.game.session import Session, Summary
from quiz.game.setup import GameConfig, GamePlan, mode_class, next_seed, plan_game
from quiz.store import SessionRecorder, Store, Warn
from quiz.textnorm import slugify
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.too_small import TooSmallScreen, is_too_small
from quiz.tui.styles import style

if TYPE_CHECKING:  # imported lazily at run time: `--start` never needs the start screen
    from quiz.tui.screens.history import HistoryScreen
    from quiz.tui.screens.hotseat import TurnScreen
    from quiz.tui.screens.results import ResultsScreen
    from quiz.tui.screens.start import StartScreen


DAILY_REPLAY_NOTE = "You already played today's daily: this replay is practice and is not ranked."


class QuizApp(App[None]):
    """Film trivia in the terminal."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [style("app"), style("question"), style("start")]
    """The screens that can come first are styled with the app: Textual does not load the
    CSS_PATH of the default screen, and loading a screen's file later re-parses the whole
    stylesheet (~10 ms), too slow for the first question. The other screens bring their own
    file when first shown."""
    TITLE = "Film quiz"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            tooltip="Quit (asks first while a game is in progress)",
            show=False,
            priority=True,
        ),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="This help"),
        Binding("f2", "history", "History", tooltip="History: past games, each with its review"),
        Binding("f3", "stats", "Stats", tooltip="Stats: how you are doing, in plots"),
    ]
    """Textual binds Ctrl+Q to quit already; it is bound again here only to say, in the help
    (which lists these bindings), that our quit asks first during a game."""

    def __init__(
        self,
        question_set: QuestionSet,
        config: GameConfig,
        *,
        open_store: Callable[[Warn], Store],
        today: date,
        clock: Clock = system_clock,
        start: bool = False,
        export_dir: Path | None = None,
        notes: Sequence[str] = (),
        min_answers: int = MIN_ANSWERS,
        first_plan: GamePlan | None = None,
    ) -> None:
        """``start=True`` skips the start screen (``quiz play --start``); ``first_plan`` is
        that first game when the caller already planned it from ``config``.

        ``open_store`` opens the game database with the warning function it is given: the
        app's own, so a problem with the file shows as a notification. ``notes`` are warnings
        from before the app existed (the CLI's first look at the store), shown at start.
        """
        super().__init__()
        self.question_set = question_set
        self.config = config
        """The settings of the current (or next) game."""
        self._main_pushed = False
        self._early_warnings = list(notes)
        self.store = open_store(self._store_warning)
        self.today = today
        self.clock = clock
        self.export_dir = export_dir
        """Where "Export current set" writes (``<data dir>/exports``); ``None``: nowhere."""
        self.session: Session | None = None
        """The game in progress or just finished."""
        self.recorder: SessionRecorder | None = None
        self.match: Match | None = None
        """The hot-seat game in progress or just finished (``None`` in one-player modes)."""
        self.replay = False
        """The current game replays today's daily: practice, not ranked, no share line."""
        self._start_at_once = start
        self._first_plan = first_plan
        self._pending_notes: list[tuple[str, str]] = []
        self.min_answers = min_answers
        self._calibration: dict[str, QuestionStats] | None = None
        """Per-question statistics, computed once per game (refreshed after each game)."""

    # -- screens ------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        """The question screen with ``--start`` (if a game can start), else the start screen.

        Returning it here, rather than pushing it over an empty default screen, saves a
        screen's worth of work (~5 ms) before the first question appears.
        """
        return self._first_screen()

    def _first_screen(self) -> Screen[None]:
        if self._start_at_once:
            try:
                return self._begin(self.config)
            except QuizError as error:
                self._pending_notes.append((str(error), "error"))
        return self._start_screen()

    def _start_screen(self) -> Screen[None]:
        from quiz.tui.screens.start import StartScreen

        return StartScreen(
            self.config,
            pool=self._playable(),
            set_title=self.question_set.title,
            due_today=self.store.due_today,
            scheduled=self._scheduled_ids,
        )

    def _scheduled_ids(self, player: str) -> list[str]:
        """The ids in ``player``'s practice schedule (what practice would play)."""
        return [card.question_id for card in self.store.practice_schedule(player)]

    def _begin(self, config: GameConfig) -> QuestionScreen:
        """Plan a game, open its record in the store, and return its question screen."""
        plan, self._first_plan = self._first_plan, None
        if plan is None or plan.config != config:
            history = (
                self.store.player_history(config.player)
                if mode_class(config.mode).needs_history
                else NO_HISTORY
            )
            plan = plan_game(self._playable(), config, today=self.today, history=history)
        self.config = config
        self.match = None
        if type(plan.mode).multiplayer():
            self.match = Match(plan, config.players, self.store.next_hotseat_id())
        self._pending_notes.extend((note, "information") for note in plan.notes)
        return self._turn(plan, config.player)

    def _turn(self, plan: GamePlan, player: str) -> QuestionScreen:
        """Open ``player``'s game of ``plan`` in the store and return its question screen."""
        day = self.today.isoformat() if plan.mode.name == "daily" else None
        # One ranked daily per player per day: a replay knows the questions already.
        replay = day is not None and self.store.played_daily(player, day)
        if replay:
            self._pending_notes.append((DAILY_REPLAY_NOTE, "information"))
        recorder = self.store.begin_session(
            player=player,
            mode=plan.mode.name,
            set_title=self.ranking_set(self.config),
            seed=self.config.seed,
            planned=len(plan.questions),
            hotseat_id=self.match.match_id if self.match else None,
            ranked=plan.mode.ranked and not replay,
            day=day,
        )
        self.replay = replay
        self.session = plan.start(clock=self.clock, recorder=recorder)
        self.recorder = recorder
        title = self.question_set.title
        if self.match is not None:
            title = f"{player}'s turn · {title}"
        return QuestionScreen(self.session, set_title=title)

    def ranking_set(self, config: GameConfig) -> str:
        """The question set a game is ranked in: the one film chosen, else the whole set."""
        if len(config.films) == 1 and mode_class(config.mode).uses_filters:
            return config.films[0]
        return self.question_set.title

    def _replace_main(self, screen: Screen[None]) -> None:
        """Make ``screen`` the main screen, closing anything stacked on top of it.

        Textual cannot switch away from the default (first) screen, so the first change of
        main screen pushes the new one over it; from then on the stack is
        ``[first, main, overlays…]`` and the main screen is switched in place. The first
        screen stays below, suspended (its countdown paused), and is never shown again.
        """
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) == 1:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)
        self._show_notes()

    def _show_notes(self) -> None:
        for message, severity in self._pending_notes:
            self.notify(
                message,
                severity="error" if severity == "error" else "information",
                markup=False,
                timeout=6,
            )
        self._pending_notes.clear()

    def _store_warning(self, message: str) -> None:
        """The store's warning sink: a notification once the app runs (earlier warnings are
        in ``store.warnings`` and shown by :meth:`on_mount`)."""
        if self._main_pushed:
            self.notify(message, title="Scores", severity="warning", markup=False, timeout=10)

    def on_mount(self) -> None:
        for warning in dict.fromkeys([*self._early_warnings, *self.store.warnings]):
            self.notify(warning, title="Scores", severity="warning", markup=False, timeout=10)
        self._main_pushed = True
        self._show_notes()
        self.call_after_refresh(practice.warm)
        self._check_size(self.size.width, self.size.height)

    @property
    def in_game(self) -> bool:
        """A game is being played and not over yet (a hot-seat game: until the last turn)."""
        if self.match is not None and not self.match.over:
            return True
        return self.session is not None and not self.session.is_over

    # -- messages from the screens ------------------------------------------------------------

    @on(QuestionScreen.Finished)
    def _game_finished(self, message: QuestionScreen.Finished) -> None:
        from quiz.tui.screens.results import ResultsScreen

        summary = message.session.summary()
        mode = message.session.mode
        self._calibration = None  # this game's answers count from the next one on
        if self.match is not None:
            self._hotseat_turn_over(self.match, summary)
            return
        saved = self.store.saving
        # An unsaved game is only ranked against this run's other unsaved games: no rank.
        rank = self.store.rank(self.recorder.session_id if self.recorder else None)
        self._replace_main(
            ResultsScreen(
                summary,
                rank=rank if mode.ranked and saved else None,
                ranked=mode.ranked,
                saved=saved,
                mode_title=mode.title,
                set_title=self.ranking_set(self.config),
                replay=self.replay,
                planned=message.session.total,
            )
        )

    def _hotseat_turn_over(self, match: Match, summary: Summary) -> None:
        from quiz.tui.screens.hotseat import LeaderboardScreen, TurnScreen

        previous = match.current_player
        match.finish_turn(summary)
        if match.over:
            self._replace_main(
                LeaderboardScreen(match.standings(), set_title=self.question_set.title)
            )
            return
        self._replace_main(
            TurnScreen(
                match.current_player,
                turn=match.turn + 1,
                of=len(match.players),
                previous=previous,
                score=summary.score,
            )
        )

    def on_turn_screen_ready(self, message: TurnScreen.Ready) -> None:
        if self.match is not None and not self.match.over:
            self._replace_main(self._turn(self.match.plan, self.match.current_player))

    def on_start_screen_player_wanted(self, message: StartScreen.PlayerWanted) -> None:
        from quiz.tui.screens.players import PlayerChoice, PlayersScreen
        from quiz.tui.screens.start import StartScreen

        start = self.screen

        def chosen(choice: PlayerChoice | None) -> None:
            if choice is None:
                return
            if choice.renamed_from is not None:
                problem = self.store.rename_player(choice.renamed_from, choice.name)
                if problem is not None:
                    self.notify(problem, title="Cannot rename", severity="error", markup=False)
                    return
                self.notify(
                    f"{choice.renamed_from} is now {choice.name}; games and stats kept.",
                    title="Renamed",
                    markup=False,
                )
            else:
                self.store.add_player(choice.name)
            if isinstance(start, StartScreen):
                start.use_player(choice.name)

        self.push_screen(PlayersScreen(self.store.players(), current=message.current), chosen)

    @on(QuestionScreen.ReportWanted)
    def _report_wanted(self, message: QuestionScreen.ReportWanted) -> None:
        from quiz.tui.screens.report import ReportDraft, ReportScreen

        if isinstance(self.screen, ReportScreen):
            return
        question = message.record.question

        def send(draft: ReportDraft | None) -> None:
            if draft is None:
                return
            self.store.add_report(
                question.id,
                draft.reason,
                draft.comment,
                player=self.config.player,
                session_id=self.recorder.session_id if self.recorder else None,
            )
            self.notify(
                "Thanks: the question is left out of play until the report is cleared "
                "(quiz reports).",
                title="Reported",
                markup=False,
            )

        self.push_screen(ReportScreen(question.question), send)

    def _playable(self) -> list[Question]:
        """The set's questions without the reported ones (left out until cleared), at their
        calibrated difficulty once enough people answered them (see :mod:`quiz.analysis`)."""
        if self._calibration is None:
            self._calibration = self.store.calibration(self.min_answers)
        return playable(
            self.question_set.questions,
            reported=self.store.reported_question_ids(),
            stats=self._calibration,
            min_answers=self.min_answers,
        )

    def on_start_screen_submitted(self, message: StartScreen.Submitted) -> None:
        self._start_game(message.config)

    def on_results_screen_chosen(self, message: ResultsScreen.Chosen) -> None:
        if message.choice == "again":
            self._start_game(replace(self.config, seed=next_seed(self.config.seed)))
        elif message.choice == "new":
            self.config = replace(self.config, seed=next_seed(self.config.seed))
            self._replace_main(self._start_screen())
        elif message.choice == "scores":
            self.action_high_scores()
        elif message.choice == "history":
            self.action_history()
        elif message.choice == "stats":
            self.action_stats()
        else:
            self.exit()

    def _start_game(self, config: GameConfig) -> None:
        try:
            screen = self._begin(config)
        except QuizError as error:
            self.notify(str(error), title="Cannot start", severity="error", markup=False)
            return
        self._replace_main(screen)

    # -- actions ------------------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key (unless help is already open)."""
        from quiz.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen | TooSmallScreen):
            self.push_screen(HelpScreen())

    def action_high_scores(self) -> None:
        from quiz.tui.screens.high_scores import HighScoresScreen

        if isinstance(self.screen, HighScoresScreen):
            return
        tables = {mode: self.store.score_tables(mode) for mode in RANKED_MODES}
        current: ModeName = self.session.mode.name if self.session else self.config.mode
        self.push_screen(
            HighScoresScreen(
                tables,
                initial=current if current in RANKED_MODES else RANKED_MODES[0],
                highlight=self.recorder.session_id if self.recorder else None,
            )
        )

    def action_history(self) -> None:
        """The current player's past games (not during a game: the question stays in front)."""
        from quiz.tui.screens.history import GameReviewScreen, HistoryScreen

        if self.in_game or isinstance(self.screen, HistoryScreen | GameReviewScreen):
            return
        player = self._current_player()
        self.push_screen(HistoryScreen(self.store.games(player=player, limit=200), player=player))

    def action_stats(self) -> None:
        """The current player's statistics with plots (not during a game)."""
        from quiz.tui.screens.stats import StatsScreen

        if self.in_game or isinstance(self.screen, StatsScreen):
            return
        self.push_screen(StatsScreen(self.store.player_stats(self._current_player())))

    def _current_player(self) -> str:
        """The player named on the start screen if it is showing, else the last game's."""
        from quiz.tui.screens.start import StartScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, StartScreen) and screen.is_mounted:
                return screen.current_config().player
        return self.config.player

    def on_history_screen_open(self, message: HistoryScreen.Open) -> None:
        from quiz.tui.screens.history import GameReviewScreen

        game = self.store.game(message.session_id)
        if game is None:
            return
        by_id = {q.id: q for q in self.question_set.questions}
        items = [
            # Games recorded before questions were kept: take the question from the bank.
            item if item.question else replace(item, question=by_id.get(item.question_id))
            for item in self.store.game_review(message.session_id)
        ]
        self.push_screen(GameReviewScreen(game, items))

    def action_new_quiz(self) -> None:
        """Back to the start screen (asks first if that abandons a game)."""

        def go(confirmed: bool | None) -> None:
            if confirmed:
                self.session = None
                self.match = None
                self.config = replace(self.config, seed=next_seed(self.config.seed))
                self._replace_main(self._start_screen())

        if self.in_game:
            self._confirm("Abandon this game and start a new quiz? Answers so far are saved.", go)
        else:
            go(True)

    async def action_quit(self) -> None:
        """Quit; during a game, only after the player confirms."""

        def go(confirmed: bool | None) -> None:
            if confirmed:
                self.exit()

        if self.in_game:
            self._confirm("Quit the game in progress? Your answers so far are saved.", go)
        else:
            self.exit()

    def _confirm(self, question: str, then: Callable[[bool | None], None]) -> None:
        from quiz.tui.screens.confirm import ConfirmScreen

        if isinstance(self.screen, ConfirmScreen):
            return

        def answered(confirmed: bool | None) -> None:
            then(confirmed)
            # Opened over "too small" (Ctrl+Q there) and the window grew meanwhile: uncover.
            if not self._exit:
                self._check_size(self.size.width, self.size.height)

        self.push_screen(ConfirmScreen(question), answered)

    def action_export(self) -> None:
        """Write the set being played as native JSON into the export folder and say where.

        It goes through :func:`quiz.formats.render`, like ``quiz export``: the set is
        validated first and a set that breaks a hard rule is refused, its first problem named.
        Nothing is written anywhere else: if the folder cannot be created or written, an
        error names the folder and the reason.
        """
        from quiz.formats import render

        if self.export_dir is None:
            self._export_failed("Export is not available: no export folder was given.")
            return
        path = self.export_dir / f"{slugify(self.question_set.title, fallback='question-set')}.json"
        try:
            data = render("native", self.question_set)
        except InvalidInput as error:
            detail = error.problems[0] if error.problems else str(error)
            self._export_failed(f"Nothing was exported: {detail}")
            return
        try:
            self.export_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        except OSError as error:
            reason = error.strerror or str(error)
            self._export_failed(f"Could not write {path}: {reason}. Nothing was exported.")
            return
        count = len(self.question_set.questions)
        self.notify(f"Exported {count} questions to {path}", title="Export", markup=False)

    def _export_failed(self, message: str) -> None:
        self.notify(message, title="Export failed", severity="error", markup=False, timeout=10)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("New quiz", "Go back to the start screen", self.action_new_quiz)
        yield SystemCommand(
            "High scores", "The 10 best games of each mode", self.action_high_scores
        )
        yield SystemCommand(
            "Export current set",
            f"Write the current set as native JSON into {self.export_dir or '(no folder)'}",
            self.action_export,
        )
        yield SystemCommand("History", "Your past games, each with its review", self.action_history)
        yield SystemCommand("Stats", "Your statistics, with plots", self.action_stats)
        yield SystemCommand("Help", "Every key of every screen", self.action_help)
        yield SystemCommand("Quit", "Leave the quiz (asks first during a game)", self.action_quit)
        for command in super().get_system_commands(screen):
            if command.title != "Quit":  # Textual's says "as soon as possible"; ours asks
                yield command

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        covered = isinstance(self.screen, TooSmallScreen)
        if action in ("history", "stats") and self.in_game:
            return False
        return not (covered and action in ("command_palette", "help", "history", "stats"))

    # -- size ---------------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        if self._main_pushed:  # before that, on_mount checks the size itself
            self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        """Cover the app below 80×24; uncover it, state intact, once it is big enough."""
        top = self.screen
        small = is_too_small(width, height)
        if small:
            if isinstance(top, TooSmallScreen):
                top.show_size(width, height)
            elif not any(isinstance(s, TooSmallScreen) for s in self.screen_stack):
                self.push_screen(TooSmallScreen(width, height))
        elif isinstance(top, TooSmallScreen):
            self.pop_screen()
