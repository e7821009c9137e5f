"""The files inside a zip archive, as the importer reads them (an app's bulk export).

A runner's export is often one zip file. Its files are read as if they were in
a folder named after the archive ("export.zip/activities/run.fit"), in name
order; folders and hidden files (names starting with a dot, and macOS's
``__MACOSX`` folder) are left out. A damaged archive, or a damaged file in it,
is skipped with the reason. The book's engine reads zips the same way
(``widgets/bookext/js/log-zip.js``).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from widgets.training_log.records import Problem

DAMAGED_ARCHIVE = "the zip file is damaged or cut off"
DAMAGED_MEMBER = "damaged in the zip file (it does not unpack)"
UNKNOWN_METHOD = "packed in the zip file in a way this reader does not know"


def is_zip(name: str) -> bool:
    """Whether a file's name says it is a zip archive.

    Parameters
    ----------
    name : str
        The file's name or path.

    Returns
    -------
    bool
        True for a name ending in ".zip" (any case).
    """
    return name.lower().endswith(".zip")


def _hidden(member: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in member.split("/"))


def zip_members(name: str, content, limit_bytes: int, result) -> list[tuple[str, object]]:
    """(name, bytes) of each file in the archive; problems go into ``result``.

    Parameters
    ----------
    name : str
        The archive's name, the start of each member's name.
    content : bytes or pathlib.Path
        The archive.
    limit_bytes : int
        Members bigger than this (unpacked) are skipped with a reason.
    result : ImportResult
        Receives what was skipped and a note on hidden files.

    Returns
    -------
    list of tuple
        ``(f"{name}/{member}", bytes)`` per file to read, in name order.
    """
    data = content.read_bytes() if isinstance(content, Path) else content
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        result.skipped.append(Problem(name, DAMAGED_ARCHIVE))
        return []
    items: list[tuple[str, object]] = []
    hidden = 0
    for info in infos:
        if _hidden(info.filename):
            hidden += 1
            continue
        member = f"{name}/{info.filename}"
        if info.file_size > limit_bytes:
            result.skipped.append(
                Problem(member, f"larger than {limit_bytes // (1024 * 1024)} MB: not read")
            )
            continue
        try:
            items.append((member, archive.read(info)))
        except NotImplementedError:
            result.skipped.append(Problem(member, UNKNOWN_METHOD))
        except RuntimeError:  # encrypted: it needs a password
            result.skipped.append(Problem(member, UNKNOWN_METHOD))
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
            result.skipped.append(Problem(member, DAMAGED_MEMBER))
    if hidden:
        result.notes.append(
            Problem(name, f"{hidden} hidden files not read (names starting with a dot)")
        )
    return items
