"""The index: checked content kept in TinyDB files, so the reader opens instantly.

The YAML is read and checked once; the records (display-ready: dates with
their bounds, quotes with their span and paragraph, actors with their counts)
go into a file per briefing folder, and a small catalogue per content
directory lists every folder: its summary, problems and actors, the stamps
of its files, and which generation of its file it describes
(briefing.index.catalogue, briefing.index.records_file). The library reads
the catalogue alone; opening a briefing reads its file alone.

The index is a cache: it may be deleted at any moment. Only a folder whose
files changed is checked again (see fingerprint), in processes when there
are many (briefing.index.build); an added or removed folder touches only its
own file and the catalogue. A folder's file is written before the catalogue
that names it, each atomically: a run killed between the two leaves a file
that its row does not describe, which the next run notices by generation,
and a file that matches the folder as it now is, is taken as it is.

Only a file that begins with the index's marker is read past it, replaced
or deleted (briefing.index.storage); anything else at the catalogue's path,
or at its folder of briefing files, is refused (UsageError). A damaged file
is set aside, a read-only one left alone, and a rebuild waits for another
process's lock for a bounded time (briefing.index.lock); in each case what
is needed is built in memory and a notice says why.
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

from briefing.errors import UsageError
from briefing.files.locations import INDEX_DIR_ENV, FolderEntry, display_path
from briefing.files.user_folders import user_folder
from briefing.index.build import Job, OnProgress, build_all, catalogue_row, refused_row
from briefing.index.catalogue import (
    check_files_folder,
    claim_files_folder,
    files_folder,
    read_catalogue,
    stale_temporary_files,
    unreferenced_files,
    write_catalogue,
)
from briefing.index.codec import IndexShapeError
from briefing.index.fingerprint import (
    Comparison,
    compare,
    folder_path,
    named_folders,
    same_by_stat,
    with_entries,
)
from briefing.index.lock import LOCK_WAIT_SECONDS, LockWaitTimeout, index_lock
from briefing.index.preview import Totals, wants_preview
from briefing.index.records_file import (
    META,
    StaleFile,
    file_name,
    generation,
    read_briefing,
    read_meta,
    read_preview,
    read_word_table,
    read_words,
)
from briefing.index.rows import ActorAppearance, BriefingSummary, FolderRow, summaries
from briefing.index.storage import (
    IndexUnreadable,
    NotAnIndex,
    index_file,
    set_aside,
    sync,
    temporary_files,
    why_unwritable,
)
from briefing.index.tables import INDEX_FORMAT, TableFile, one_row
from briefing.index.words import WordIndex
from briefing.memory import collector_paused
from briefing.present.display import for_display
from briefing.records.model import Briefing
from briefing.records.queries import BriefingQueries

__all__ = [
    "INDEX_DIR_ENV",
    "INDEX_FORMAT",
    "LOCK_WAIT_ENV",
    "ActorAppearance",
    "BriefingSummary",
    "Index",
    "check_index_path",
    "default_index_path",
    "lock_wait_setting",
    "open_index",
]

#: Seconds a rebuild waits for another process's lock (default LOCK_WAIT_SECONDS).
LOCK_WAIT_ENV = "BRIEFING_LOCK_WAIT"
#: What a file of the index that cannot be read back raises: it is set aside and rebuilt.
DAMAGE = (IndexUnreadable, IndexShapeError)


@dataclass(frozen=True)
class _Options:
    """How an open reports progress, how long it waits, and how many processes it uses."""

    on_rebuild: Callable[[], None] | None = None
    on_wait: Callable[[str], None] | None = None
    on_progress: OnProgress | None = None
    lock_wait: float = LOCK_WAIT_SECONDS
    workers: int | None = None


@dataclass
class _State:
    """What one open found: the rows, and where each folder's records are."""

    rows: list[FolderRow]
    #: the folder of briefing files (None: none can be read)
    files: Path | None
    #: the catalogue, or None when this open works from memory
    location: Path | None
    #: folders built in memory this time, by name
    memory: dict[str, TableFile] = field(default_factory=dict)
    rebuilt: bool = False
    checked: int = 0
    notices: list[str] = field(default_factory=list)


