"""``quiz serve``: the full-screen game in a browser, one game per tab, fully offline.

:mod:`.server` adapts textual-serve (which runs ``quiz play`` per tab and relays it to xterm.js
in the page); ``templates/`` holds the page. Nothing here imports Textual: the game itself runs
in the child processes.
"""
