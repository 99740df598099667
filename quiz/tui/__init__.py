"""The Textual front end of the game: it renders what :mod:`quiz.game` decides.

Only this package imports Textual, and only ``quiz play`` imports this package, so the other
commands start fast and work without a terminal. ``app.py`` wires screens together;
``screens/`` holds one module per screen, ``widgets/`` the pieces they share and ``styles/``
the ``.tcss`` files.
"""