class Index:
    """An opened index: the catalogue's rows in memory, each briefing read when asked."""

    def __init__(self, content: Path, requested: Path, options: _Options, state: _State,
                 seconds: float) -> None:  # fmt: skip
        self.content = content
        self.seconds = seconds
        self.notices: list[str] = []
        self._requested = requested
        self._options = options
        self._take(state)

    def _take(self, state: _State) -> None:
        self._state = state
        self._summaries = summaries(state.rows, self.content)
        self.notices.extend(n for n in state.notices if n not in self.notices)

    @property
    def location(self) -> Path | None:
        """The catalogue, or None when this open works from memory."""
        return self._state.location

    @property
    def rebuilt(self) -> bool:
        """Whether the catalogue was made again (some folder changed, or it was damaged)."""
        return self._state.rebuilt

    @property
    def checked(self) -> int:
        """How many briefing folders were checked this time (the others were unchanged)."""
        return self._state.checked

    def summaries(self) -> list[BriefingSummary]:
        """Every folder of the content, in folder order, as the library lists them."""
        return list(self._summaries)

    def appearances(self) -> list[ActorAppearance]:
        """Every actor of every briefing that opens, for features across briefings."""
        return [
            appearance
            for row, summary in zip(self._state.rows, self._summaries, strict=True)
            if summary.opens
            for appearance in row.appearances()
        ]

    def briefing(self, briefing_id: str) -> Briefing:
        """The briefing's records, as the checker built them; KeyError if it does not open.

        A file found damaged, missing or of another generation than its row
        says is rebuilt (the damaged one set aside, with a notice) first.
        """
        with collector_paused():
            try:
                return self._read(briefing_id)
            except (*DAMAGE, StaleFile) as exc:
                self._rebuild(briefing_id, exc)
                return self._read(briefing_id)

    def _rebuild(self, briefing_id: str, exc: Exception) -> None:
        """Build again the file of a briefing found damaged (set aside) or stale."""
        row = self._row(briefing_id)
        damage = str(exc) if isinstance(exc, DAMAGE) else None
        state = _open(self.content, self._requested, self._options, False,
                      {row.folder: damage})  # fmt: skip
        self._take(state)

    def queries(self, briefing_id: str) -> BriefingQueries:
        """The briefing as the reader shows it: cleaned for display, its lookups built.

        It lives as long as the reader, so it is frozen out of the collector's
        sight: otherwise every full collection re-scans it, in the middle of
        key presses (docs/performance.md).
        """
        with collector_paused(keep=True):
            return BriefingQueries(for_display(self.briefing(briefing_id)))

    def preview(self, briefing_id: str) -> tuple[BriefingQueries, Totals] | None:
        """A large briefing's first rows (and its totals), read from the first bytes
        of its file, for a first frame before the whole is read; None for a
        briefing small enough to read whole, or when there is no preview to trust."""
        row, summary = self._entry(briefing_id)
        if self._state.files is None or row.file is None:
            return None
        if not wants_preview(summary.actors, summary.events, summary.quotes):
            return None  # small: its file is read once, whole, not its first bytes first
        try:
            found = read_preview(self._state.files / row.file)
        except (*DAMAGE, NotAnIndex, OSError):
            return None  # the whole read says why, and repairs what it can
        if found is None:
            return None
        briefing, totals = found
        with collector_paused():
            return BriefingQueries(for_display(briefing)), totals

    def close(self) -> None:
        """Let go of what was built in memory; the records read stay valid."""
        for table_file in self._state.memory.values():
            table_file.close()
        self._state.memory.clear()

    def _row(self, briefing_id: str) -> FolderRow:
        return self._entry(briefing_id)[0]

    def _entry(self, briefing_id: str) -> tuple[FolderRow, BriefingSummary]:
        """The catalogue's row of the briefing that opens under this id, and its summary."""
        for row, summary in zip(self._state.rows, self._summaries, strict=True):
            if summary.id == briefing_id and summary.opens:
                return row, summary
        raise KeyError(briefing_id)

    def word_index(self, briefing_id: str) -> WordIndex:
        """The briefing's word index over its records as the checker built them
        (read from one reading of its file); KeyError if it does not open."""
        with collector_paused():
            try:
                data, generation = self._tables(briefing_id)
                return WordIndex(read_words(data), read_briefing(data, generation))
            except (*DAMAGE, StaleFile) as exc:
                self._rebuild(briefing_id, exc)
                data, generation = self._tables(briefing_id)
                return WordIndex(read_words(data), read_briefing(data, generation))

    def word_table(self, briefing_id: str) -> dict[str, Any]:
        """The briefing's word index alone (its `_words` row), for records read already:
        parses none of them (briefing.index.records_file.read_word_table)."""
        with collector_paused():
            try:
                return self._word_table(briefing_id)
            except (*DAMAGE, StaleFile) as exc:
                self._rebuild(briefing_id, exc)
                return self._word_table(briefing_id)

    def _word_table(self, briefing_id: str) -> dict[str, Any]:
        row = self._row(briefing_id)
        if row.folder in self._state.memory or self._state.files is None or row.file is None:
            data, generation = self._tables(briefing_id)
            if one_row(data, META).get("generation") != generation:
                raise StaleFile("another generation")
            return read_words(data)
        path = self._state.files / row.file
        try:
            found = read_word_table(path, row.generation)
        except NotAnIndex as exc:
            raise _refused(path, exc) from exc
        if found is None:
            raise StaleFile("missing")
        return found

    def _read(self, briefing_id: str) -> Briefing:
        data, generation = self._tables(briefing_id)
        return read_briefing(data, generation)

    def _tables(self, briefing_id: str) -> tuple[dict[str, Any], str | None]:
        """The tables of the briefing's file, and the generation its row expects."""
        row = self._row(briefing_id)
        source = self._state.memory.get(row.folder)
        if source is None:
            if self._state.files is None or row.file is None:
                raise StaleFile("no file")
            source = TableFile(self._state.files / row.file)
        try:
            data = source.read()
        except NotAnIndex as exc:
            raise _refused(source.path or self._requested, exc) from exc
        except FileNotFoundError:
            data = None
        finally:
            if source.path is not None:
                source.close()
        if data is None:
            raise StaleFile("missing")
        return data, row.generation


