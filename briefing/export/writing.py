"""Writing an export to disk without ever replacing a file that is not ours.

A file an export writes starts with a mark of its own (the Markdown comment
`MARKDOWN_MARK`, the text export's first line `TEXT_MARK`, or JSON whose
first key is our `generator`); a folder of
CSV files holds a `.briefing-export` file. An existing target is replaced
only when it bears that mark, and has not been edited since (`seal`: the
mark holds the digest of the file's text; the folder's mark, its files'):
exporting again to the same place works, and a user's own `notes.md`, an
export the user added to, a symlink, a folder, a FIFO or a device given as
the target is refused with one line (exit 2), never renamed or replaced.
There is deliberately no `--force`: to reuse that name, the user removes
the file themself.

Each file is written whole to a temporary file beside it, flushed to disk
and moved into place (`os.replace`), so a reader of it never sees half.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from briefing.errors import UsageError
from briefing.export.inert import MARKDOWN_MARK_START, TEXT_MARK_START, json_text
from briefing.export.result import Export
from briefing.export.seal import (
    AS_WRITTEN,
    EDITED,
    UNSEALED_EXPORT,
    digest,
    digest_of,
    seal_kept,
)
from briefing.files.atomic import write_atomically
from briefing.files.locations import display_path

#: The file that marks a folder of CSV files as written by an export: this
#: line, then a line per file, its digest and its name (while an export writes
#: the files, two lines for a file: its digest before and after).
FOLDER_MARK = ".briefing-export"
FOLDER_MARK_TEXT = "written by briefing export: its .csv files are a copy, safe to write again\n"
_JSON_MARK = json_text({}).split('"briefing export"')[0] + '"briefing export"'
_MARKS = (MARKDOWN_MARK_START, TEXT_MARK_START, _JSON_MARK)
_PEEK = 512
#: Largest folder mark read: a line for each of a few files.
_FOLDER_MARK_MAX = 16 * 1024
#: Why an export found at the target is left as it is, by what its seal says.
_KEPT = {
    EDITED: "{where} was written by briefing export, and edited since: it is left as it is "
    "(choose another name, or remove it yourself)",
    UNSEALED_EXPORT: "{where} was written by an older briefing export, which kept no digest "
    "to tell whether it was edited since: it is left as it is (choose another name, or "
    "remove it yourself)",
}


def write_export(exported: Export, target: Path) -> list[Path]:
    """Write `exported` at `target` (a file, or for a folder export a folder); the
    paths written. UsageError, before anything is written, when `target` is not
    ours; UsageError too, in words, when the system refuses a write (a
    read-only folder, a full disk): no file is left half-written."""
    try:
        if exported.folder:
            return _write_folder(exported.files, target)
        _check_file_target(target)
        _write(target, exported.text)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(f"cannot write {display_path(target)}: {reason.lower()}") from exc
    return [target]


def is_ours(path: Path) -> bool:
    """Whether `path` is a regular file (not a link) that an export wrote."""
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    try:
        with path.open("rb") as handle:
            start = handle.read(_PEEK).decode("utf-8", errors="replace")
    except OSError:
        return False
    return start.startswith(_MARKS)


def _kept_why(path: Path) -> str | None:
    """Why the export at `path` (`is_ours`) may not be written over (`_KEPT`'s
    key), or None: it is as it was written."""
    handle = _regular_file(path)
    if handle is None:
        return EDITED  # not known to be as written: kept
    with handle:
        try:
            found = seal_kept(handle, _PEEK)
        except OSError:
            return EDITED
    return None if found == AS_WRITTEN else found


def _file_digest(path: Path) -> str | None:
    """The digest of the regular file at `path`; None for anything else, or unreadable."""
    handle = _regular_file(path)
    if handle is None:
        return None
    with handle:
        try:
            return digest_of(handle)
        except OSError:
            return None


def _regular_file(path: Path) -> BinaryIO | None:
    """`path` opened to be read, when it is a regular file; else None.

    No link is followed and a FIFO is not waited on: a link, a named pipe or a
    device found where an export's file was is not the file it wrote. (A FIFO
    in a CSV folder made the next export wait for a writer that never came.)
    """
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name-2`, `name-3` ... : the first that is free, or an
    export that may be written again."""
    stem, dot, suffix = name.partition(".")
    candidate = folder / name
    number = 1
    while _exists(candidate) and not _reusable(candidate):
        number += 1
        candidate = folder / f"{stem}-{number}{dot}{suffix}"
    return candidate


def _reusable(path: Path) -> bool:
    if is_ours(path):
        return _kept_why(path) is None
    return _folder_digests(path) is not None and _folder_edited(path) is None


def _exists(path: Path) -> bool:
    try:
        path.lstat()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return True


