"""Whether content changed since the index was built: stat first, hash if needed.

A file whose size, mtime and ctime are unchanged is taken as unchanged. One
whose stat changed is hashed: the same sha256 means it was only touched (the
index is kept and its fingerprint refreshed); another means it changed.

The ctime is there because an mtime can be set back: a file restored by
`cp -p`, `rsync -t` or `tar`, or edited and `touch -d`'d, may keep the size
and mtime of the text the index was built from, and the reader would show
words its source no longer holds. No tool sets a ctime: any write moves it.

Work is bounded and every entry gets a stamp: a file over MAX_HASHED_BYTES
(the largest the checker reads) is stamped by its stat alone, and whatever
is not a regular file (a FIFO, a device, a broken symlink, a loop, a folder
that cannot be read) by what `lstat`/`stat` can tell, so a change to it is
still noticed. Nothing but a regular file is ever opened: a FIFO would block.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from briefing.files.locations import FolderEntry, content_folders
from briefing.files.reasons import os_reason

#: Largest file hashed, in bytes: the checker reads no more of a YAML file
#: (yamlsafe.MAX_BYTES) or of a source text (source_texts.MAX_TEXT_BYTES).
MAX_HASHED_BYTES = 64 * 1024 * 1024

#: What a stamp stamps. Only a FILE has a digest; a LARGE file (over the cap)
#: is known by its stat alone, a LINK that does not lead to a file by its target.
FILE, LARGE, LINK, UNREADABLE, FOLDER, OTHER = (
    "file",
    "large",
    "link",
    "unreadable",
    "folder",
    "other",
)


class FileStamp(NamedTuple):
    """What the index knows of one entry of the content.

    A tuple (not a dataclass): a warm open of a thousand briefings makes
    16,000 of them, and a tuple is made in a fifth of the time.
    """

    #: relative to the content directory, `/`-separated, as named (not resolved)
    path: str
    kind: str
    size: int
    mtime_ns: int
    #: a symlink's target, or why an entry cannot be read; else ""
    detail: str
    #: sha256 of a FILE's bytes; else ""
    sha256: str
    #: a FILE's or LARGE file's ctime (no tool sets it back); else 0
    ctime_ns: int = 0

    def to_json(self) -> list[object]:
        return list(self)

    @classmethod
    def from_json(cls, data: object) -> FileStamp:
        """A stamp back from `to_json`; ValueError when it is of another shape."""
        if type(data) is not list or len(data) != 7:
            raise ValueError("a stamp of another shape")
        path, kind, size, mtime_ns, detail, sha256, ctime_ns = data
        # Checked one by one: a warm open of a thousand briefings reads 8,000 stamps.
        if (
            type(path) is not str
            or type(kind) is not str
            or type(size) is not int
            or type(mtime_ns) is not int
            or type(detail) is not str
            or type(sha256) is not str
            or type(ctime_ns) is not int
        ):
            raise ValueError("a stamp of another shape")
        return cls._make(data)

    @property
    def stat_key(self) -> tuple[str, int, int, str, int]:
        """Everything but the digest: what a stat tells, without reading the file."""
        return (self.kind, self.size, self.mtime_ns, self.detail, self.ctime_ns)

    @property
    def bytes_key(self) -> tuple[str, str, int, str, str]:
        """Everything but the mtime: what the checker's result depends on."""
        return (self.path, self.kind, self.size, self.detail, self.sha256)


def content_digest(stamps: list[FileStamp]) -> str:
    """One digest of what `stamps` say the files hold, mtimes left out (a touch keeps it)."""
    digest = hashlib.sha256()
    for stamp in stamps:
        for part in stamp.bytes_key:
            digest.update(os.fsencode(str(part)) + b"\0")
    return digest.hexdigest()[:32]


def folder_path(folder: Path, content: Path) -> str:
    """Where a briefing folder is, relative to the content directory, `/`-separated.

    As named, symlinks not resolved; "." for the content directory itself.
    """
    relative = os.path.relpath(os.path.abspath(folder), os.path.abspath(content))
    return Path(relative).as_posix()


def folder_name(folder: Path, content: Path) -> str:
    """How a briefing folder is named in the index and the library.

    Its path under the content directory as given, symlinks not resolved (a
    linked folder may live anywhere); its own name when it is the content
    directory itself (`briefing list content/one`) or lies outside it.
    """
    absolute = os.path.abspath(folder)
    relative = os.path.relpath(absolute, os.path.abspath(content))
    if relative == os.curdir or relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return os.path.basename(absolute) or absolute
    return Path(relative).as_posix()