def default_index_path(content: Path) -> Path:
    """One catalogue per content directory, in BRIEFING_INDEX_DIR or the cache folder.

    Named `.index.json` since format 2: an index of format 1 (which did not
    begin with the marker) is left alone in the cache rather than refused.
    """
    resolved = content.resolve()
    folder = user_folder("cache", INDEX_DIR_ENV)
    if os.environ.get(INDEX_DIR_ENV) and not folder.exists() and not folder.parent.is_dir():
        # The folder is made when missing, but not a whole tree of them: a
        # typo in the setting would fill a path nobody meant.
        raise UsageError(
            f"{INDEX_DIR_ENV} names {display_path(folder)}, and the folder it would be "
            f"made in, {display_path(folder.parent)}, does not exist: is there a typo?"
        )
    key = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]
    return folder / f"{resolved.name or 'content'}-{key}.index.json"


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
    on_progress: OnProgress | None = None,
    workers: int | None = None,
) -> Index:
    """Open the index of `content`, checking again the folders that changed.

    `index_path` names the catalogue (default: one per content directory in
    $BRIEFING_INDEX_DIR or the cache folder); the briefing files are in the
    folder beside it (catalogue.files_folder). `rebuild`: check every folder.

    `keep`: what is read lives as long as the process (the reader's library),
    so it is frozen out of the garbage collector's sight (briefing.memory).

    `on_rebuild` is called before folders are checked (the reader shows
    progress), then `on_progress` (a build.Progress) after each folder checked.
    `workers`: processes to check them in (None: one per core when there is
    enough to check; 1: in this process).
    `on_wait` is called once, with a sentence to show, when a rebuild has
    waited half a second for another process's lock; after `lock_wait`
    seconds (None: $BRIEFING_LOCK_WAIT, else 30) it gives up and works from
    memory. Never raises for a damaged, read-only or unwritable index: it is
    set aside and rebuilt, or kept in memory, and `Index.notices` says so in
    one line each. Raises UsageError when the catalogue's path, its folder of
    briefing files or a file in it holds anything that is not ours (it is
    left exactly as it is).
    """
    wait = lock_wait_setting() if lock_wait is None else lock_wait
    options = _Options(on_rebuild, on_wait, on_progress, wait, workers)
    requested = index_path or default_index_path(content)
    started = time.perf_counter()
    with collector_paused(keep=keep):  # reading JSON builds a great many objects
        state = _open(content, requested, options, rebuild, {})
    return Index(content, requested, options, state, time.perf_counter() - started)


