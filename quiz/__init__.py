"""quiz: film-trivia generator and terminal quiz game.

The package reads film articles (plain text in the seed format), extracts sourced facts,
generates validated multiple-choice questions, plays them in a Textual app and exports them
to the formats other quiz apps read. Nothing here imports Textual except ``quiz.tui``.
"""

__version__ = "0.1.0"
GENERATOR = f"quiz {__version__}"

__all__ = ["GENERATOR", "__version__"]
