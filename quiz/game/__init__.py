"""The game engine: sessions, modes, scoring, lifelines, the daily challenge. No Textual here.

The TUI renders what this package decides; the store records what it reports. Randomness and
time are always injected, so every game can be replayed from its seed with a fake clock.

Callers import from the module that owns a name (``quiz.game.session``, ``quiz.game.modes``,
``quiz.game.setup``, ``quiz.game.scoring``, ``quiz.game.clock``, ``quiz.game.daily``): this file
re-exports nothing, so importing one of them does not load the others.
"""