class Entry(NamedTuple):
    #: relative to the content directory, `/`-separated, as named (not resolved)
    name: str
    #: where it is, as an OS path (a str: a Path per entry cost a third of a warm open)
    path: str


@dataclass(frozen=True)
class FolderEntries:
    """One folder of a content directory and every entry that can change what it says."""

    #: as `folder_name` names it: the key of everything the index keeps of it
    name: str
    folder: FolderEntry
    #: the folder itself first, then what is inside it, by name
    entries: list[Entry]


def folder_entries(content: Path) -> list[FolderEntries]:
    """Each briefing folder of `content` (in `content_folders`' order), with its entries.

    The folder itself (refused ones too: a broken link that appears or goes
    changes what `list` says) and everything inside it but hidden names.
    Symlinks to folders inside a briefing folder are stamped, not followed:
    the checker reads no source text outside its folder.
    """
    return [with_entries(name, listed) for name, listed in named_folders(content)]


def named_folders(content: Path) -> list[tuple[str, FolderEntry]]:
    """Each briefing folder of `content`, in `content_folders`' order, with its name."""
    named = []
    top = os.fspath(content)
    for listed in content_folders(content):
        name = listed.path.name
        if os.fspath(listed.path) != os.path.join(top, name):  # the content itself
            name = folder_name(listed.path, content)
        named.append((name, listed))
    return named


def with_entries(name: str, listed: FolderEntry) -> FolderEntries:
    """The folder `listed`, named `name`, with every entry inside it."""
    entry = Entry(name, os.fspath(listed.path))
    entries = [entry]
    if listed.trouble is None:  # a refused link is stamped as a link, never walked
        entries.extend(sorted(_inside(entry)))
    return FolderEntries(name, listed, entries)


def _inside(top: Entry) -> list[Entry]:
    entries: list[Entry] = []
    pending = [top]
    while pending:  # a stack, not recursion: folders may nest deeper than Python does
        prefix, current = pending.pop()
        found: list[Entry] = []
        try:
            with os.scandir(current) as listing:
                for child in listing:
                    if child.name.startswith("."):
                        continue
                    entry = Entry(f"{prefix}/{child.name}", child.path)
                    found.append(entry)
                    if _is_folder(child):
                        pending.append(entry)
        except OSError:
            continue  # the folder's own stamp says it cannot be read
        entries.extend(found)
    return entries


def content_entries(content: Path) -> list[Entry]:
    """Every entry that can change what a briefing under `content` says, by name."""
    return sorted(entry for folder in folder_entries(content) for entry in folder.entries)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def stat_stamp(name: str, path: str) -> FileStamp:
    """The stamp of `path` from `lstat` and `stat` alone (a FILE's digest left empty)."""
    try:
        status = os.lstat(path)
    except OSError as exc:
        return FileStamp(name, UNREADABLE, 0, 0, os_reason(exc), "")
    target = ""
    if stat.S_ISLNK(status.st_mode):
        try:
            target = os.readlink(path)
            status = os.stat(path)
        except OSError as exc:  # broken, a loop, or out of reach: the link is what we know
            detail = f"{target} ({os_reason(exc)})"
            return FileStamp(name, LINK, status.st_size, status.st_mtime_ns, detail, "")
        if not stat.S_ISREG(status.st_mode):
            return FileStamp(name, LINK, 0, 0, target, "")
    mode = status.st_mode
    if stat.S_ISDIR(mode):
        # A folder's mtime moves with every file added or removed: its
        # entries say that. Whether it can be listed is what it adds.
        readable = os.access(path, os.R_OK | os.X_OK)
        return FileStamp(name, FOLDER, 0, 0, "" if readable else "cannot be read", "")
    if not stat.S_ISREG(mode):  # a FIFO, a device, a socket: never opened
        return FileStamp(name, OTHER, 0, status.st_mtime_ns, stat.filemode(mode), "")
    kind = LARGE if status.st_size > MAX_HASHED_BYTES else FILE
    return FileStamp(name, kind, status.st_size, status.st_mtime_ns, target, "", status.st_ctime_ns)


