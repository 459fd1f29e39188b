"""Bringing an index up to date: only the folders that changed are checked again.

The index is a cache: it may be deleted at any moment. Only a folder whose
files changed is checked again (see fingerprint), in processes when there
are many (briefing.index.build); an added or removed folder touches only its
own file and the catalogue. A folder's file is written before the catalogue
that names it, each atomically: a run killed between the two leaves a file
that its row does not describe, which the next run notices by generation,
and a file that matches the folder as it now is, is taken as it is.

Only a file that begins with the index's marker is read past it, replaced
or deleted (briefing.index.storage); anything else at the catalogue's path,
or at its folder of briefing files, is refused (UsageError). Anything else
in place of one briefing's file is left as it is too, and only that
briefing is built in memory, each time it is needed, with a notice that
names the file (the user may have put it there; deleting it lets the index
keep the briefing again). A damaged file is set aside, a read-only one left
alone, and a rebuild waits for another process's lock for a bounded time
(briefing.index.lock); in each case what is needed is built in memory and a
notice says why.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import UsageError
from briefing.files.locations import FolderEntry, display_path
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
    FileStamp,
    compare,
    folder_path,
    named_folders,
    same_by_stat,
    with_entries,
)
from briefing.index.lock import LOCK_WAIT_SECONDS, LockWaitTimeout, index_lock
from briefing.index.records_file import file_name, generation, read_meta
from briefing.index.rows import FolderRow
from briefing.index.storage import (
    IndexUnreadable,
    NotAnIndex,
    index_file,
    set_aside,
    sync,
    temporary_files,
    why_unwritable,
)
from briefing.index.tables import TableFile

#: What a file of the index that cannot be read back raises: it is set aside and rebuilt.
DAMAGE = (IndexUnreadable, IndexShapeError)


@dataclass(frozen=True)
class Options:
    """How an open reports progress, how long it waits, and how many processes it uses."""

    on_rebuild: Callable[[], None] | None = None
    on_wait: Callable[[str], None] | None = None
    on_progress: OnProgress | None = None
    lock_wait: float = LOCK_WAIT_SECONDS
    workers: int | None = None
    #: look at each briefing's file of an index that is up to date (`briefing
    #: index`): one missing, or not the index's, is built again
    check_files: bool = False


@dataclass
class State:
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
    #: each folder as this open found it, before reading it: its OS path, its
    #: name, and its entries' stamps (`Index.files_seen`)
    surveyed: list[tuple[str, str, list[FileStamp]]] = field(default_factory=list)


#: Folders whose file must be built again, with why (None: stale or missing, not damaged).
Force = dict[str, str | None]


def brought_up_to_date(content: Path, requested: Path, options: Options, rebuild: bool,
                       force: Force) -> State:  # fmt: skip
    """What an open finds: the index at `requested`, brought up to date with `content`.

    The folders that changed are checked again, and those `force` names; `rebuild`
    as in open_index."""
    notices: list[str] = []
    path = requested
    rows: list[FolderRow] | None = None
    files: Path | None = None
    try:
        path = index_file(requested) or requested  # a symlink to an index: the file itself
        files = files_folder(path)
        has_files = files_folder_checked(files)
        damage = None
        read_as = _file_key(path)
        if not rebuild:
            rows, damage = _read_rows(path, content)
        survey = _survey(content, rows)
        if damage is None and not force and _fresh(survey, rows) and options.check_files:
            assert rows is not None
            force = _files_to_build(files if has_files else None, rows)
        if damage is None and not force and _fresh(survey, rows):
            assert rows is not None
            if any(f.comparison.touched for f in survey):
                rows = _refresh_stamps(path, content, survey)
            return State(rows, files if has_files else None, path, surveyed=_surveyed(survey))
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
        raise refused(path, exc) from exc
    except LockWaitTimeout as exc:
        notices.append(
            f"gave up after {exc.seconds:g} s waiting for {exc.holder}, which is writing "
            f"the index {display_path(path)}; working from memory this time"
        )
    except OSError as exc:
        notices.append(unusable_notice(path, exc))
        files = None  # what could not be read may be this folder
    usable = files if files is not None and rows is not None else None
    return _in_memory(content, _survey(content, rows), usable, options, force, notices)


def unusable_notice(path: Path, exc: OSError) -> str:
    """What an index that cannot be read or written says: it works from memory."""
    reason = exc.strerror or str(exc)
    return (
        f"the index {display_path(path)} cannot be read or written ({reason}); "
        "working from memory this time"
    )


def _files_to_build(files: Path | None, rows: list[FolderRow]) -> Force:
    """The folders whose file is missing, or is not the index's (it is not
    replaced: that folder is built in memory, and said)."""
    force: Force = {}
    for row in rows:
        if row.file is None:
            continue  # a folder refused: it has no file
        try:
            if files is None or index_file(files / row.file) is None:
                force[row.folder] = None
        except NotAnIndex:
            force[row.folder] = None
    return force


def files_folder_checked(files: Path) -> bool:
    """Whether the folder of briefing files exists; UsageError when it is not ours."""
    try:
        return check_files_folder(files)
    except NotAnIndex as exc:
        raise refused(files, exc) from exc


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


def _surveyed(survey: list[_Folder]) -> list[tuple[str, str, list[FileStamp]]]:
    """What `State.surveyed` keeps of a survey (a reference per folder: made at every open)."""
    return [(os.fspath(f.listed.path), f.name, f.comparison.stamps) for f in survey]


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


def _update(content: Path, path: Path, options: Options, rebuild: bool, force: Force,
            notices: list[str], seen: _Seen) -> State:  # fmt: skip
    """Under the lock: check the folders that changed, write their files, then the catalogue."""
    index_file(path)  # still ours (or gone) now that the lock is held
    files = files_folder(path)
    files_folder_checked(files)
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
        return State(rows, files, path, notices=notices, surveyed=_surveyed(survey))
    if options.on_rebuild:
        options.on_rebuild()
    build = _Plan(content, files, rebuild, force, notices, write=True)
    new_rows = build.run(survey, options)
    sync(files)  # every file written, for good, before the catalogue names it
    write_catalogue(path, [row.data for row in new_rows])
    referenced = {row.file for row in new_rows if row.file is not None}
    for unused in unreferenced_files(files, referenced):
        unused.unlink(missing_ok=True)  # the file of a folder that is gone
    state = State(new_rows, files, path, build.memory, notices=notices, surveyed=_surveyed(survey))
    state.rebuilt, state.checked = True, build.checked
    return state


def _in_memory(content: Path, survey: list[_Folder], files: Path | None, options: Options,
               force: Force, notices: list[str]) -> State:  # fmt: skip
    """What changed built in memory; unchanged folders read from their files, if any."""
    if options.on_rebuild:
        options.on_rebuild()
    if files is None:
        survey = [_Folder(f.name, f.listed, None, f.comparison) for f in survey]
    build = _Plan(content, files, False, force, notices, write=False)
    new_rows = build.run(survey, options)
    state = State(new_rows, files, None, build.memory, True, notices=notices)
    state.checked, state.surveyed = build.checked, _surveyed(survey)
    return state


def built_in_memory(content: Path, row: FolderRow) -> tuple[FolderRow, TableFile | None]:
    """The folder of `row` checked again, its records kept in memory, and its new row:
    for an index that can no longer be read or written while it is open.

    The other folders are not looked at. KeyError when the folder is no longer
    in `content`; no records when it is refused (a broken link ...).
    """
    listed = dict(named_folders(content)).get(row.folder)
    if listed is None:
        raise KeyError(row.folder)
    entries = with_entries(row.folder, listed).entries
    folder = _Folder(row.folder, listed, row, compare(entries, row.stamps))
    plan = _Plan(content, None, False, {row.folder: None}, [], write=False)
    [new_row] = plan.run([folder], Options())
    return new_row, plan.memory.get(row.folder)


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

    def run(self, survey: list[_Folder], options: Options) -> list[FolderRow]:
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
        is of another shape, is replaced when the folder is checked again;
        one that is not the index's is left as it is (`_job`).
        """
        assert self.files is not None
        file, current = file_name(folder.name), self._generation(folder)
        try:
            meta = read_meta(self.files / file)
            if meta is None or meta.get("generation") != current:
                return None
            data = catalogue_row(meta["summary"], folder.comparison.stamps, file, current)
            row = FolderRow(data, self.content)  # of the shape this version reads
        except (NotAnIndex, *DAMAGE, OSError):
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
                # Built in memory alone: the rest of the index is written as ever.
                self.notices.append(file_refused_notice(target, folder.listed.path, exc))
                target = None
            damage = self.force.get(name)
            if damage is not None and target is not None:
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


class IndexRefused(UsageError):
    """The index's path, or its folder of briefing files, holds what briefing did not write."""

    def __init__(self, path: Path, why: NotAnIndex) -> None:
        self.path = path
        self.why = why
        super().__init__(
            f"{self.left_alone}; delete it if nothing in it is yours to keep, "
            "or give another index file with --index FILE"
        )

    @property
    def left_alone(self) -> str:
        where = display_path(self.path)
        return f"{where} is not a briefing index ({self.why}), so it was left as it is"


def refused(path: Path, why: NotAnIndex) -> IndexRefused:
    return IndexRefused(path, why)


def file_refused_notice(path: Path, folder: Path, why: NotAnIndex) -> str:
    """What a briefing's file that is not the index's says: left alone, the briefing read
    from its folder."""
    return (
        f"{display_path(path)}, the index's file for {display_path(folder)}, is not one "
        f"briefing wrote ({why}), so it was left as it is; that briefing is read from its "
        "folder, working from memory this time (deleting that file lets the index keep it again)"
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
