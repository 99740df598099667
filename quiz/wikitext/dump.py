"""Stream the film pages out of a MediaWiki XML dump (``.xml``, ``.xml.bz2``, ``.xml.gz``).

mwxml (Wikimedia's own dump reader) walks the XML incrementally and drops each page once it
is read, so memory does not grow with the dump: a 20 GB ``pages-articles`` file is read the
same way as a 20 kB test dump. A film page is an article (namespace 0), not a redirect, whose
text uses ``{{Infobox film}}`` — not "Infobox film awards" or "Infobox film festival".
"""

from __future__ import annotations

import bz2
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from quiz.errors import UnreadableInput

_FILM_INFOBOX = re.compile(
    r"\{\{\s*(?:[Tt]emplate\s*:\s*)?[Ii]nfobox[ _]+(?:[Ff]ilm|[Mm]ovie)\s*(?:\||\}\}|<!--|\n)"
)


@dataclass(frozen=True)
class DumpPage:
    """One page of the dump: its title, page id and the wikitext of its last revision;
    ``file_name`` is the set file to write (given by the builder, unique within the dump)."""

    title: str
    page_id: int
    text: str
    file_name: str = ""


def is_film_page(text: str) -> bool:
    """True for wikitext with a film infobox (its name alone, followed by ``|``/``}}``)."""
    return bool(_FILM_INFOBOX.search(text))


class CountingReader:
    """Wraps the dump file and counts the (compressed) bytes read, for the progress bar."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        read = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.count += read or 0
        return int(read or 0)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> CountingReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_dump(path: Path, counter: CountingReader | None = None) -> IO[bytes]:
    """The dump's XML as a binary stream, decompressing ``.bz2`` / ``.gz`` on the fly."""
    source: IO[bytes] = counter if counter is not None else path.open("rb")  # type: ignore[assignment]
    name = path.name.casefold()
    if name.endswith(".bz2"):
        return bz2.open(source, "rb")
    if name.endswith(".gz"):
        return gzip.open(source, "rb")  # type: ignore[return-value]
    return source


def iter_pages(stream: IO[bytes], path: str = "dump") -> Iterator[tuple[DumpPage | None, str]]:
    """Every article page as ``(page, "")``; skipped pages as ``(None, reason)``.

    The reason is ``redirect``, ``namespace``, ``no text`` or ``not a film``; a dump that is
    not MediaWiki XML at all raises :class:`UnreadableInput` naming ``path``.
    """
    import mwxml

    try:
        dump = mwxml.Dump.from_file(stream)
    except Exception as error:  # mwxml raises plain errors (or ParseError) for non-dump XML
        raise UnreadableInput(f"not a MediaWiki XML dump ({_why(error)})", path=path) from error
    try:
        for page in dump:
            text: str | None = None
            for revision in page:
                text = revision.text
            if page.namespace != 0:
                yield None, "namespace"
            elif page.redirect:
                yield None, "redirect"
            elif not text:
                yield None, "no text"
            elif not is_film_page(text):
                yield None, "not a film"
            else:
                yield DumpPage(str(page.title), int(page.id or 0), text), ""
    except (OSError, EOFError, ValueError, SyntaxError) as error:  # ParseError is a SyntaxError
        raise UnreadableInput(f"dump ends or breaks early ({_why(error)})", path=path) from error


def _why(error: BaseException) -> str:
    return str(error) or type(error).__name__
