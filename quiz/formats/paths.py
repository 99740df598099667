"""How an article's path is shown outside this machine: never a local absolute path.

A set built from ``/home/<name>/films/my_film.txt`` cites that path in its sources; an export
(Moodle feedback, Anki card backs, CSV columns, file headers) would show it to students. Every
exporter therefore cites articles through :func:`public_path`: a relative path stays as it is
(``seeds/my_film.txt`` says nothing about the machine), anything absolute or home-relative is
cut to its file name.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath, PureWindowsPath

from quiz.bank import QuestionSet


def public_path(path: str) -> str:
    """``path`` if it is relative, else only its file name (POSIX, Windows and ``~`` paths)."""
    text = path.strip()
    if not text:
        return path
    windows = PureWindowsPath(text)
    if (
        text.startswith(("/", "~", "\\"))
        or PurePosixPath(text).is_absolute()
        or windows.is_absolute()
        or bool(windows.drive)
    ):
        name = windows.name if ("\\" in text or windows.drive) else PurePosixPath(text).name
        return name or text.strip("/\\")
    return path


def public_sources(qset: QuestionSet) -> QuestionSet:
    """``qset`` with every cited article path passed through :func:`public_path`."""
    if all(
        (q.source is None or q.source.path == public_path(q.source.path)) for q in qset.questions
    ) and all(s.path == public_path(s.path) for s in qset.sources):
        return qset
    questions = [
        q
        if q.source is None
        else replace(q, source=replace(q.source, path=public_path(q.source.path)))
        for q in qset.questions
    ]
    sources = [replace(s, path=public_path(s.path)) for s in qset.sources]
    return replace(qset, questions=questions, sources=sources)