#: Folders whose file must be built again, with why (None: stale or missing, not damaged).
Force = dict[str, str | None]


def _open(content: Path, requested: Path, options: _Options, rebuild: bool,
          force: Force) -> _State:  # fmt: skip
    notices: list[str] = []
    path = requested
    rows: list[FolderRow] | None = None
    files: Path | None = None
    try:
        path = index_file(requested) or requested  # a symlink to an index: the file itself
        files = files_folder(path)
        has_files = _files_folder_checked(files)
        damage = None
        read_as = _file_key(path)
        if not rebuild:
            rows, damage = _read_rows(path, content)
        survey = _survey(content, rows)
        if damage is None and not force and _fresh(survey, rows):
            assert rows is not None
            if any(f.comparison.touched for f in survey):
                rows = _refresh_stamps(path, content, survey)
            return _State(rows, files if has_files else None, path)
        unwritable = why_unwritable(path) or (why_unwritable(files) if has_files else None)
        if unwritable:
            notices.append(_read_only_notice(path, unwritable, damage))
            usable = files if has_files else None
            return _in_memory(content, survey, usable, options, force, notices)
        path.parent.mkdir(parents=True, exist_ok=True)
        seen = _Seen(read_as, rows, damage, survey)
        with index_lock(path, options.lock_wait, options.on_wait):
            return _update(content, path, options, rebuild, force, notices, seen)
    except NotAnIndex as exc:
        raise _refused(path, exc) from exc
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
        files = None  # what could not be read may be this folder
    usable = files if files is not None and rows is not None else None
    return _in_memory(content, _survey(content, rows), usable, options, force, notices)


def _files_folder_checked(files: Path) -> bool:
    """Whether the folder of briefing files exists; UsageError when it is not ours."""
    try:
        return check_files_folder(files)
    except NotAnIndex as exc:
        raise _refused(files, exc) from exc


def _read_rows(path: Path, content: Path) -> tuple[list[FolderRow] | None, str | None]:
    """The catalogue's rows (None: none yet, or another version's), and why it is damaged."""
    try:
        return read_catalogue(path, content), None
    except DAMAGE as exc:
        return None, str(exc)


@dataclass
class _Folder:
    """A folder of the content as it is now, and the catalogue's row for it."""

    name: str
    listed: FolderEntry
    row: FolderRow | None
    comparison: Comparison

    @property
    def unchanged(self) -> bool:
        return self.row is not None and not self.comparison.changed


def _survey(content: Path, rows: list[FolderRow] | None) -> list[_Folder]:
    """Each folder of the content, compared with its row: stat first, hashed if moved."""
    known = {row.folder: row for row in rows or ()}
    survey = []
    for name, listed in named_folders(content):
        row = known.get(name)
        path = os.fspath(listed.path)
        if row is not None and listed.trouble is None and same_by_stat(name, path, row.stamps):
            survey.append(_Folder(name, listed, row, Comparison(changed=False, stamps=row.stamps)))
            continue
        entries = with_entries(name, listed).entries
        survey.append(_Folder(name, listed, row, compare(entries, row.stamps if row else None)))
    return survey


def _fresh(survey: list[_Folder], rows: list[FolderRow] | None) -> bool:
    """Whether the rows describe every folder as it is, and no other folder."""
    return rows is not None and len(rows) == len(survey) and all(f.unchanged for f in survey)


