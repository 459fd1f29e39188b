"""The index: checked content kept in TinyDB, so the reader opens instantly.

The YAML is read and checked once; the records (display-ready: dates with
their bounds, quotes with their span and paragraph, actors with their counts)
go into a TinyDB file in the user's cache folder, one per content directory.
Later opens read only that file, once. The index is a cache: it may be deleted
at any moment, and it is rebuilt when the content changed (see fingerprint),
when it is damaged, or when it was written by another version of briefing.

Only a file that begins with the index's marker is read past it or replaced
(index_storage); anything else at the index path is refused (UsageError).
A damaged index is set aside, a read-only one left alone, and a rebuild
waits for another process's lock for a bounded time (index_lock); in each
case the index is built in memory and a notice says why.

Tables: `briefings` (one per briefing folder: its summary and problems),
`sources`, `actors`, `events`, `quotes` (records of the briefings that have no
errors), and `meta` (index format, briefing's version, content fingerprints).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir
from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from briefing import __version__
from briefing.errors import UsageError
from briefing.files.locations import display_path
from briefing.index.codec import (
    IndexShapeError,
    briefing_from_json,
    briefing_to_json,
    date_from_json,
    date_to_json,
)
from briefing.index.fingerprint import FileStamp, compare, folder_name, folder_path
from briefing.index.lock import LOCK_WAIT_SECONDS, LockWaitTimeout, index_lock
from briefing.index.storage import (
    AtomicJSONStorage,
    IndexUnreadable,
    NotAnIndex,
    index_file,
    set_aside,
    temporary_files,
    why_unwritable,
)
from briefing.memory import collector_paused
from briefing.present.display import for_display
from briefing.records.dates import DateValue
from briefing.records.model import Briefing
from briefing.records.problems import Problem
from briefing.records.queries import BriefingQueries

#: Bumped whenever what the index holds changes shape.
#: 2: the file begins with the marker; stamps say what kind of file they stamp.
INDEX_FORMAT = 4
INDEX_DIR_ENV = "BRIEFING_INDEX_DIR"
#: Seconds a rebuild waits for another process's lock (default LOCK_WAIT_SECONDS).
LOCK_WAIT_ENV = "BRIEFING_LOCK_WAIT"
#: What an index that cannot be read back raises: it is set aside and rebuilt.
DAMAGE = (IndexUnreadable, IndexShapeError)
SECTIONS = ("sources", "actors", "events", "quotes")


@dataclass(frozen=True)
class BriefingSummary:
    """One briefing folder as the library lists it, valid or not."""

    #: the folder's name as the library shows it
    folder: str
    #: the folder relative to the content directory ("." for the content itself)
    path: str
    id: str | None
    title: str | None
    as_of: DateValue | None
    actors: int
    events: int
    quotes: int
    #: as `briefing check` reports them, files relative to the current folder
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.is_error)

    @property
    def opens(self) -> bool:
        return self.errors == 0 and self.id is not None


@dataclass(frozen=True)
class _Options:
    """How an open reports progress and how long it waits for another process."""

    on_rebuild: Callable[[], None] | None = None
    on_wait: Callable[[str], None] | None = None
    lock_wait: float = LOCK_WAIT_SECONDS


@dataclass
class Index:
    """An opened index: every query is answered from memory."""

    db: TinyDB
    content: Path
    #: the index file, or None when it lives in memory only
    location: Path | None
    rebuilt: bool
    seconds: float
    notices: list[str] = field(default_factory=list)
    #: how it was opened, for a rebuild of records found damaged later
    options: _Options = field(default_factory=_Options)

    def _rows(self, table: str) -> list[Any]:
        """A table's documents in the order they were inserted.

        Read through TinyDB's Storage interface: `Table.all()` copies every
        row into a Document, which at 70,000 rows cost half a second. The
        JSON is written with sorted keys ("1", "10", "2" ...), so sort by id.
        """
        data = self.db.storage.read() or {}
        rows = data.get(table, {})
        if not isinstance(rows, dict):
            raise IndexShapeError(f"table {table} of another shape")
        return [rows[key] for key in sorted(rows, key=int)]

    def summaries(self) -> list[BriefingSummary]:
        return [_summary_from_json(doc, self.content) for doc in self._rows("briefings")]

    def briefing(self, briefing_id: str) -> Briefing:
        """The briefing's records, as the checker built them.

        Records of a shape this version cannot read (a damaged or foreign
        index) are set aside and rebuilt once, with a notice, before reading.
        """
        try:
            with collector_paused():
                return self._read_briefing(briefing_id)
        except IndexShapeError as exc:
            if self.location is None:
                raise
            self.db.close()
            again = _open_index(self.content, self.location, False, self.options, str(exc))
            self.db, self.location, self.rebuilt = again.db, again.location, True
            self.notices.extend(again.notices)
            with collector_paused():
                return self._read_briefing(briefing_id)

    def queries(self, briefing_id: str) -> BriefingQueries:
        """The briefing as the reader shows it: cleaned for display, its lookups built.

        It lives as long as the reader, so it is frozen out of the collector's
        sight: otherwise every full collection re-scans it (measured at 70,000
        records: a quarter of a second each time, in the middle of key presses).
        """
        with collector_paused(keep=True):
            return BriefingQueries(for_display(self.briefing(briefing_id)))

    def close(self) -> None:
        """Let go of the index read into memory; the records read stay valid.

        At 1000 times the bundled briefing the parsed JSON holds about 140 MB
        that a reader showing one briefing no longer needs.
        """
        self.db.close()

    def _read_briefing(self, briefing_id: str) -> Briefing:
        heads = [d for d in self._rows("briefings") if d.get("id") == briefing_id]
        if not heads or heads[0].get("head") is None:
            raise KeyError(briefing_id)
        data: dict[str, Any] = {"head": heads[0]["head"]}
        try:
            for section in SECTIONS:
                rows = self._rows(section)
                data[section] = [r for r in rows if r["briefing"] == briefing_id]
        except (KeyError, TypeError, AttributeError) as exc:
            raise IndexShapeError(f"{type(exc).__name__}: {exc}") from exc
        return briefing_from_json(data)


def default_index_path(content: Path) -> Path:
    """One index per content directory, in BRIEFING_INDEX_DIR or the cache folder.

    Named `.index.json` since format 2: an index of format 1 (which did not
    begin with the marker) is left alone in the cache rather than refused.
    """
    resolved = content.resolve()
    folder = os.environ.get(INDEX_DIR_ENV) or user_cache_dir("briefing", appauthor=False)
    key = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]
    return Path(folder) / f"{resolved.name or 'content'}-{key}.index.json"


def lock_wait_setting() -> float:
    """Seconds to wait for another process's lock: $BRIEFING_LOCK_WAIT, else 30."""
    setting = os.environ.get(LOCK_WAIT_ENV, "").strip()
    if not setting:
        return LOCK_WAIT_SECONDS
    try:
        seconds = float(setting)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise UsageError(f"{LOCK_WAIT_ENV} must be a number of seconds, not {setting!r}")
    return seconds


