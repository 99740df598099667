"""Rewrite a ZIP archive so that its bytes depend on its contents only.

xlsx and apkg files are ZIP archives, and the libraries that write them stamp every entry
with the current time (and the host OS). Re-packing the entries in the same order with a
fixed date, fixed permissions and a fixed "made by" system makes the same export produce
the same bytes on every run, which is what ``--seed`` promises.
"""

from __future__ import annotations

import io
import zipfile

#: The earliest date a ZIP entry can carry; used for every entry.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_UNIX = 3
_FILE_MODE = 0o100644 << 16


def normalize_zip(data: bytes) -> bytes:
    """The archive ``data`` re-packed with fixed entry metadata (same names, same order)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(entry.filename, source.read(entry)) for entry in source.infolist()]
    return zip_entries(entries)


def zip_entries(entries: list[tuple[str, bytes]]) -> bytes:
    """A deterministic ZIP archive holding ``entries`` (name, content) in that order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = _FILE_MODE
            target.writestr(info, content, compresslevel=6)
    return out.getvalue()
