"""The player's library: films added with ``quiz add``, kept in the data dir, played by ``quiz``.

Why a library: ``quiz build`` writes sets into the current folder, but a bare ``quiz`` plays the
installed bank, so a new film was only reachable with ``quiz play question_bank/``. The library
is the one place a player's own films live; the game (with no SOURCE) plays the bundled bank
and every film of the library.

Layout, inside ``<data dir>/library/``::

    library.json        the index: one entry per film (see :class:`Entry`)
    <key>.json          the film's native question set, as validated when it was added

Why the index keeps a hash: checking every question of every set against the JSON Schema on
every start made a 200-film library take ~10 s to its first screen. A set is checked once, when
it enters the library (an article is generated and validated by the generator; a question file
goes through the importer, which drops rule-breaking questions and says so). Its file's SHA-256
goes into the index, and a load whose bytes still have that hash trusts the file and only
parses it. A file whose hash no longer matches (edited by hand, damaged) is checked again with
the full loader; one that fails is left out with a warning, never a crash.

Re-adding the same file unchanged is a no-op; a changed file (or another file for the same
film) replaces the film's set.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from quiz import GENERATOR
from quiz.bank import QuestionSet, sha256_text
from quiz.errors import InvalidInput, QuizError, UnreadableInput, UsageProblem

LIBRARY_DIR = "library"
INDEX_NAME = "library.json"
INDEX_FORMAT = "film-quiz-library"
INDEX_VERSION = 1
SET_SUFFIXES = (".json",)

Kind = Literal["article", "set"]
Outcome = Literal["added", "replaced", "unchanged"]
Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    """Default warning sink."""


def film_key(title: str) -> str:
    """File-system-safe key for a film: its title, lower case, words joined by ``-``."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    return slug[:80] or "film"


@dataclass(frozen=True)
class Entry:
    """One film of the library, as the index records it."""

    key: str
    """Name of the set file (without ``.json``) and the handle ``quiz remove`` accepts."""
    title: str
    """The set's title (the film's full title for an article)."""
    file: str
    sha256: str
    """SHA-256 of the stored set file: a load with the same hash trusts it."""
    questions: int
    origin: str
    """Where the film came from: the absolute path given to ``quiz add``."""
    origin_sha256: str
    """SHA-256 of that file when it was added (re-adding unchanged bytes is a no-op)."""
    kind: Kind
    generator: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "file": self.file,
            "sha256": self.sha256,
            "questions": self.questions,
            "origin": self.origin,
            "origin_sha256": self.origin_sha256,
            "kind": self.kind,
            "generator": self.generator,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entry:
        kind = data.get("kind")
        return cls(
            key=str(data["key"]),
            title=str(data["title"]),
            file=str(data["file"]),
            sha256=str(data["sha256"]),
            questions=int(data["questions"]),
            origin=str(data.get("origin", "")),
            origin_sha256=str(data.get("origin_sha256", "")),
            kind="set" if kind == "set" else "article",
            generator=str(data.get("generator", "")),
        )


@dataclass(frozen=True)
class AddResult:
    """What adding one file did."""

    entry: Entry
    outcome: Outcome
    skipped: tuple[str, ...] = ()
    """Questions of a question file left out (rule-breaking or repeated), in words."""


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files to add: each file as given, each folder's ``.txt``/``.json`` files (sorted)."""
    from quiz.article_input import ARTICLE_SUFFIXES

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES + SET_SUFFIXES
                and p.name != "schema.json"
            )
            if not inside:
                raise UnreadableInput(
                    "folder holds no articles (.txt) or sets (.json)", path=str(path)
                )
            found.extend(inside)
        elif not path.exists():
            raise UnreadableInput("no such file or folder", path=str(path))
        else:
            found.append(path)
    return found


