"""quiz: film-trivia generator and terminal quiz game.

The package reads film articles (plain text in the seed format), extracts sourced facts,
generates validated multiple-choice questions, plays them in a Textual app and exports them
to the formats other quiz apps read. Nothing here imports Textual except ``quiz.tui``.

The modules in the order data flows through them (docs/ARCHITECTURE.md has the whole map)::

    article.py        text → Article
    facts/            Article → Film (typed facts, each with its source line)
    generate/         Film → questions (templates, distractors, the gate, difficulty)
    bank.py           questions and sets, native JSON (schema.py), the hard rules (validate.py)
    formats/          sets → other apps' formats, and their files → sets
    sources.py        SOURCE arguments → one set (articles, question files, the bundled bank)
    game/             a set → a game (modes, session, scoring)
    store.py          games and answers → SQLite
    tui/              the game on screen
    cli.py, commands/ the ``quiz`` command
"""

__version__ = "0.1.0"
GENERATOR = f"quiz {__version__}"

__all__ = ["GENERATOR", "__version__"]
