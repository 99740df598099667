"""The ``.tcss`` files: ``app.tcss`` for every screen, one file per screen for the rest.

The app loads ``app.tcss`` with ``question.tcss`` and ``start.tcss`` (either screen can be the
first one); every other screen names its own file, parsed the first time it is shown.
"""

from pathlib import Path

STYLES = Path(__file__).resolve().parent


def style(name: str) -> Path:
    """Path of ``styles/<name>.tcss``."""
    return STYLES / f"{name}.tcss"