def _checked_set(path: Path, raw: bytes) -> tuple[QuestionSet, Kind, tuple[str, ...]]:
    """The validated set a file contributes; articles cite their file name only.

    Articles are generated (every question passes the validator before it exists); question
    files go through the importer, whose skipped questions come back as messages.
    """
    from quiz.article_input import ARTICLE_SUFFIXES

    if path.suffix.lower() in ARTICLE_SUFFIXES:
        from quiz.generate.build import build_article_set

        # The file name, not the path: a set in the library is shown and exported anywhere,
        # and a local absolute path must not travel with it.
        qset = build_article_set(path, display_path=path.name)
        if not qset.questions:
            raise InvalidInput("no question could be made from this article", path=str(path))
        return qset, "article", ()
    from quiz.formats.importing import import_file

    result = import_file(path)
    skipped = tuple(s.describe() for s in result.skipped)
    return result.qset, "set", skipped


class Library:
    """The films in ``<data dir>/library``; every method reads the index afresh."""

    def __init__(self, root: Path, *, warn: Warn = _ignore) -> None:
        self.root = root
        self.warn = warn

    @classmethod
    def in_data_dir(cls, data_dir: Path, *, warn: Warn = _ignore) -> Library:
        return cls(data_dir / LIBRARY_DIR, warn=warn)

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_NAME

    # -- the index -----------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """The films, in the order they were added (an unreadable index: none, and a warning)."""
        return self._entries_of(self._read_index())

    def _entries_of(self, data: dict[str, Any] | None) -> list[Entry]:
        if data is None:
            return []
        try:
            return [Entry.from_dict(item) for item in data["films"]]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            self.warn(f"the library index {self.index_path} is damaged ({error}); ignoring it")
            return []

    def _read_index(self) -> dict[str, Any] | None:
        try:
            raw = self.index_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            self.warn(f"cannot read the library index {self.index_path}: {error.strerror}")
            return None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
                raise ValueError("not a library index")
            return data
        except ValueError as error:
            self.warn(f"the library index {self.index_path} is damaged ({error}); ignoring it")
            return None

    def _write_index(self, entries: Sequence[Entry], pack_sha256: str | None = None) -> None:
        data: dict[str, Any] = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "films": [entry.to_dict() for entry in entries],
        }
        if pack_sha256 is not None:
            data["pack_sha256"] = pack_sha256
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        from quiz.fileio import write_atomic

        write_atomic(self.index_path, text, create_parents=True)

    # -- changing it -----------------------------------------------------------------------------

    def add(self, path: Path) -> AddResult:
        """Validate ``path`` (an article or a question file) and store its set.

        The same file with the same bytes: nothing happens (``unchanged``). The same file
        changed, or another file whose set has the same title: the film's set is replaced.
        """
        from quiz.fileio import read_bytes, write_atomic
        from quiz.formats.paths import public_sources

        raw = read_bytes(path)
        origin = str(path.resolve())
        origin_sha = sha256_text(raw)
        entries = self.entries()
        for entry in entries:
            if (
                entry.origin == origin
                and entry.origin_sha256 == origin_sha
                and entry.generator == GENERATOR
                and (self.root / entry.file).is_file()
            ):
                return AddResult(entry, "unchanged")
        qset, kind, skipped = _checked_set(path, raw)
        if kind == "set":
            qset = public_sources(qset)
        key = film_key(qset.title)
        replaced = [e for e in entries if e.origin == origin or e.key == key]
        others = [e for e in entries if e not in replaced]
        taken = {e.key for e in others}
        unique = key
        counter = 2
        while unique in taken:
            unique, counter = f"{key}-{counter}", counter + 1
        text = qset.to_json()
        entry = Entry(
            key=unique,
            title=qset.title,
            file=f"{unique}.json",
            sha256=sha256_text(text.encode("utf-8")),
            questions=len(qset.questions),
            origin=origin,
            origin_sha256=origin_sha,
            kind=kind,
            generator=GENERATOR,
        )
        write_atomic(self.root / entry.file, text, create_parents=True)
        for old in replaced:
            if old.file != entry.file:
                with contextlib.suppress(OSError):
                    (self.root / old.file).unlink()
        position = entries.index(replaced[0]) if replaced else len(entries)
        updated = [e for e in entries if e not in replaced]
        updated.insert(min(position, len(updated)), entry)
        self._write_index(updated)
        return AddResult(entry, "replaced" if replaced else "added", skipped)

    def find(self, name: str) -> list[Entry]:
        """Films matching ``name``: their key, title, or origin file name (ignoring case)."""
        wanted = name.strip().casefold()
        entries = self.entries()
        exact = [
            e
            for e in entries
            if wanted in (e.key.casefold(), e.title.casefold(), Path(e.origin).name.casefold())
        ]
        if exact:
            return exact
        return [e for e in entries if wanted and wanted in e.title.casefold()]

    def remove(self, name: str) -> Entry:
        """Remove one film (named by key, title or file name); ambiguity is a usage error."""
        found = self.find(name)
        if not found:
            known = ", ".join(e.key for e in self.entries()) or "(the library is empty)"
            raise UsageProblem(f"no film {name!r} in the library; it has: {known}")
        if len(found) > 1:
            raise UsageProblem(
                f"{name!r} matches {len(found)} films: "
                + ", ".join(e.key for e in found)
                + "; give one of these keys"
            )
        entry = found[0]
        self._write_index([e for e in self.entries() if e.key != entry.key])
        with contextlib.suppress(OSError):
            (self.root / entry.file).unlink()
        return entry

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> list[QuestionSet]:
        """Every film's set, from the pack when it is current, else from the set files."""
        data = self._read_index()
        entries = self._entries_of(data)
        if not entries:
            return []
        from quiz import library_pack as pack

        pack_sha = data.get("pack_sha256") if data else None
        if isinstance(pack_sha, str):
            packed = pack.read(self.root / pack.PACK_NAME, pack_sha, pack.stamp(entries))
            if packed is not None:
                return packed
        sets = list(self._load_files(entries))
        if len(sets) == len(entries):
            self._save_pack(entries, sets)
        return sets

    def refresh_pack(self) -> None:
        """Rewrite the pack from the set files (after ``add``/``remove``; cheap when current)."""
        from quiz import library_pack as pack

        data = self._read_index()
        entries = self._entries_of(data)
        if not entries:
            with contextlib.suppress(OSError):
                (self.root / pack.PACK_NAME).unlink()
            return
        self.load()

    def _save_pack(self, entries: Sequence[Entry], sets: Sequence[QuestionSet]) -> None:
        """Best effort: a library that cannot be written still plays, only slower."""
        from quiz import library_pack as pack

        try:
            digest = pack.write(self.root / pack.PACK_NAME, pack.stamp(entries), sets)
            self._write_index(entries, pack_sha256=digest)
        except OSError:
            pass

    def _load_files(self, entries: Sequence[Entry]) -> Iterator[QuestionSet]:
        """Each film's set file: trusted when its bytes match the index, re-checked otherwise."""
        for entry in entries:
            path = self.root / entry.file
            try:
                raw = path.read_bytes()
            except OSError as error:
                self.warn(
                    f"library film {entry.title!r} is missing ({path}: {error.strerror}); "
                    f"add it again or `quiz remove {entry.key}`"
                )
                continue
            if sha256_text(raw) == entry.sha256:
                try:
                    yield QuestionSet.from_dict(json.loads(raw))
                    continue
                except (ValueError, KeyError, TypeError, AttributeError):
                    pass
            # Changed since it was added: check it as any other question file.
            try:
                from quiz.formats.importing import import_file

                result = import_file(path)
            except QuizError as error:
                self.warn(f"library film {entry.title!r} left out: {error}")
                continue
            self.warn(
                f"library film {entry.title!r} changed since it was added; it was checked "
                f"again ({len(result.skipped)} question(s) left out)"
            )
            yield result.qset