def _not_a_folder(path: Path) -> str:
    """Why `path` cannot hold what is written: "is not a folder" said of one that
    does not exist misled (a trial of scripts and CI)."""
    said = display_path(path)
    return f"{said} is not a folder" if os.path.lexists(path) else f"{said} does not exist"


def _check_file_target(target: Path) -> None:
    where = display_path(target)
    if not target.parent.is_dir():
        raise UsageError(f"{_not_a_folder(target.parent)}: cannot write {where}")
    if not _exists(target):
        return
    if _is_our_folder(target):
        raise UsageError(
            f"{where} is a folder briefing export wrote (csv); this format writes a file: "
            "choose a file name"
        )
    if not is_ours(target):
        raise UsageError(
            f"{where} exists and was not written by briefing export: it is left as it is "
            "(choose another name, or remove it yourself)"
        )
    why = _kept_why(target)
    if why is not None:
        raise UsageError(_KEPT[why].format(where=where))
    if not os.access(target, os.W_OK):
        raise UsageError(f"{where} is read-only: it is left as it is")


def _is_our_folder(path: Path) -> bool:
    return _folder_digests(path) is not None


def _folder_digests(path: Path) -> dict[str, set[str]] | None:
    """The digests each file an export wrote in the folder `path` may have, by
    name (none for an export made before they were kept); None: not such a folder."""
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    mark = path / FOLDER_MARK
    try:
        mark_info = mark.lstat()
        if not stat.S_ISREG(mark_info.st_mode) or mark_info.st_size > _FOLDER_MARK_MAX:
            return None
        text = mark.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.startswith(FOLDER_MARK_TEXT):
        return None
    digests: dict[str, set[str]] = {}
    for line in text[len(FOLDER_MARK_TEXT) :].splitlines():
        kept, _, name = line.partition("  ")
        digests.setdefault(name, set()).add(kept)
    return digests


def _folder_mark(*digests: Mapping[str, set[str]]) -> str:
    """The text of a folder's mark that lists `digests` (each file's, by name)."""
    lines = (
        f"{kept}  {name}\n" for each in digests for name in each for kept in sorted(each[name])
    )
    return FOLDER_MARK_TEXT + "".join(dict.fromkeys(lines))


def _folder_edited(folder: Path) -> tuple[Path, str] | None:
    """The first file an export wrote in `folder` that may have changed since, and
    why (`_KEPT`'s key); None: every one is as it was written."""
    digests = _folder_digests(folder) or {}
    if not digests:  # a mark of an export made before they were kept
        return folder, UNSEALED_EXPORT
    for name, kept in digests.items():
        path = folder / name
        if not _plain_name(name) or not _exists(path):
            continue
        if _file_digest(path) not in kept:
            return path, EDITED
    return None


def _plain_name(name: str) -> bool:
    """Whether `name`, read from a folder's mark, names a file in that folder itself."""
    return name not in ("", ".", "..") and "/" not in name and "\0" not in name


def _write_folder(files: dict[str, str], folder: Path) -> list[Path]:
    where = display_path(folder)
    if not folder.parent.is_dir():
        raise UsageError(f"{_not_a_folder(folder.parent)}: cannot write {where}")
    if is_ours(folder):
        raise UsageError(
            f"{where} is a file briefing export wrote; csv writes a folder: choose a folder name"
        )
    if _exists(folder) and not _is_our_folder(folder):
        empty_folder = folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir())
        if not empty_folder:
            raise UsageError(
                f"{where} exists and was not written by briefing export: it is left as it is "
                "(choose a new folder name, or an empty folder)"
            )
    for name in files:
        path = folder / name
        if _exists(path) and not (path.is_file() and not path.is_symlink()):
            raise UsageError(f"{display_path(path)} is not a plain file: it is left as it is")
    edited = _folder_edited(folder) if _is_our_folder(folder) else None
    if edited is not None:
        path, why = edited
        raise UsageError(_KEPT[why].format(where=display_path(path)))
    before = _folder_digests(folder) or {}
    after = {name: {digest(text.encode("utf-8"))} for name, text in files.items()}
    folder.mkdir(parents=False, exist_ok=True)
    # Until every file is written, the mark holds their digests before as well as
    # after: an export stopped half-way (a full disk) left files the mark did not
    # know, and the folder was refused as edited by the user from then on.
    _write(folder / FOLDER_MARK, _folder_mark(before, after))
    written = []
    for name, text in files.items():
        _write(folder / name, text)
        written.append(folder / name)
    _write(folder / FOLDER_MARK, _folder_mark(after))
    return written


def _write(path: Path, text: str) -> None:
    write_atomically(path, [text.encode("utf-8")])
