"""The index: checked content kept in TinyDB files, so the reader opens instantly.

The YAML is read and checked once; the records (display-ready: dates with
their bounds, quotes with their span and paragraph, actors with their counts)
go into a file per briefing folder, and a small catalogue per content
directory lists every folder: its summary, problems and actors, the stamps
of its files, and which generation of its file it describes
(briefing.index.catalogue, briefing.index.records_file). The library reads
the catalogue alone; opening a briefing reads its file alone.

`open_index` brings the index up to date first (briefing.index.update), and
the `Index` it returns reads what that left; a briefing's file found damaged,
missing or of another generation when it is read is built again the same
way, and one that is not the index's is left as it is, that briefing built
in memory. An index that can no longer be read or written while it is open
(its folder removed and a file put in its place) goes on from memory: each
briefing is checked again as it is read. `check_index_path` says, before a
reader starts, what an open would refuse because it is not ours.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from briefing.errors import UsageError
from briefing.files.locations import INDEX_DIR_ENV, display_path, os_reason_at
from briefing.files.user_folders import user_folder
from briefing.index.build import OnProgress
from briefing.index.building import builds_the_index
from briefing.index.catalogue import files_folder
from briefing.index.lock import LOCK_WAIT_SECONDS
from briefing.index.preview import Totals, wants_preview
from briefing.index.records_file import (
    META,
    StaleFile,
    read_briefing,
    read_preview,
    read_word_table,
    read_words,
)
from briefing.index.rows import ActorAppearance, BriefingSummary, FolderRow, summaries
from briefing.index.storage import NotAnIndex, index_file
from briefing.index.tables import INDEX_FORMAT, TableFile, one_row
from briefing.index.update import (
    DAMAGE,
    IndexRefused,
    Options,
    State,
    brought_up_to_date,
    built_in_memory,
    files_folder_checked,
    refused,
    unusable_notice,
)
from briefing.index.watch import FilesState
from briefing.index.words import WordIndex
from briefing.memory import collector_paused
from briefing.present.display import for_display
from briefing.records.model import Briefing
from briefing.records.queries import BriefingQueries
from briefing.records.text import slug

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

R = TypeVar("R")


#: What reading a briefing from the index raises when it does not open now: no
#: longer in the index (KeyError), its folder refused or gone (UsageError,
#: OSError), its file found damaged again as it was rebuilt. Anything else is a
#: bug, for the reader's crash report.
BRIEFING_UNREADABLE: tuple[type[Exception], ...] = (
    UsageError,
    KeyError,
    OSError,
    # what the last read of a briefing's file, once rebuilt, may still find
    *DAMAGE,
    StaleFile,
    NotAnIndex,
)


def why_unreadable(error: Exception) -> str:
    """One of BRIEFING_UNREADABLE as a reason: "it is no longer in the index",
    `Permission denied: content/b`, or the UsageError's own words."""
    if isinstance(error, KeyError):
        return "it is no longer in the index"
    if isinstance(error, OSError):
        return os_reason_at(error)
    return str(error) or type(error).__name__