def open_index(
    content: Path,
    index_path: Path | None = None,
    rebuild: bool = False,
    on_rebuild: Callable[[], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    lock_wait: float | None = None,
    keep: bool = False,
) -> Index:
    """Open the index of `content`, rebuilding it first if the content changed.

    `keep`: what is read lives as long as the process (the reader's library),
    so it is frozen out of the garbage collector's sight (briefing.memory).

    `on_rebuild` is called before a rebuild starts (the reader shows progress).
    `on_wait` is called once, with a sentence to show, when a rebuild has
    waited half a second for another process's lock; after `lock_wait`
    seconds (None: $BRIEFING_LOCK_WAIT, else 30) it gives up and works from
    memory. Never raises for a damaged, read-only or unwritable index: it is
    set aside and rebuilt, or kept in memory, and `Index.notices` says so in
    one line each. Raises UsageError when `index_path` holds anything that is
    not an index (it is left exactly as it is).
    """
    wait = lock_wait_setting() if lock_wait is None else lock_wait
    options = _Options(on_rebuild, on_wait, wait)
    with collector_paused(keep=keep):  # reading the JSON builds a great many objects
        return _open_index(content, index_path or default_index_path(content), rebuild, options)


def _open_index(
    content: Path, requested: Path, rebuild: bool, options: _Options, damaged: str | None = None
) -> Index:
    """The index at `requested`; `damaged` says why its records could not be read back."""
    started = time.perf_counter()
    notices: list[str] = []

    def opened(db: TinyDB, location: Path | None, rebuilt: bool) -> Index:
        seconds = time.perf_counter() - started
        return Index(db, content, location, rebuilt, seconds, notices, options)

    path = requested
    try:
        path = index_file(requested) or requested  # a symlink to an index: the file itself
        damage = damaged
        if not rebuild and damage is None:
            try:
                db = _open_if_fresh(path, content)
            except DAMAGE as exc:
                damage = str(exc)  # set aside below, under the lock
            else:
                if db is not None:
                    return opened(db, path, False)
        unwritable = why_unwritable(path)
        if unwritable:
            notices.append(_read_only_notice(path, unwritable, damage))
            return opened(_in_memory(content, options), None, True)
        path.parent.mkdir(parents=True, exist_ok=True)
        with index_lock(path, options.lock_wait, options.on_wait):
            db = None
            if rebuild or damaged is not None:
                index_file(path)  # still ours (or gone) now that the lock is held
            else:
                # Another process may have rebuilt it while we waited for the lock.
                try:
                    db = _open_if_fresh(path, content)
                except DAMAGE as exc:
                    damage = str(exc)
            if db is not None:
                return opened(db, path, False)
            if damage is not None:
                _set_aside(path, damage, notices)
            if options.on_rebuild:
                options.on_rebuild()
            return opened(_rebuild(path, content), path, True)
    except NotAnIndex as exc:
        raise _refused(requested, exc) from exc
    except LockWaitTimeout as exc:
        notices.append(
            f"gave up after {exc.seconds:g} s waiting for {exc.holder}, which is writing "
            f"the index {display_path(path)}; working from memory this time"
        )
    except OSError as exc:
        reason = exc.strerror or str(exc)
        notices.append(
            f"the index {display_path(path)} cannot be read or written ({reason}); "
            "working from memory this time"
        )
    return opened(_in_memory(content, options), None, True)


def check_index_path(content: Path, index_path: Path | None = None) -> None:
    """Raise UsageError if the index path of `content` holds anything but an index.

    What `open_index` would refuse, said before a reader starts: the file is
    not opened beyond the marker's bytes, and left as it is.
    """
    path = index_path or default_index_path(content)
    try:
        index_file(path)
    except NotAnIndex as exc:
        raise _refused(path, exc) from exc
    except OSError:
        pass  # cannot be looked at: open_index works from memory and says so


def _refused(path: Path, why: NotAnIndex) -> UsageError:
    return UsageError(
        f"{display_path(path)} is not a briefing index ({why}), so it was left as it is; "
        "choose another index file"
    )


def _read_only_notice(path: Path, unwritable: str, damage: str | None) -> str:
    if not path.exists():
        state = f"cannot be written: {unwritable}"
    elif damage is not None:
        state = f"is damaged ({damage}), and {unwritable}: it was left as it is"
    else:
        state = f"needs rebuilding, but {unwritable}: it was left as it is"
    return f"the index {display_path(path)} {state}; working from memory this time"


def _in_memory(content: Path, options: _Options) -> TinyDB:
    """The index built afresh and kept in memory only."""
    if options.on_rebuild:
        options.on_rebuild()
    db = TinyDB(storage=MemoryStorage)
    db.storage.write(_build_tables(content))
    return db


def _open_if_fresh(path: Path, content: Path) -> TinyDB | None:
    """The index at `path` if there is one and the content has not changed.

    Raises IndexUnreadable or IndexShapeError when it is damaged.
    """
    db = TinyDB(path, storage=AtomicJSONStorage)
    try:
        meta = _meta(db)
    except BaseException:
        db.close()
        raise
    if meta is None:
        db.close()
        return None  # none yet, or another version of briefing wrote it: rebuild quietly
    comparison = compare(content, meta)
    if comparison.changed:
        db.close()
        return None
    if comparison.touched and why_unwritable(path) is None:
        _refresh_stamps(db, comparison.stamps)
    return db


def _meta(db: TinyDB) -> list[FileStamp] | None:
    """The stored fingerprints, or None if there is no index or one of another version.

    Raises IndexShapeError when the index is not one this code could write.
    """
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    raw = storage.read()
    if raw is None:
        return None  # no index yet
    metas = raw.get("meta")
    if not isinstance(metas, dict) or len(metas) != 1:
        raise IndexShapeError("no meta record")
    meta = next(iter(metas.values()))
    if not isinstance(meta, dict) or not isinstance(meta.get("format"), int):
        raise IndexShapeError("meta record of another shape")
    if meta["format"] > INDEX_FORMAT:
        raise IndexShapeError(f"written by a newer briefing (index format {meta['format']})")
    if meta["format"] != INDEX_FORMAT or meta.get("briefing_version") != __version__:
        return None
    for section in ("briefings", *SECTIONS):
        if not isinstance(raw.get(section, {}), dict):
            raise IndexShapeError(f"table {section} of another shape")
    try:
        return [FileStamp.from_json(stamp) for stamp in meta["files"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexShapeError(f"fingerprints of another shape ({exc})") from exc


def _set_aside(path: Path, reason: str, notices: list[str]) -> None:
    aside = set_aside(path)
    if aside is None:
        return  # another process set it aside first, and said so
    notices.append(
        f"the index {display_path(path)} was damaged ({reason}); "
        f"set aside as {aside.name} and rebuilt"
    )


def _refresh_stamps(db: TinyDB, stamps: list[FileStamp]) -> None:
    """Only mtimes moved (a touch): keep the records, store the new stamps."""
    storage = db.storage
    assert isinstance(storage, AtomicJSONStorage)
    data = storage.read() or {}
    meta = next(iter(data["meta"].values()))
    meta["files"] = [s.to_json() for s in stamps]
    # In a read-only cache the next open simply hashes the touched files again.
    with contextlib.suppress(OSError):
        storage.write(data)


def _rebuild(path: Path, content: Path) -> TinyDB:
    for stale in temporary_files(path):
        stale.unlink(missing_ok=True)  # left by a killed rebuild; we hold the lock
    storage = AtomicJSONStorage(path)
    storage.write(_build_tables(content))
    return TinyDB(path, storage=AtomicJSONStorage)


def _build_tables(content: Path) -> dict[str, Any]:
    """Check `content` and lay out every table, as TinyDB stores them.

    Folder by folder, each briefing's rows are handed to TinyDB (which keeps
    its own copy) and let go of, and so is the check's result before the
    tables are returned: at ×1000 each copy of the records is 100 MB.
    """
    from briefing.check.content import check_content  # the checker, only when rebuilding

    with collector_paused():
        stamps = compare(content, None).stamps
        result = check_content(content)
        db = TinyDB(storage=MemoryStorage)
        briefings: list[dict[str, Any]] = []
        # Refused folders (a broken link ...) are listed too, with why.
        for folder in [*result.folders, *result.refused]:
            built = folder.briefing
            data = briefing_to_json(built) if built is not None else None
            briefings.append(
                {
                    "folder": folder_name(folder.folder, content),
                    "path": folder_path(folder.folder, content),
                    "id": folder.briefing_id,
                    "title": built.title if built else None,
                    "as_of": date_to_json(built.as_of) if built else None,
                    "counts": [len(built.actors), len(built.events), len(built.quotes)]
                    if built
                    else [0, 0, 0],
                    "problems": [_problem_to_json(p, content) for p in folder.problems],
                    "head": data["head"] if data else None,
                }
            )
            if built is not None and data is not None:
                for section in SECTIONS:
                    rows = data[section]
                    for row in rows:
                        row["briefing"] = built.id
                    db.table(section).insert_multiple(rows)
            del data
        del result
        db.table("briefings").insert_multiple(briefings)
        db.table("meta").insert(
            {
                "format": INDEX_FORMAT,
                "briefing_version": __version__,
                "files": [s.to_json() for s in stamps],
            }
        )
        tables = db.storage.read()
    assert tables is not None
    return tables


def _problem_to_json(problem: Problem, content: Path) -> dict[str, Any]:
    """A problem whose file is stored relative to the content directory.

    Relative as named, symlinks not resolved: a briefing folder that is a
    symlink to elsewhere is still inside the content directory. A file
    outside it is stored by its absolute path.
    """
    data = problem.to_json()
    absolute = os.path.abspath(problem.file)
    relative = os.path.relpath(absolute, os.path.abspath(content))
    inside = relative != os.pardir and not relative.startswith(os.pardir + os.sep)
    data["file"] = Path(relative).as_posix() if inside else absolute
    return data


def _summary_from_json(doc: dict[str, Any], content: Path) -> BriefingSummary:
    problems = []
    for data in doc["problems"]:
        problem = Problem.from_json(data)
        path = content / problem.file
        problems.append(
            Problem(
                display_path(path),
                problem.line,
                problem.column,
                problem.severity,
                problem.code,
                problem.message,
                problem.hint,
            )
        )
    actors, events, quotes = doc["counts"]
    return BriefingSummary(
        folder=doc["folder"],
        path=doc["path"],
        id=doc["id"],
        title=doc["title"],
        as_of=date_from_json(doc["as_of"]),
        actors=actors,
        events=events,
        quotes=quotes,
        problems=tuple(problems),
    )
