"""Where briefings are, and how paths are shown: light enough for every start.

The reader's warm start imports this and never the checker (`content`,
`folder`, PyYAML): a warm open parses no YAML, so it should not load it.
"""

from __future__ import annotations

import difflib
import os
import shlex
import stat
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import UsageError
from briefing.files.filekinds import (
    Trouble,
    folder_trouble,
    has_undecodable,
    path_text,
    stat_trouble,
)
from briefing.files.reasons import os_reason
from briefing.records.text import visible_line

YAML_SUFFIXES = (".yaml", ".yml")
#: The folder for indexes, instead of the user's cache folder.
INDEX_DIR_ENV = "BRIEFING_INDEX_DIR"


def bundled_content_dir() -> Path:
    """The bundled briefings: inside the installed package, or the repository's."""
    package = Path(__file__).resolve().parent.parent  # briefing/
    installed = package / "_content"
    return installed if installed.is_dir() else package.parent / "content"


def schema_file() -> Path:
    """The format's JSON Schema, for editors: inside the installed package, or docs/."""
    return _shipped_doc("briefing.schema.json")


def guide_file() -> Path:
    """docs/format.md, the format's guide for authors: in the installed package, or docs/."""
    return _shipped_doc("format.md")


def _shipped_doc(name: str) -> Path:
    package = Path(__file__).resolve().parent.parent  # briefing/
    installed = package / "_docs" / name
    return installed if installed.is_file() else package.parent / "docs" / name


def holds_yaml(folder: Path) -> bool:
    """Whether `folder` holds a `*.yaml` or `*.yml` entry (False when it cannot be listed)."""
    try:
        return bool(yaml_files(folder))
    except OSError:
        return False


def yaml_files(folder: Path) -> list[Path]:
    """Every entry of `folder` named `*.yaml` or `*.yml`, in name order, whatever it is.

    Not only regular files: a broken link, a named pipe or a folder so named
    is listed too, so that the checker says why it was not read instead of
    passing over it. Hidden names are not: as in a shell's glob, `*` does
    not match a leading dot, and an editor's lock or swap file
    (`.#briefing.yaml`, a link to nowhere while Emacs edits the file) is no
    part of the briefing. Raises OSError when the folder cannot be listed.
    """
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries if is_briefing_file_name(entry.name)]
    return [folder / name for name in sorted(names)]


def is_briefing_file_name(name: str) -> bool:
    """Whether a briefing folder's entry `name` is one of its YAML files (`*.yaml`, `*.yml`)."""
    return not name.startswith(".") and _is_yaml_name(name)


@dataclass(frozen=True, slots=True)
class FolderEntry:
    """A folder of a content directory, and why it is refused (None: it is not)."""

    path: Path
    trouble: Trouble | None = None


def briefing_folders(path: Path) -> list[Path]:
    """`path` itself when it is a briefing folder, else each folder inside it.

    Symlinked folders are followed; links that do not lead to a folder (or
    lead back up to a folder that holds them) are left out here, so nothing
    that walks these folders can loop: `content_folders` names them.
    """
    return [entry.path for entry in content_folders(path) if entry.trouble is None]


def content_folders(path: Path) -> list[FolderEntry]:
    """`path` itself when it is a briefing folder, else each folder inside it.

    A briefing folder holds a `*.yaml` file; a folder with none and no folders
    either is checked as one too, so that its odd entries (a broken link named
    `x.yaml`) or its emptiness are reported. Hidden folders and `__pycache__`
    are not briefings and are passed over.

    A symbolic link among the folders is followed when it leads to a folder;
    one that does not (broken, a loop, a link to a file), or that leads back to
    the content directory or above it, comes with its `Trouble`. Raises
    UsageError when `path` itself cannot be used.
    """
    usable_folder(path)
    try:
        with os.scandir(path) as scanned:
            entries = sorted(scanned, key=lambda entry: entry.name)
    except OSError as exc:
        raise UsageError(f"cannot read the folder {display_path(path)}: {os_reason(exc)}") from exc
    if any(is_briefing_file_name(e.name) and _leads_to_file(e) for e in entries):
        return [FolderEntry(path)]
    top = os.path.realpath(path)
    folders: list[FolderEntry] = []
    for entry in entries:
        if entry.name.startswith((".", "__")):
            continue
        child = path / entry.name
        if not entry.is_symlink():
            if _leads_to_folder(entry):
                folders.append(FolderEntry(child))
            continue
        trouble = folder_trouble(child)
        if trouble is None and _holds(os.path.realpath(child), top):
            trouble = Trouble(
                "link-loop",
                "is a symbolic link back to the content directory or a folder above it",
                "link to a briefing folder instead, or remove the link",
            )
        folders.append(FolderEntry(child, trouble))
    return folders or [FolderEntry(path)]