class Index:
    """An opened index: the catalogue's rows in memory, each briefing read when asked."""

    def __init__(self, content: Path, requested: Path, options: Options, state: State,
                 seconds: float) -> None:  # fmt: skip
        self.content = content
        self.seconds = seconds
        #: each thing said of the index, in one line, once (a damaged file set aside ...)
        self.notices: list[str] = []
        #: called with each notice added after the open, from the thread that read
        #: (the reader shows it; the CLI prints it)
        self.on_notice: Callable[[str], None] | None = None
        self._requested = requested
        self._options = options
        #: why the index is no longer read or written, once it is not (None: it is)
        self._from_memory: str | None = None
        #: held while a briefing's file is repaired: another thread reading it waits
        self._repairing = threading.Lock()
        self._state = state
        self._take(state)

    def _take(self, state: State) -> None:
        kept = self._state
        for name, table in kept.memory.items():
            # What was built in memory before, for a folder the new state still
            # describes alike (another briefing's file was rebuilt): kept.
            built_as = _generation_of(kept, name)
            now = _generation_of(state, name)
            if name not in state.memory and built_as is not None and now == built_as:
                state.memory[name] = table
        self._state = state
        self._summaries = summaries(state.rows, self.content)
        for notice in state.notices:
            self._say(notice)

    def _say(self, notice: str) -> None:
        if notice in self.notices:
            return
        self.notices.append(notice)
        if self.on_notice is not None:
            self.on_notice(notice)

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

    @property
    def unstored(self) -> list[str]:
        """The folders an index on disk does not keep: built in memory, as a file
        not the index's is where theirs would go (a notice says which)."""
        return sorted(self._state.memory) if self._state.location is not None else []

    def files_seen(self) -> FilesState:
        """The content's files as this open found them, before it read any
        briefing: by OS path, as `watch.files_state` gives them. What the
        reader compares the files with to see an edit: one made while it
        opened (while a library was built, seconds) differs from this."""
        seen: dict[str, tuple[str, int, int, str, int]] = {}
        for top, name, stamps in self._state.surveyed:
            skip = len(name)
            for stamp in stamps:
                seen[top + stamp.path[skip:]] = stamp.stat_key
        return seen

    def summaries(self) -> list[BriefingSummary]:
        """Every folder of the content, in folder order, as the library lists them."""
        return list(self._summaries)

    def summary(self, briefing_id: str) -> BriefingSummary | None:
        """The summary of the briefing `briefing_id`, as `summaries` lists it (None: none)."""
        return next((s for s in self._summaries if s.id == briefing_id), None)

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
        return self._retried(briefing_id, self._read)

    def _retried(self, briefing_id: str, read: Callable[[str], R]) -> R:
        """`read(briefing_id)`, from the briefing's file; a file found damaged,
        missing or of another generation than its row says is rebuilt once and
        read again (what the second read raises, it raises). A file that is
        not the index's is left as it is and the briefing built in memory; an
        index that can no longer be read or written, or that is no longer the
        index's, goes on from memory (each said once, in `notices`)."""
        with collector_paused():
            if self._from_memory is None:
                try:
                    return read(briefing_id)
                except (*DAMAGE, StaleFile, NotAnIndex, OSError):
                    pass
            with self._repairing:
                try:
                    return read(briefing_id)  # another thread repaired it meanwhile
                except (*DAMAGE, StaleFile, NotAnIndex) as exc:
                    if self._from_memory is None:
                        self._rebuild(briefing_id, exc)
                    else:
                        self._in_memory(briefing_id)
                except OSError as exc:
                    self._go_on_from_memory(unusable_notice(self._catalogue, exc))
                    self._in_memory(briefing_id)
            return read(briefing_id)

    @property
    def _catalogue(self) -> Path:
        return self._state.location or self._requested

    def _rebuild(self, briefing_id: str, exc: Exception) -> None:
        """Build again the file of a briefing found damaged (set aside) or stale; or,
        when it is not the index's, build that briefing in memory (said)."""
        row = self._row(briefing_id)
        gone = _index_gone(self._state)
        if gone is not None:
            # Brought up to date, an index removed would be built again whole,
            # every briefing checked, as the reader waits with no word of it
            # (seconds for a large library): this briefing alone is built.
            self._go_on_from_memory(
                f"the index {display_path(gone)} was removed while the reader ran; working "
                "from memory this time (it is built again at the next start)"
            )
            self._in_memory(briefing_id)
            return
        damage = str(exc) if isinstance(exc, DAMAGE) else None
        try:
            state = brought_up_to_date(self.content, self._requested, self._options, False,
                                       {row.folder: damage})  # fmt: skip
        except IndexRefused as refusal:  # put in the index's place since it was opened
            self._go_on_from_memory(f"{refusal.left_alone}; working from memory this time")
            self._in_memory(briefing_id)
            return
        self._take(state)

    def _go_on_from_memory(self, why: str) -> None:
        """From now on, each briefing is built in memory as it is read (said once)."""
        self._from_memory = why
        self._say(why)

    def _in_memory(self, briefing_id: str) -> None:
        """The briefing's folder checked again and kept in memory, its row made anew."""
        row = self._row(briefing_id)
        new_row, table = built_in_memory(self.content, row)
        state = self._state
        rows = [new_row if each.folder == row.folder else each for each in state.rows]
        memory = dict(state.memory)
        old = memory.pop(row.folder, None)
        if old is not None:
            old.close()
        if table is not None:
            memory[row.folder] = table
        self._state = replace(state, rows=rows, memory=memory)
        self._summaries = summaries(rows, self.content)

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
        if self._state.files is None or row.file is None or self._from_memory is not None:
            return None
        if row.folder in self._state.memory:
            return None  # built in memory: read whole from there
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
        return self._retried(briefing_id, self._word_index)

    def _word_index(self, briefing_id: str) -> WordIndex:
        data, generation = self._tables(briefing_id)
        return WordIndex(read_words(data), read_briefing(data, generation))

    def word_table(self, briefing_id: str) -> dict[str, Any]:
        """The briefing's word index alone (its `_words` row), for records read already:
        parses none of them (briefing.index.records_file.read_word_table)."""
        return self._retried(briefing_id, self._word_table)

    def _word_table(self, briefing_id: str) -> dict[str, Any]:
        row = self._row(briefing_id)
        if row.folder in self._state.memory or not self._on_disk(row):
            data, generation = self._tables(briefing_id)
            if one_row(data, META).get("generation") != generation:
                raise StaleFile("another generation")
            return read_words(data)
        assert self._state.files is not None and row.file is not None
        found = read_word_table(self._state.files / row.file, row.generation)
        if found is None:
            raise StaleFile("missing")
        return found

    def _on_disk(self, row: FolderRow) -> bool:
        """Whether the row's records are read from its file (not from memory)."""
        return self._state.files is not None and row.file is not None and not self._from_memory

    def _read(self, briefing_id: str) -> Briefing:
        data, generation = self._tables(briefing_id)
        return read_briefing(data, generation)

    def _tables(self, briefing_id: str) -> tuple[dict[str, Any], str | None]:
        """The tables of the briefing's file, and the generation its row expects."""
        row = self._row(briefing_id)
        source = self._state.memory.get(row.folder)
        if source is None:
            if not self._on_disk(row):
                raise StaleFile("no file")
            assert self._state.files is not None and row.file is not None
            source = TableFile(self._state.files / row.file)
        try:
            data = source.read()
        except FileNotFoundError:
            data = None
        finally:
            if source.path is not None:
                source.close()
        if data is None:
            raise StaleFile("missing")
        return data, row.generation


