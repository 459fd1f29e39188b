"""The catalogue of a content directory, and the folder of briefing files beside it.

The catalogue (the index file: `--index FILE`, or one per content directory
in the cache folder) holds a row per folder of the content (briefing.index.rows)
and a `meta` table (index format, briefing's version). Each folder's records
are in a file of their own, in the folder `FILE.briefings` beside it.

That folder is ours when it is missing, empty, or holds the marker file
`.briefing_index` (written when the folder is made: a catalogue without
tables). Anything else at that name is never written into, and a file in it
is read, replaced or deleted only when it begins with the index's marker.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from briefing.index.codec import IndexShapeError
from briefing.index.records_file import is_file_name
from briefing.index.rows import FolderRow
from briefing.index.storage import MARKER, NotAnIndex, index_file, write_atomically
from briefing.index.tables import BUILT_BY, INDEX_FORMAT, Row, TableFile, one_row, rows

ROWS, META = "briefings", "meta"
FOLDER_MARKER = ".briefing_index"
_TEMPORARY = re.compile(r"\.[0-9a-f]{16}\.json\.[0-9]+(?:-[0-9a-f]{12})?\.tmp")
_MARKER_TEMPORARY = re.compile(re.escape(f".{FOLDER_MARKER}.") + r"[0-9]+(?:-[0-9a-f]{12})?\.tmp")


def files_folder(catalogue: Path) -> Path:
    """Where the briefing files of the catalogue `catalogue` are: a folder named after it."""
    return catalogue.with_name(catalogue.name + ".briefings")


def read_catalogue(path: Path, content: Path) -> list[FolderRow] | None:
    """The rows of the catalogue at `path`, of the content directory `content`.

    None when there is none, or one of another version of briefing.

    Raises NotAnIndex for a file that is not ours, IndexUnreadable or
    IndexShapeError for one of ours that is damaged.
    """
    source = TableFile(path)
    try:
        data = source.read()
    finally:
        source.close()
    if data is None:
        return None
    try:
        meta = one_row(data, META)
    except IndexShapeError:
        raise IndexShapeError("no meta record") from None
    if not isinstance(meta.get("format"), int):
        raise IndexShapeError("meta record of another shape")
    if meta["format"] > INDEX_FORMAT:
        raise IndexShapeError(f"written by a newer briefing (index format {meta['format']})")
    if meta["format"] != INDEX_FORMAT or meta.get("briefing_version") != BUILT_BY:
        return None  # another version of briefing wrote it: rebuilt quietly
    found = [FolderRow(row, content) for row in rows(data, ROWS)]
    if len({row.folder for row in found}) != len(found):
        raise IndexShapeError("a folder listed twice")
    return found


def write_catalogue(path: Path, folder_rows: list[Row]) -> None:
    target = TableFile(path)
    target.write({META: [{"format": INDEX_FORMAT, "briefing_version": BUILT_BY}],
                  ROWS: folder_rows})  # fmt: skip
    target.close()


def check_files_folder(folder: Path) -> bool:
    """Whether the folder of briefing files exists; NotAnIndex when it is not ours.

    OSError when it cannot be looked at (the index then works from memory).
    """
    try:
        mode = os.stat(folder).st_mode
    except (FileNotFoundError, NotADirectoryError):
        if os.path.islink(folder):
            raise NotAnIndex("a symlink to nothing") from None
        return False
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAnIndex("a symlink loop") from exc
        raise
    if not stat.S_ISDIR(mode):
        raise NotAnIndex("not a folder")
    marker = folder / FOLDER_MARKER
    if os.path.lexists(marker):
        index_file(marker)  # NotAnIndex unless it is our marker
        return True
    with os.scandir(folder) as entries:
        # Empty, or only the marker being written (by another process, now).
        names = [entry.name for entry in entries]
    if any(not _MARKER_TEMPORARY.fullmatch(name) for name in names):
        raise NotAnIndex(f"a folder of files briefing did not write (no {FOLDER_MARKER})")
    return True


def claim_files_folder(folder: Path) -> None:
    """Make the folder of briefing files ours (it exists empty, or not at all).

    A new folder is made with its marker under a temporary name and renamed
    into place, so that another process never sees it without the marker.
    """
    marker = folder / FOLDER_MARKER
    if marker.exists():
        return
    if folder.exists():  # empty (check_files_folder said so): the marker goes in
        write_atomically(marker, [MARKER, b"}"])
        return
    for stale in _temporary_folders(folder):
        with contextlib.suppress(OSError):  # ours: a marker at most
            (stale / FOLDER_MARKER).unlink(missing_ok=True)
            stale.rmdir()
    temporary = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    temporary.mkdir()
    try:
        write_atomically(temporary / FOLDER_MARKER, [MARKER, b"}"])
        os.rename(temporary, folder)
    except BaseException:
        with contextlib.suppress(OSError):
            (temporary / FOLDER_MARKER).unlink(missing_ok=True)
            temporary.rmdir()
        raise


def _temporary_folders(folder: Path) -> list[Path]:
    """Folders of briefing files left half made by a process that was killed."""
    pattern = re.compile(re.escape(f".{folder.name}.") + r"[0-9]+\.tmp")
    with os.scandir(folder.parent) as entries:
        return [Path(e.path) for e in entries if pattern.fullmatch(e.name) and e.is_dir()]


def unreferenced_files(folder: Path, referenced: set[str]) -> list[Path]:
    """Briefing files in `folder` that no row names (a folder removed): ours only."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if is_file_name(entry.name) and entry.name not in referenced:
                try:
                    index_file(Path(entry.path))
                except (NotAnIndex, OSError):
                    continue  # not ours, or gone: left as it is
                found.append(Path(entry.path))
    return sorted(found)


def stale_temporary_files(folder: Path) -> list[Path]:
    """Temporary files left in `folder` by writes of briefing files that were killed."""
    with os.scandir(folder) as entries:
        return sorted(Path(e.path) for e in entries if _TEMPORARY.fullmatch(e.name))