def _kept_row(folder: _Folder) -> FolderRow:
    """An unchanged folder's row, with its stamps as they are now (a touch moves mtimes)."""
    row = folder.row
    assert row is not None
    return row.with_stamps(folder.comparison.stamps) if folder.comparison.touched else row


def _refresh_stamps(path: Path, content: Path, survey: list[_Folder]) -> list[FolderRow]:
    """Only mtimes moved (a touch): keep the rows, store the new stamps if we may at once.

    Written only if the catalogue is still the one the rows were read from:
    another process may have replaced it since (with a folder checked again).
    """
    rows = [_kept_row(folder) for folder in survey]
    read = [folder.row.data for folder in survey if folder.row is not None]
    # In a read-only cache, or while another process writes, the next open
    # simply hashes the touched files again.
    if why_unwritable(path) is None:
        with contextlib.suppress(OSError, LockWaitTimeout, *DAMAGE), index_lock(path, 0):
            now = read_catalogue(path, content)
            if now is not None and [row.data for row in now] == read:
                write_catalogue(path, [row.data for row in rows])
    return rows


@dataclass
class _Seen:
    """What an open found before it took the lock."""

    #: the catalogue's stat then (None: there was none)
    read_as: tuple[int, int, int] | None
    rows: list[FolderRow] | None
    damage: str | None
    survey: list[_Folder]


