"""The open briefing, read again as its files change: the reader stays current, live.

Every POLL_SECONDS a worker compares the open briefing's files (a stat of
each, no hashing: briefing.index.watch) with what they were when it was
read. On a change the index is refreshed in a worker (only that folder is
checked again) and the briefing screen takes the new records in the same
state: filters, rows and history kept where their records still exist,
the viewer or details reopened on the new text. While the files have
errors, the last version that opened stays on screen, a notice says so,
the header says so for as long as it lasts, and `!` shows the problems.
While its folder (or its library's) is gone, the same: the last version
read stays, the header says so, and the files are read again once the
folder is back (briefing.screens.folder_gone).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from briefing.errors import UsageError
from briefing.index.store import BRIEFING_UNREADABLE, BriefingSummary, Index, open_index
from briefing.index.watch import FilesState, files_state, within
from briefing.records.problems import Problem
from briefing.records.queries import BriefingQueries
from briefing.records.text import counted, visible_line
from briefing.screens.bound_keys import key_shown
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.folder_gone import BACK, FolderGone, folder_gone, library_gone
from briefing.screens.palette import ShowRecord
from briefing.screens.state import RecordOverlay

#: Seconds between two looks at the open briefing's files.
POLL_SECONDS = 2.0
#: A look at the library's files takes at most this share of the time (1/20).
LOOK_SHARE = 20
#: The worker group that reads the briefing again: its failure is said, not fatal.
LIVE = "live"


def briefing_folders(content: Path, summaries: Iterable[BriefingSummary]) -> dict[str, Path]:
    """Each briefing's folder, by id."""
    return {s.id: content / s.path for s in summaries if s.id is not None}


@dataclass(eq=False)
class IndexNoticed(Message):
    """The index said something while a briefing was read (a file set aside, or
    left alone as not its own), in whatever thread read it: the app's to say
    (no widget sent it; its `control` is None)."""

    notice: str


