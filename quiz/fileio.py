"""Reading input files with one clear error, and writing output files atomically.

Every command reads through :func:`read_text` so that a missing file, a directory, a binary
file or a non-UTF-8 file all produce the same kind of one-line message, and writes through
:func:`write_atomic` so that a failed write never leaves a partial file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from quiz.errors import UnreadableInput


def read_bytes(path: Path) -> bytes:
    """Read a whole file, turning OS errors into :class:`UnreadableInput`."""
    name = str(path)
    if not path.exists():
        raise UnreadableInput("no such file", path=name)
    if path.is_dir():
        raise UnreadableInput("is a directory, not a file", path=name)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot read file ({exc.strerror or exc})", path=name) from exc


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is allowed), refusing binary data with the offending line."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UnreadableInput("binary file (contains NUL bytes), not text", path=name, line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnreadableInput(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=name,
            line=line,
        ) from exc
    return text


def read_text(path: Path) -> str:
    """Read a UTF-8 text file; an empty (or whitespace-only) file is an error too."""
    text = decode_text(read_bytes(path), str(path))
    if not text.strip():
        raise UnreadableInput("file is empty", path=str(path))
    return text


def _target_mode(path: Path) -> int:
    """Keep an existing file's mode; new files get the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, data: bytes | str, *, create_parents: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename.

    Readers see either the old file or the complete new one, never a half-written file, and
    an exception while writing leaves the old file (or no file) in place. A symlink is
    followed (its target is replaced, the link kept); a target that is not a regular file
    (``/dev/null``, a FIFO, ``>(process substitution)``) is written through, never replaced.
    Missing parent folders are an error unless ``create_parents`` (``quiz build --out``).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = os.stat(path).st_mode  # follows symlinks
    except FileNotFoundError:
        mode = None
    except NotADirectoryError as exc:
        raise NotADirectoryError(
            exc.errno, "a parent of this path is a file, not a folder"
        ) from exc
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "wb") as handle:  # a device or pipe: there is nothing to replace
            handle.write(payload)
        return
    if path.is_symlink():
        path = path.resolve()
    if create_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        problem = "is not a folder" if path.parent.exists() else "does not exist"
        raise FileNotFoundError(2, f"the folder {path.parent} {problem}")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp_name, _target_mode(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