def _hashed(stamp: FileStamp, path: str) -> FileStamp:
    """`stamp` with the sha256 of the file, read to at most MAX_HASHED_BYTES.

    Opened without blocking and checked again once open: a FIFO put in the
    file's place in between is not waited on.
    """
    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        return FileStamp(stamp.path, UNREADABLE, stamp.size, stamp.mtime_ns, os_reason(exc), "")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return FileStamp(stamp.path, OTHER, 0, stamp.mtime_ns, "no longer a file", "")
        left = MAX_HASHED_BYTES
        while left > 0:
            block = os.read(fd, min(left, 1 << 20))
            if not block:
                break
            digest.update(block)
            left -= len(block)
        if left == 0 and os.read(fd, 1):
            return stamp._replace(kind=LARGE)
    except OSError as exc:
        return FileStamp(stamp.path, UNREADABLE, stamp.size, stamp.mtime_ns, os_reason(exc), "")
    finally:
        os.close(fd)
    return stamp._replace(sha256=digest.hexdigest())


def _same_bytes(old: FileStamp, new: FileStamp) -> bool:
    """Both the same file's stamps, with the same target (if a link) and digest."""
    return old.kind == new.kind == FILE and (old.detail, old.sha256) == (new.detail, new.sha256)


@dataclass
class Comparison:
    changed: bool
    #: the current stamps (hashes reused from `previous` where the stat matched)
    stamps: list[FileStamp]
    #: True when only mtimes moved: the stored stamps should be refreshed
    touched: bool = False


def compare(entries: list[Entry], previous: list[FileStamp] | None) -> Comparison:
    """Stamp `entries`, hashing only files whose stat changed since `previous`."""
    known = {stamp.path: stamp for stamp in previous or ()}
    stamps: list[FileStamp] = []
    changed = previous is None
    touched = False
    for name, path in entries:
        old = known.get(name)
        if old is not None and _same_file_stat(old, path):
            stamps.append(old)  # the common case, taken without making a stamp
            continue
        stamp = stat_stamp(name, path)
        if old is not None and old.stat_key == stamp.stat_key:
            stamps.append(old)
            continue
        if stamp.kind == FILE:
            stamp = _hashed(stamp, path)
        stamps.append(stamp)
        if old is not None and _same_bytes(old, stamp):
            touched = True  # only the mtime moved
        else:
            changed = True
    if previous is not None and len(stamps) != len(known):
        changed = True  # an entry was added or removed
    return Comparison(changed, stamps, touched and not changed)


def same_by_stat(name: str, path: str, stamps: list[FileStamp]) -> bool:
    """Whether the folder `name` at `path` is as `stamps` say, by its listings and stats alone.

    The common case of a warm open, taken without making an entry or a stamp:
    each folder the stamps name lists exactly the names they say (hidden ones
    aside), and each file has its size and mtime. False does not mean
    changed, only that `compare` must look closer: stamps of anything but
    plain folders and files (links, unreadable entries) always go that way.
    """
    if not stamps or stamps[0].path != name or stamps[0].kind != FOLDER:
        return False
    children: dict[str, set[str]] = {}
    for stamp in stamps:
        if stamp.detail:
            return False
        if stamp.kind == FOLDER:
            children[stamp.path] = set()
        elif stamp.kind != FILE and stamp.kind != LARGE:
            return False
    for stamp in stamps[1:]:
        parent, _, leaf = stamp.path.rpartition("/")
        siblings = children.get(parent)
        if siblings is None:
            return False
        siblings.add(leaf)
    skip = len(name)
    for folder, names in children.items():
        where = path + folder[skip:]
        try:
            if not stat.S_ISDIR(os.lstat(where).st_mode):
                return False
            listed = os.listdir(where)
        except OSError:
            return False
        if len(listed) < len(names) or {n for n in listed if n[0] != "."} != names:
            return False
    return all(
        _same_file_stat(stamp, path + stamp.path[skip:]) for stamp in stamps if stamp.kind != FOLDER
    )


def _same_file_stat(old: FileStamp, path: str) -> bool:
    """Whether `path` is still the regular file (not a link) of `old`'s size, mtime and ctime."""
    if old.kind not in (FILE, LARGE) or old.detail:
        return False
    try:
        status = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISREG(status.st_mode)
        and status.st_size == old.size
        and status.st_mtime_ns == old.mtime_ns
        and status.st_ctime_ns == old.ctime_ns
        and (old.kind == LARGE) == (status.st_size > MAX_HASHED_BYTES)
    )