class LiveContentApp(App[None]):
    """The reader's app, keeping the open briefing as its files are now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Shown only while the files hold errors and the last good version is on
        # screen, or while the briefing on screen has warnings (`open_warnings`).
        Binding("exclamation_mark", "problems", "Problems", id="app.problems"),
    ]

    content: Path
    index_path: Path | None
    index: Index | None
    #: why what the open briefing shows is no longer what its files give
    #: (None: it is), for the screens over it (briefing.screens.outdated)
    outdated: reactive[str | None] = reactive(None)

    def __init__(self) -> None:
        super().__init__()
        #: each briefing's folder, by id
        self.folders: dict[str, Path] = {}
        #: the content's files as they were when the briefings were read
        self.on_disk: FilesState = None
        #: that `on_disk` was taken (None: the content could not be read then)
        self.noted = False
        #: when the library's files may be looked at again (time.monotonic)
        self._library_next = 0.0
        #: the folder being read again, while it is
        self.changed: Path | None = None
        #: what check says of the open briefing's files, while they do not open
        self.problems: tuple[Problem, ...] = ()
        #: that the open briefing is gone, once said (not again while it is)
        self.said_on_disk: str | None = None
        #: the open briefing's folder, or its library's, while it is gone (said once)
        self.gone: FolderGone | None = None
        #: the library's folder while it is gone: the library and the briefings
        #: opened from it say so for as long as it lasts (a toast alone did)
        self.library_gone: FolderGone | None = None
        #: what the index said and the reader has shown: each once
        self._index_said: set[str] = set()
        #: the briefing and the item of the `!` list last gone to from it: its
        #: cursor starts there, for the next warning (None: none yet)
        self._warning_chosen: tuple[str, int] | None = None

    def hear_index(self, index: Index) -> None:
        """What `index` says from now on, from any thread, shown as it says it."""

        def heard(notice: str) -> None:
            self.post_message(IndexNoticed(notice))  # safe from any thread

        index.on_notice = heard

    def take_index(self, index: Index) -> None:
        """`index` is the one the reader reads from now: what it said is shown
        (what was shown already is not shown again), and what it says later."""
        self.index = index
        self.hear_index(index)
        self.say_index_notices(index)

    def say_index_notices(self, index: Index) -> None:
        for notice in index.notices:
            self._say_index_notice(notice)

    @on(IndexNoticed)
    def _index_noticed(self, message: IndexNoticed) -> None:
        self._say_index_notice(message.notice)

    def _say_index_notice(self, notice: str) -> None:
        """A notice of the index, once in the reader's run: one said at every
        reading (an index that can no longer be written) would say it again
        for every briefing opened."""
        if notice in self._index_said:
            return
        self._index_said.add(notice)
        self.notify(visible_line(notice), severity="warning", markup=False, timeout=12)

    def watch_content(self) -> None:
        """Start looking at the open briefing's files (once the app is mounted)."""
        self.set_interval(POLL_SECONDS, self._look_for_changes)

    @work(thread=True, exclusive=True, exit_on_error=False, group="files-noted")
    def note_files(self, index: Index) -> None:
        """What the content's files were when `index` read the briefings: the
        stamps it compared them by, before reading. Once, a stat taken after
        the first frame: an edit made while the reader opened was taken for
        what it had read, and never shown."""
        state = index.files_seen()
        if not get_current_worker().is_cancelled:  # a newer look started another
            self.call_from_thread(self._noted, state)

    def _noted(self, state: FilesState) -> None:
        self.on_disk = state
        self.noted = True

    def open_briefing(self) -> BriefingScreen | None:
        """The briefing screen on show (under a quote, details or the palette too)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, BriefingScreen):
                return screen
        return None

    def _look_for_changes(self) -> None:
        if not self.noted or self.changed is not None:
            return
        shown = self.open_briefing()
        if shown is not None and self._busy_over(shown):
            return  # looked at again once it is closed
        folder = self.folders.get(shown.briefing.id) if shown is not None else None
        if folder is not None:
            # (compared with None too, the content unread: the folder gone, it
            # was never looked at again, and its return never read)
            library_gone = self.gone is not None and self.gone.library
            self._compare_files(folder, within(self.on_disk, folder), library_gone)
        elif shown is None and self._library_shown() and time.monotonic() >= self._library_next:
            self._compare_library(self.on_disk)

    def _library_shown(self) -> bool:
        from briefing.screens.library import LibraryScreen  # imported when first shown

        return isinstance(self.screen, LibraryScreen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="files-compared")
    def _compare_library(self, before: FilesState) -> None:
        """The whole content directory's files, while the library is on screen:
        a broken briefing fixed, a folder added or removed, is listed as it is
        now (a new user's trial: a fix was never seen until the reader restarted)."""
        started = time.monotonic()
        now = files_state(self.content)
        took = time.monotonic() - started
        # A thousand briefings are 8,000 files, 50 ms a look: looked at less
        # often as they grow, so that looking never takes over 1/LOOK_SHARE
        # of the time.
        self._library_next = started + took * LOOK_SHARE
        if now != before:
            self.call_from_thread(self._library_changed)

    def _library_changed(self) -> None:
        if self.changed is None and self._library_shown():
            self.changed = self.content
            self._read_library_again()

    @work(thread=True, exclusive=True, exit_on_error=False, group=LIVE)
    def _read_library_again(self) -> None:
        before = files_state(self.content)
        try:
            index = open_index(self.content, self.index_path, keep=True)
        except (UsageError, OSError) as error:  # the folder gone, or refused
            said = visible_line(f"The library's folder could not be read again: {error}")
            gone = library_gone(self.content)
            self.call_from_thread(self._library_not_read, before, said, gone)
            return
        self.call_from_thread(self._library_read, index, before)

    def _library_not_read(self, tried: FilesState, said: str, gone: FolderGone | None) -> None:
        self._not_read_again(tried, said)
        self._show_library_gone(gone)

    def _show_library_gone(self, gone: FolderGone | None) -> None:
        """Whether the library's folder is gone, in the library's title (None: it is there)."""
        from briefing.screens.library import LibraryScreen

        self.library_gone = gone
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.show_gone(gone.library_header if gone is not None else None)

    def _not_read_again(self, tried: FilesState, said: str) -> None:
        """The content could not be read again (the library's folder gone, the
        briefing's index refused ...): said once; the screen stays, and the
        next look tries again only once the files change from what was tried
        (it was tried and said again every POLL_SECONDS: five notices in nine
        seconds, reviews)."""
        self.changed = None
        self.on_disk = tried
        if said != self.said_on_disk:  # (tried again at each look while the folder is there)
            self.notify(said, severity="error", markup=False, timeout=15)
        self.said_on_disk = said

    def _library_read(self, index: Index, read_from: FilesState) -> None:
        from briefing.screens.library import LibraryScreen

        self.take_index(index)
        self.changed = None
        self.said_on_disk = None  # (gone again, it is said again)
        self.on_disk = read_from
        self._show_library_gone(None)
        self.folders = briefing_folders(self.content, index.summaries())
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.list_as_now()

    @work(thread=True, exclusive=True, exit_on_error=False, group="files-compared")
    def _compare_files(self, folder: Path, before: FilesState, library_gone: bool) -> None:
        """`library_gone`: the library's folder was gone; back without the
        briefing's own, its files look unchanged (gone both times), and the
        header kept saying the library's folder was gone (a review)."""
        if files_state(folder) != before or (library_gone and self.content.exists()):
            self.call_from_thread(self._files_changed, folder)

    def _files_changed(self, folder: Path) -> None:
        shown = self.open_briefing()
        if self.changed is not None or shown is None:
            return
        if self.folders.get(shown.briefing.id) != folder:
            return  # another briefing is open by now
        self.changed = folder
        self._read_again(shown.briefing.id, folder)

    @work(thread=True, exclusive=True, exit_on_error=False, group=LIVE)
    def _read_again(self, briefing_id: str, folder: Path) -> None:
        """The index refreshed (only the changed folder is checked), and the briefing.

        The files are looked at before they are read: an edit made while they
        are read is then a change from what was read, noticed at the next look.
        """
        before = files_state(self.content)
        try:
            index = open_index(self.content, self.index_path, keep=True)
            self.hear_index(index)
            summary = index.summary(briefing_id)
            opens = summary is not None and summary.opens
            queries = index.queries(briefing_id) if opens else None
        except BRIEFING_UNREADABLE as error:  # its index refused, its folder gone ...
            gone = folder_gone(self.content, folder)
            if gone is not None:
                self.call_from_thread(self._gone, briefing_id, gone, before)
                return
            said = "The briefing's files changed, but could not be read again: "
            self.call_from_thread(self._not_read_again, before, said + visible_line(str(error)))
            return
        problems = summary.problems if summary is not None else ()
        if queries is None and not problems:  # no briefing of its id: its folder gone?
            gone = folder_gone(self.content, folder)
            if gone is not None:
                self.call_from_thread(self._gone, briefing_id, gone, before)
                return
        self.call_from_thread(self._read, index, briefing_id, queries, problems, before)

    def _gone(self, briefing_id: str, gone: FolderGone, read_from: FilesState) -> None:
        """The open briefing's folder, or its library's, is gone: the last
        version read stays, the header says so while it lasts, and the folder
        is looked for at each look (`within` the files read from, it is None,
        as `files_state` says of it until it is back)."""
        self.changed = None
        self.on_disk = read_from
        shown = self.open_briefing()
        if shown is None or shown.briefing.id != briefing_id:
            return  # the reader moved on meanwhile
        self._problems_again(shown)  # `!` open: closed, its problems gone with the files
        self.problems = ()  # no files, no problems to show: its errors were of files gone
        self.said_on_disk = None
        self.refresh_bindings()
        self._say_outdated(shown, gone.header)
        self._show_library_gone(gone if gone.library else None)
        if gone != self.gone:
            self.notify(
                gone.notice, title="Changed on disk", severity="warning", markup=False, timeout=15
            )
        self.gone = gone

    def _read(
        self,
        index: Index,
        briefing_id: str,
        queries: BriefingQueries | None,
        problems: tuple[Problem, ...],
        read_from: FilesState,
    ) -> None:
        self.take_index(index)
        self.changed = None
        self.on_disk = read_from  # the next change is from what was read
        shown = self.open_briefing()
        if shown is None or shown.briefing.id != briefing_id:
            return  # the reader moved on meanwhile
        back, self.gone = self.gone is not None, None
        if self.library_gone is not None:  # read: it is back
            self._show_library_gone(None)
        # `!` open over the briefing is opened again on what the files say now
        # (a review: a warning fixed while its list was open stayed listed, and
        # the files were not read again until it closed)
        self._problems_again(shown)
        if queries is None:
            if problems:
                self.problems = problems
                self.refresh_bindings()
                errors = counted(sum(1 for p in problems if p.is_error), "error")
                problems_key = key_shown(self, LiveContentApp.BINDINGS, "app.problems")
                said = (
                    f"This briefing's files now have {errors}: the last version that opened "
                    f"stays on screen. Press {problems_key} to see the problems."
                )
                why = f"its files have {errors} (!): the last version that opened"
                self._say_outdated(shown, why)
            else:
                # No briefing of this id is there any more: its folder was moved
                # or removed, or its id changed. There are no problems to show.
                said = (
                    "This briefing is no longer in its folder (moved, removed, or its id "
                    "changed): the last version read stays on screen."
                )
                self._say_outdated(shown, "no longer in its folder: the last version read")
            if said != self.said_on_disk:
                self.notify(
                    said, title="Changed on disk", severity="warning", markup=False, timeout=15
                )
            # Said once while it is gone (removed file by file, it was said three
            # times); the errors of an edit are said after every edit.
            self.said_on_disk = None if problems else said
            return
        self.said_on_disk = None
        had_problems = bool(self.problems)
        self.problems = ()
        self.refresh_bindings()
        overlay = self._close_over(shown)
        gone = shown.take(queries, overlay)
        self._say_outdated(shown, None)
        if had_problems:
            # The notice of the errors, now fixed, outlived the fix by seconds
            # and pointed to a `!` that had gone (a new user's trial).
            self.clear_notifications()
        said = (
            BACK
            if back
            else "Read again: the files open again."
            if had_problems
            else "Read again from disk."
        )
        self.notify(
            visible_line(f"{said} {gone}" if gone else said),
            markup=False,
            timeout=8 if gone else 3,
        )

    def _say_outdated(self, shown: BriefingScreen, why: str | None) -> None:
        """Why `shown` is not what its files give (None: it is), in its header and
        on the screens over it."""
        shown.show_outdated(why)
        self.outdated = why

    def _busy_over(self, shown: BriefingScreen) -> bool:
        """Whether a screen over the briefing is one that reading it again would
        close, not open again: a note being written, Find, the pins, the
        briefings an actor is also in ... A file saved in an editor closed the
        list of those briefings with no word, and the next Esc, meant for it,
        left the briefing (a trial). The viewer, details and `!` are read again."""
        from briefing.screens.details import DetailsScreen  # imported when first opened
        from briefing.screens.problems import ProblemsScreen
        from briefing.screens.quote_viewer import QuoteViewer

        stack = self.screen_stack
        above = stack[stack.index(shown) + 1 :] if shown in stack else []
        read_again = QuoteViewer | DetailsScreen | ProblemsScreen
        return any(not isinstance(screen, read_again) for screen in above)

    def _problems_again(self, shown: BriefingScreen) -> None:
        """`!`, open at the top over `shown`, closed and opened again with the
        problems the index has now, on the item it stood on; closed for good
        when there are none any more."""
        from briefing.screens.problems import ProblemsScreen

        top = self.screen
        if not isinstance(top, ProblemsScreen) or shown not in self.screen_stack:
            return
        standing = top.standing()
        top.dismiss(None)
        self.call_after_refresh(self.action_problems, standing)

    def _close_over(self, shown: BriefingScreen) -> RecordOverlay | None:
        """Close what is open over the briefing screen; the viewer or details it was."""
        from briefing.screens.details import DetailsScreen  # imported when first opened
        from briefing.screens.quote_viewer import QuoteViewer

        stack = self.screen_stack
        position = stack.index(shown)
        above = stack[position + 1] if position + 1 < len(stack) else None
        overlay = above.overlay if isinstance(above, QuoteViewer | DetailsScreen) else None
        while self.screen is not shown:
            self.pop_screen()
        return overlay

    def forget_problems(self) -> None:
        """A briefing opened anew (from the library, say) is the one its files
        give now: the problems of the one shown before are not its (a trial saw
        `! Problems` of errors fixed meanwhile, from the library)."""
        self.outdated = None
        self.gone = None
        if self.problems or self.said_on_disk is not None:
            self.problems = ()
            self.said_on_disk = None
            self.refresh_bindings()

    def open_warnings(self) -> tuple[Problem, ...]:
        """The checker's warnings of the briefing on screen, as the index has them.

        The library said "2 warnings" on a briefing's row, and once it was
        open nothing did: `!` lists them, as `briefing check` would.
        """
        shown = self.open_briefing()
        if shown is None or self.index is None:
            return ()
        opened = shown.briefing.id
        summary = self.index.summary(opened)
        if summary is None or not summary.opens:
            return ()
        return tuple(problem for problem in summary.problems if not problem.is_error)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "problems":  # not in the footer while there are none
            return bool(self.problems or self.open_warnings())
        return True

    def action_problems(self, standing: int | None = None) -> None:
        """`!`: the problems of the files, or the warnings of the briefing on
        screen; `standing`: the item to stand on (the list read again)."""
        from briefing.screens.problems import ProblemsScreen

        problems = self.problems or self.open_warnings()
        if not problems or isinstance(self.screen, ProblemsScreen):
            return
        shown = self.open_briefing()
        if self.problems or shown is None:
            self.push_screen(ProblemsScreen(problems))  # the errors: text, no record to go to
            return
        briefing_id = shown.briefing.id

        def chosen(item: int) -> None:
            self._warning_chosen = (briefing_id, item)

        last = self._warning_chosen
        warnings = ProblemsScreen(
            problems,
            shown.queries,
            first_rows=shown.first_rows,
            start=standing
            if standing is not None
            else last[1]
            if last is not None and last[0] == briefing_id
            else None,
            chosen=chosen,
        )
        self.push_screen(warnings)

    @on(ShowRecord)
    def _show_record_over(self, message: ShowRecord) -> None:
        """A record to show, chosen in the `!` list opened over a screen that
        shows none (the pins, a source's text, the briefings an actor is also
        in): the open briefing shows it, what was open over it closed, as over
        the panes (Backspace goes back to where they were)."""
        shown = self.open_briefing()
        if shown is None or message.screen is shown or not shown.queries.has(message.ref):
            return
        self._close_over(shown)
        screen: Screen[Any] = shown
        shown.post_message(ShowRecord(screen, message.ref, message.open_quote))