def _file_key(path: Path) -> tuple[int, int, int] | None:
    """What tells a file replaced from the same file: inode, size and mtime."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def _update(content: Path, path: Path, options: _Options, rebuild: bool, force: Force,
            notices: list[str], seen: _Seen) -> _State:  # fmt: skip
    """Under the lock: check the folders that changed, write their files, then the catalogue."""
    index_file(path)  # still ours (or gone) now that the lock is held
    files = files_folder(path)
    _files_folder_checked(files)
    claim_files_folder(files)
    for stale in [*temporary_files(path), *stale_temporary_files(files)]:
        stale.unlink(missing_ok=True)  # left by a killed rebuild; we hold the lock
    rows, damage, survey = seen.rows, seen.damage, seen.survey
    if not rebuild and _file_key(path) != seen.read_as:
        # Another process brought it up to date while we waited: read it again.
        rows, damage = _read_rows(path, content)
        survey = _survey(content, rows)
    if damage is not None:
        _set_aside(path, f"the index {display_path(path)}", damage, notices)
    if rows is not None and not force and _fresh(survey, rows):
        if any(f.comparison.touched for f in survey):
            rows = [_kept_row(f) for f in survey]
            write_catalogue(path, [row.data for row in rows])
        return _State(rows, files, path, notices=notices)
    if options.on_rebuild:
        options.on_rebuild()
    build = _Plan(content, files, rebuild, force, notices, write=True)
    new_rows = build.run(survey, options)
    sync(files)  # every file written, for good, before the catalogue names it
    write_catalogue(path, [row.data for row in new_rows])
    referenced = {row.file for row in new_rows if row.file is not None}
    for unused in unreferenced_files(files, referenced):
        unused.unlink(missing_ok=True)  # the file of a folder that is gone
    state = _State(new_rows, files, path, notices=notices)
    state.rebuilt, state.checked = True, build.checked
    return state


def _in_memory(content: Path, survey: list[_Folder], files: Path | None, options: _Options,
               force: Force, notices: list[str]) -> _State:  # fmt: skip
    """What changed built in memory; unchanged folders read from their files, if any."""
    if options.on_rebuild:
        options.on_rebuild()
    if files is None:
        survey = [_Folder(f.name, f.listed, None, f.comparison) for f in survey]
    build = _Plan(content, files, False, force, notices, write=False)
    new_rows = build.run(survey, options)
    state = _State(new_rows, files, None, build.memory, True, notices=notices)
    state.checked = build.checked
    return state


class _Plan:
    """Which folders to check again, which files to take as they are, and the new rows."""

    def __init__(self, content: Path, files: Path | None, rebuild: bool, force: Force,
                 notices: list[str], write: bool) -> None:  # fmt: skip
        self.content = content
        self.files = files
        self.rebuild = rebuild
        self.force = force
        self.notices = notices
        self.write = write
        self.memory: dict[str, TableFile] = {}
        self.checked = 0
        self._generations: dict[str, str] = {}

    def run(self, survey: list[_Folder], options: _Options) -> list[FolderRow]:
        rows: list[FolderRow | None] = []
        jobs: list[tuple[int, Job]] = []
        for folder in survey:
            row = self._without_checking(folder)
            if row is None:
                jobs.append((len(rows), self._job(folder)))
            rows.append(row)
        built = build_all([job for _, job in jobs], options.workers, options.on_progress)
        for (number, job), result in zip(jobs, built, strict=True):
            rows[number] = FolderRow(result.row, self.content)
            if result.tables is not None:
                memory = TableFile(None)
                memory.write(result.tables)
                self.memory[job.name] = memory
        self.checked = len(jobs)
        return [row for row in rows if row is not None]

    def _without_checking(self, folder: _Folder) -> FolderRow | None:
        """The folder's row when it need not be checked: unchanged, refused, or its file current."""
        name = folder.name
        forced = name in self.force
        if folder.unchanged and not self.rebuild and not forced:
            return _kept_row(folder)
        stamps = folder.comparison.stamps
        if folder.listed.trouble is not None:
            row = refused_row(self.content, folder.listed, name, stamps)
            return FolderRow(row, self.content)
        if self.rebuild or forced or self.files is None:
            return None
        return self._taken_as_it_is(folder)

    def _taken_as_it_is(self, folder: _Folder) -> FolderRow | None:
        """The row from the folder's existing file, when it was built from the folder as it is.

        What a run killed before writing the catalogue leaves, or a catalogue
        set aside: nothing is checked again. A file that cannot be read, or
        is of another shape, is replaced when the folder is checked again.
        """
        assert self.files is not None
        file, current = file_name(folder.name), self._generation(folder)
        try:
            meta = read_meta(self.files / file)
            if meta is None or meta.get("generation") != current:
                return None
            data = catalogue_row(meta["summary"], folder.comparison.stamps, file, current)
            row = FolderRow(data, self.content)  # of the shape this version reads
        except NotAnIndex as exc:
            raise _refused(self.files / file, exc) from exc
        except (*DAMAGE, OSError):
            return None
        return row

    def _generation(self, folder: _Folder) -> str:
        found = self._generations.get(folder.name)
        if found is None:
            path = folder_path(folder.listed.path, self.content)
            found = generation(path, folder.comparison.stamps)
            self._generations[folder.name] = found
        return found

    def _job(self, folder: _Folder) -> Job:
        name = folder.name
        file = file_name(name)
        target = None
        if self.write:
            assert self.files is not None
            target = self.files / file
            try:
                index_file(target)  # a file that is not ours is never replaced
            except NotAnIndex as exc:
                raise _refused(target, exc) from exc
            damage = self.force.get(name)
            if damage is not None:
                what = f"the index file {display_path(target)} of {name}"
                _set_aside(target, what, damage, self.notices)
        return Job(
            self.content,
            folder.listed,
            name,
            tuple(folder.comparison.stamps),
            self._generation(folder),
            file,
            target,
        )


def check_index_path(content: Path, index_path: Path | None = None) -> None:
    """Raise UsageError if the index path of `content` holds anything that is not ours.

    What `open_index` would refuse, said before a reader starts: the
    catalogue and the marker of its folder of briefing files are opened no
    further than the marker's bytes, and left as they are.
    """
    path = index_path or default_index_path(content)
    try:
        found = index_file(path) or path
        _files_folder_checked(files_folder(found))
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


def _set_aside(path: Path, what: str, reason: str, notices: list[str]) -> None:
    aside = set_aside(path)
    if aside is None:
        return  # gone already (another process set it aside first, and said so)
    notices.append(f"{what} was damaged ({reason}); set aside as {aside.name} and rebuilt")