def _index_gone(state: State) -> Path | None:
    """The catalogue or its folder of briefing files, when the index was on disk
    and it no longer is (removed while it was open); else None."""
    for path in (state.location, state.files):
        if path is not None and not os.path.lexists(path):
            return path
    return None


def _generation_of(state: State, folder: str) -> str | None:
    """The generation the state's row of `folder` describes (None: no such row)."""
    return next((row.generation for row in state.rows if row.folder == folder), None)


def default_index_path(content: Path) -> Path:
    """One catalogue per content directory, in BRIEFING_INDEX_DIR or the cache folder.

    Named `.index.json` since format 2: an index of format 1 (which did not
    begin with the marker) is left alone in the cache rather than refused.
    """
    resolved = content.resolve()
    folder = user_folder("cache", INDEX_DIR_ENV)  # refuses a typo in the setting
    key = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]
    name = resolved.name or "content"
    if not name.isprintable():  # an escape in a folder's name made one in ours (a trial)
        name = slug(name) or "content"
    return folder / f"{name}-{key}.index.json"


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


@builds_the_index
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
    check_files: bool = False,
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
    one line each; nor for a file not ours where a briefing's file goes: it
    is left as it is, that briefing built in memory (`Index.unstored`), and
    said. Raises UsageError when the catalogue's path or its folder of
    briefing files holds anything that is not ours (it is left exactly as
    it is).

    `check_files`: when the catalogue is up to date, each briefing's file is
    looked at too (opened, its first bytes read), and one missing or not
    ours is built again: what `briefing index` is asked for.
    """
    wait = lock_wait_setting() if lock_wait is None else lock_wait
    options = Options(on_rebuild, on_wait, on_progress, wait, workers, check_files)
    requested = index_path or default_index_path(content)
    started = time.perf_counter()
    with collector_paused(keep=keep):  # reading JSON builds a great many objects
        state = brought_up_to_date(content, requested, options, rebuild, {})
    return Index(content, requested, options, state, time.perf_counter() - started)


def check_index_path(content: Path, index_path: Path | None = None) -> None:
    """Raise UsageError if the index path of `content` holds anything that is not ours.

    What `open_index` would refuse, said before a reader starts: the
    catalogue and the marker of its folder of briefing files are opened no
    further than the marker's bytes, and left as they are.
    """
    path = index_path or default_index_path(content)
    try:
        found = index_file(path) or path
        files_folder_checked(files_folder(found))
    except NotAnIndex as exc:
        raise refused(path, exc) from exc
    except OSError:
        pass  # cannot be looked at: open_index works from memory and says so
