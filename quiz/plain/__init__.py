"""Plain mode: the quiz as lines of text (``quiz play --plain``), for places a screen can't go.

Screen readers, braille displays, dumb terminals, pipes, logs and scripts get the same game as
the full-screen app (same engine, same scoring, same store) with none of Textual: nothing in
this package imports it, so plain mode also starts in a fraction of the time. :mod:`.run`
wires a game to the store and the standard streams, :mod:`.game` is the question-and-answer
loop and :mod:`.render` the words it prints.
"""
