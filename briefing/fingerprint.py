"""Whether content changed since the index was built: stat first, hash if needed.

A file whose size and mtime are unchanged is taken as unchanged. One whose
stat changed is hashed: the same sha256 means it was only touched (the index
is kept and its fingerprint refreshed); another means it changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from briefing.locations import briefing_folders


@dataclass(frozen=True, slots=True)
class FileStamp:
    path: str
    size: int
    mtime_ns: int
    sha256: str

    def to_json(self) -> list[object]:
        return [self.path, self.size, self.mtime_ns, self.sha256]

    @classmethod
    def from_json(cls, data: list[object]) -> FileStamp:
        path, size, mtime_ns, sha256 = data
        return cls(str(path), int(size), int(mtime_ns), str(sha256))  # type: ignore[call-overload]


def content_files(content: Path) -> list[Path]:
    """Every file that can change what a briefing under `content` says."""
    files: list[Path] = []
    for folder in briefing_folders(content):
        files.extend(
            p
            for p in folder.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        )
    return sorted(files)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Comparison:
    changed: bool
    #: the current stamps (hashes reused from `previous` where the stat matched)
    stamps: list[FileStamp]
    #: True when only mtimes moved: the stored stamps should be refreshed
    touched: bool = False


def compare(content: Path, previous: list[FileStamp] | None) -> Comparison:
    """Stamp the content's files, hashing only those whose stat changed."""
    known = {stamp.path: stamp for stamp in previous or ()}
    stamps: list[FileStamp] = []
    changed = previous is None
    touched = False
    for path in content_files(content):
        name = path.relative_to(content).as_posix()
        stat = path.stat()
        old = known.get(name)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            stamps.append(old)
            continue
        digest = _sha256(path)
        stamps.append(FileStamp(name, stat.st_size, stat.st_mtime_ns, digest))
        if old is None or old.sha256 != digest:
            changed = True
        else:
            touched = True
    if previous is not None and {s.path for s in stamps} != set(known):
        changed = True  # a file was added or removed
    return Comparison(changed, stamps, touched and not changed)