def usable_folder(path: Path) -> None:
    """Raise UsageError, in one line, unless `path` leads to a folder.

    With one stat: a command checks its path with this before it waits or
    starts anything, rather than listing a content directory twice.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        trouble = stat_trouble(path, exc)
        if trouble is not None:
            raise UsageError(f"{display_path(path)} {trouble.predicate}") from exc
        if isinstance(exc, FileNotFoundError):
            raise UsageError(
                f"no such file or folder: {display_path(path)}{_nearest_said(path)}"
            ) from exc
        raise UsageError(f"cannot use {display_path(path)}: {os_reason(exc)}") from exc
    if not stat.S_ISDIR(mode):
        folder = f" (give a briefing folder or a content directory{its_folder_said(path)})"
        raise UsageError(f"not a folder: {display_path(path)}{folder}")


def readable_folder(path: Path) -> None:
    """Raise UsageError, in one line, unless the folder `path` can be listed.

    For the reader, before it takes the terminal: it lists the folder only in
    its index worker, and a folder without permission showed an error screen
    in place of the library, then exited 0 (a demanding user's trial).
    """
    try:
        with os.scandir(path):
            pass
    except OSError as exc:
        raise UsageError(f"cannot read the folder {display_path(path)}: {os_reason(exc)}") from exc


def _nearest_said(path: Path) -> str:
    """ "; did you mean …?" for a path with a typo in its last existing step, or ""."""
    nearest = nearest_path(path)
    return f"; did you mean {display_path(nearest)}?" if nearest is not None else ""


def nearest_path(path: Path) -> Path | None:
    """The existing folder nearest to `path`, a typo in its last existing step, or None.

    Only folders: every command takes a briefing folder or a content
    directory, and the file an export wrote beside one (`harbour-strike.md`)
    is nearest to its name typed alone: naming it sent the author from one
    refusal ("not a folder") to another (an author's trial).
    """
    missing = Path(path)
    while not missing.parent.exists() and missing.parent != missing:
        missing = missing.parent
    try:
        with os.scandir(missing.parent) as entries:
            names = [entry.name for entry in entries if entry.is_dir()]
    except OSError:
        return None
    # Every close name, not difflib's best few: among equal scores it keeps the
    # names it sorts last, so in a library of hundreds lib/b001 was offered
    # lib/b0071, never lib/b0001 (a demanding user's trial).
    close = difflib.get_close_matches(missing.name, names, n=max(1, len(names)), cutoff=0.75)
    if not close:
        return None
    # The fewest keys away first: difflib's equal scores put lib/b0201 before
    # lib/b0001 for lib/b00O1 (a new user's trial).
    return missing.parent / min(close, key=lambda name: (keys_away(missing.name, name), name))


def keys_away(typed: str, name: str) -> int:
    """How many characters to add, drop or change to make `name` of `typed`."""
    row = list(range(len(name) + 1))
    for i, a in enumerate(typed, 1):
        diagonal, row[0] = row[0], i
        for j, b in enumerate(name, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (a != b))
    return row[-1]


def its_folder_said(path: Path) -> str:
    """For a file of a briefing (`briefing.yaml`): its folder, which is what is wanted."""
    if not _is_yaml_name(path.name):
        return ""
    return f": {display_path(path.parent)}, the folder this file is in"


def _holds(folder: str, inner: str) -> bool:
    """True when `folder` is `inner` or one of the folders above it (real paths)."""
    return inner == folder or inner.startswith(folder.rstrip(os.sep) + os.sep)


def _is_yaml_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in YAML_SUFFIXES


def _leads_to_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a loop, or a name the file system cannot stat
        return False


def _leads_to_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def os_reason_at(exc: OSError) -> str:
    """`Permission denied: content/b`: the reason, and the file it is about."""
    where = f": {display_path(Path(exc.filename))}" if exc.filename else ""
    return f"{os_reason(exc)}{where}"


def shell_argument(path: Path) -> str:
    """`path` as an argument of a command to paste in a shell: relative where it
    can be, quoted where it must be, never read as an option (`./-draft`)."""
    raw = _relative_text(path)
    if raw.startswith("-"):
        raw = "./" + raw
    if has_undecodable(raw):  # 'caf\xe9' names no file in a shell: $'caf\xe9' does
        return ansi_c_quoted(raw)
    return shlex.quote(visible_line(path_text(raw)))


def ansi_c_quoted(text: str) -> str:
    """`text` in a shell's $'...' quotes: each byte that is not UTF-8 (and each
    character that cannot be shown) as `\\xNN`, which bash, zsh and ksh read back
    to the same bytes."""
    out = []
    for char in text:
        if "\udc80" <= char <= "\udcff":
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif char in "'\\":
            out.append("\\" + char)
        elif char.isprintable() and visible_line(char) == char:
            out.append(char)
        else:
            out.extend(f"\\x{byte:02x}" for byte in char.encode("utf-8"))
    return "$'" + "".join(out) + "'"


def display_path(path: Path) -> str:
    """`path` relative to the current directory where it can be, printable.

    Not from the root: `cd / && briefing check /tmp/b` said `tmp/b/…`, which
    reads as a path somewhere else (an author's trial). Bytes of a name that
    are not UTF-8 are shown escaped (`\\xff`).
    """
    return path_text(_relative_text(path))


def _relative_text(path: Path) -> str:
    """`path` relative to the current directory where it can be (display_path),
    as Python has it: bytes that are not UTF-8 still lone surrogates."""
    try:
        here = os.getcwd()
        relative = os.path.relpath(path, here)
    except (ValueError, OSError):  # another drive; a working directory gone
        return os.fspath(path)
    if relative.startswith("..") or os.path.dirname(here) == here:
        return os.fspath(path)
    return relative
