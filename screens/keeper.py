"""The reader's own data, kept off the UI thread: read after the first frame, saved in workers.

The app owns one `Keeper` over the store (briefing.userdata.store). The
store is read in a worker once the first frame is drawn, so a large notes
file never delays it; each briefing's memory (its digests, its marks) is
worked out in a worker too. Pins and notes are saved as soon as they are
made; reading marks a moment after the last one (a walk through the quotes
with `n` is one save, not one a quote); whatever is left is saved when the
reader ends. Every notice of the store (a damaged file set aside, a lock
held too long) is shown as a toast.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from textual.app import App
from textual.timer import Timer

from briefing.index.store import BRIEFING_UNREADABLE
from briefing.memory import collector_paused
from briefing.present.display import for_display
from briefing.records.model import Briefing
from briefing.records.text import visible_line
from briefing.userdata.keys import RecordKey
from briefing.userdata.moving import move_kept, renamed_as
from briefing.userdata.reading import BriefingMemory, Standing, opened_briefings
from briefing.userdata.store import UserStore
from briefing.userdata.unsaved import Unsaved


@runtime_checkable
class KeepsTyped(Protocol):
    """A screen holding what the user is typing (the note editor), to keep as the
    reader ends without unmounting it (briefing.screens.app.keep_before_ending)."""

    def keep_typed(self) -> None: ...


#: What the library says of a briefing the user has never opened.
NEVER_OPENED = "never opened"
#: Reading marks are saved this long after the last one.
SAVE_MARKS_AFTER = 2.0
#: How long the last save, as the reader ends, waits for another reader's lock.
LAST_SAVE_WAIT = 3.0
#: Seconds a notice of the notes file stays on screen, and is not shown again
#: (saves that fail alike piled the same notice up over the note editor)
NOTICE_SECONDS = 10.0

#: Per briefing id, what the library says of it: "never opened", "3 new", "".
ReadingStatus = Mapping[str, str]


@dataclass(frozen=True)
class KeptIn:
    """How the record of each pin and note of a briefing stands now."""

    standings: Mapping[RecordKey, Standing]
    #: for each record gone, the one record that reads as it last did (its id
    #: renamed most likely: briefing.userdata.moving.renamed_as)
    renamed: Mapping[RecordKey, RecordKey]


#: Per briefing id, how the records of its pins and notes stand now.
KeptStandings = Mapping[str, KeptIn]
#: What a briefing that does not open says of its pins and notes: nothing.
NOTHING_KEPT = KeptIn({}, {})


@dataclass(frozen=True)
class SaveOutcome:
    """How a save went, read in its worker as it ended."""

    #: the changes are in the file
    saved: bool
    #: why not (None: not known)
    why: str | None = None
    #: a later save will try again (False: the file may not be written at all)
    tried_again: bool = True


class Keeper:
    def __init__(self, app: App[Any], store: UserStore) -> None:
        self.app = app
        self.store = store
        self._timer: Timer | None = None
        #: the library's word on each briefing, by id, once worked out: it changes
        #: only when the briefing is opened here (`remember` lets it go), so a
        #: return to a library of a thousand reads one briefing again, not all
        self._counted: dict[str, str] = {}
        #: what could not be saved as the reader ended, to say on the terminal: one
        #: line each (`briefing: ...`), then `unsaved_listing`, the notes and pins in
        #: full, every character visible, for the user to copy
        self.unsaved: list[str] = []
        self.unsaved_listing: list[str] = []
        #: when each notice of the store was last shown (not again while it is)
        self._said: dict[str, float] = {}
        #: what was done to the notes file meanwhile (a damaged one set aside),
        #: said on the terminal too: a notice on screen may have gone unread
        self.told: list[str] = []

    # --- reading ----------------------------------------------------------------

    def load(self) -> None:
        """Read the store in a worker (the first frame is drawn by then)."""
        self.app.run_worker(self._load, thread=True, group="userdata", exit_on_error=False)

    def _load(self) -> None:
        self.store.load()
        self.app.call_from_thread(self._report)

    def remember(self, briefing: Briefing, then: Callable[[BriefingMemory], None]) -> None:
        """The memory of `briefing` (as shown), opened now, handed to `then` on the UI thread."""

        self._counted.pop(briefing.id, None)

        def work() -> None:
            # It lives as long as the briefing is open: kept out of the
            # collector's sight, like the records (briefing.memory). At x1000
            # its 150,000 keys made each full collection 60 ms, in key presses.
            with collector_paused(keep=True):
                memory = BriefingMemory(self.store, briefing)
            memory.record_visit()
            self.app.call_from_thread(then, memory)
            self.app.call_from_thread(self.changed, False)

        self.app.run_worker(work, thread=True, group="userdata", exit_on_error=False)

    def recount(self, briefing_id: str) -> None:
        """What is new in the briefing changed (a record marked seen outside
        it): the library counts it again when it next asks."""
        self._counted.pop(briefing_id, None)

    def look_for_others(self, then: Callable[[], None]) -> None:
        """Read the notes file again if another reader wrote it since (a stat,
        in a worker), then `then` on the UI thread: it shows what changed."""

        def work() -> None:
            self.store.refresh()
            self.app.call_from_thread(then)

        self.app.run_worker(
            work, thread=True, group="userdata-others", exclusive=True, exit_on_error=False
        )

    def reading_status(
        self, read: Callable[[str], Briefing], ids: list[str], then: Callable[[ReadingStatus], None]
    ) -> None:
        """For the library: which briefings were never opened, and how many records of
        each opened one are new or changed (each read with `read`, in a worker)."""

        def work() -> None:
            opened = opened_briefings(self.store)
            counted = self._counted
            status = {i: counted.get(i, "") if i in opened else NEVER_OPENED for i in ids}
            self.app.call_from_thread(then, dict(status))
            for briefing_id in ids:
                if briefing_id not in opened or briefing_id in counted:
                    continue
                try:
                    memory = BriefingMemory(self.store, for_display(read(briefing_id)))
                except BRIEFING_UNREADABLE:
                    continue  # it does not open now: the library says why
                new, changed = memory.counts()
                parts = [f"{new} new"] if new else []
                if changed:
                    parts.append(f"{changed} changed")
                status[briefing_id] = counted[briefing_id] = ", ".join(parts)
            self.app.call_from_thread(then, status)

        self.app.run_worker(
            work, thread=True, group="userdata-status", exclusive=True, exit_on_error=False
        )

    def kept_standings(
        self, read: Callable[[str], Briefing], ids: list[str], then: Callable[[KeptStandings], None]
    ) -> None:
        """For the library's list of pins and notes: how the record of each of
        them stands in its briefing now (read with `read`, in a worker)."""

        def work() -> None:
            found = {i: standings_in(self.store, read, i) for i in ids}
            self.app.call_from_thread(
                then, {i: kept for i, kept in found.items() if kept.standings}
            )

        self.app.run_worker(
            work, thread=True, group="userdata-kept", exclusive=True, exit_on_error=False
        )

    # --- saving -----------------------------------------------------------------

    def changed(
        self, at_once: bool = True, then: Callable[[SaveOutcome], None] | None = None
    ) -> None:
        """Something was changed: save it now (pins, notes) or soon (reading marks).

        `then` is told on the UI thread, after the save, how it went.
        """
        if at_once:
            self._save_soon_cancelled()
            self.app.run_worker(
                lambda: self._save(then), thread=True, group="userdata-save", exit_on_error=False
            )
        elif self._timer is None:
            self._timer = self.app.set_timer(SAVE_MARKS_AFTER, lambda: self.changed(True))

    def _save_soon_cancelled(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _save(self, then: Callable[[SaveOutcome], None] | None = None) -> None:
        saved = False
        try:
            saved = self.store.save()
        finally:  # told even when the save failed in a way no one foresaw
            # Why, read here: a later save, in another worker, may clear it.
            outcome = SaveOutcome(saved, self.store.why_not_saved, self.store.tried_again)
            self.app.call_from_thread(self._report)
            if then is not None:
                self.app.call_from_thread(then, outcome)

    def save_at_exit(self) -> None:
        """The last save, as the reader ends: bounded; what it could not save is kept
        in `unsaved`, for the command to say once the terminal is restored."""
        self._save_soon_cancelled()
        if self.store.unsaved:
            self.store.save(wait=LAST_SAVE_WAIT, last=True)
        left = Unsaved.of(self.store.pending())
        notices = self.store.take_notices()
        self.told = list(self.store.done_to_file)
        if not left:
            return
        why = self.store.why_not_saved
        self.unsaved = [
            *notices,
            f"{left.summary()} could not be saved: {why}"
            if why
            else f"{left.summary()} could not be saved to {self.store.path}",
        ]
        if left.notes or left.pins:
            self.unsaved.append(f"here {left.what_follows()}, to copy:")
            self.unsaved_listing = left.listing()

    def _report(self) -> None:
        now = time.monotonic()
        for notice in self.store.take_notices():
            if now - self._said.get(notice, -NOTICE_SECONDS) < NOTICE_SECONDS:
                continue  # on screen still: each save that fails alike said it again
            self._said[notice] = now
            self.app.notify(
                visible_line(notice), severity="warning", markup=False, timeout=NOTICE_SECONDS
            )


def standings_in(store: UserStore, read: Callable[[str], Briefing], briefing_id: str) -> KeptIn:
    """How the record of each pin and note of the briefing stands now (nothing:
    it does not open)."""
    memory = _memory_of(store, read, briefing_id)
    return NOTHING_KEPT if memory is None else _kept_in(memory)


def move_in(
    store: UserStore, read: Callable[[str], Briefing], key: RecordKey
) -> tuple[str, RecordKey, KeptIn] | None:
    """Move the pin and note of the gone record `key` onto the one record of its
    briefing that reads as it did, the briefing read now; what was done, in a
    sentence, the record moved onto, and how the briefing's pins and notes
    stand then (None: no record reads so)."""
    memory = _memory_of(store, read, key.briefing)
    target = renamed_as(memory, key) if memory is not None else None
    if memory is None or target is None:
        return None
    said = move_kept(memory, key, target)
    return said, target, _kept_in(memory)


def _memory_of(
    store: UserStore, read: Callable[[str], Briefing], briefing_id: str
) -> BriefingMemory | None:
    try:
        briefing = for_display(read(briefing_id))
    except BRIEFING_UNREADABLE:
        return None  # it does not open now: the list says why
    return BriefingMemory(store, briefing)


def _kept_in(memory: BriefingMemory) -> KeptIn:
    standings = memory.kept_standings()
    renamed = {}
    for key, standing in standings.items():
        target = renamed_as(memory, key) if standing is Standing.REMOVED else None
        if target is not None:
            renamed[key] = target
    return KeptIn(standings, renamed)
