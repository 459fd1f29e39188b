"""The reader app, and the one factory the CLI and the tests both start it with.

The app holds the reader's own data (pins, notes, reading marks) in a
`Keeper` (briefing.screens.keeper): each briefing's part is read after its
first frame, saves happen in workers, and once more as the reader ends.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from rich.console import RenderableType
from textual import constants, events, on, work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.css.query import NoMatches
from textual.driver import Driver
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.errors import UsageError
from briefing.files.filekinds import path_text
from briefing.files.locations import (
    bundled_content_dir,
    content_folders,
    display_path,
    os_reason_at,
    shell_argument,
)
from briefing.index.build import OnProgress, Progress
from briefing.index.preview import Totals
from briefing.index.store import BRIEFING_UNREADABLE, Index, open_index, why_unreadable
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import typable, visible, visible_line
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.keeper import Keeper, KeepsTyped
from briefing.screens.live import LiveContentApp, briefing_folders
from briefing.screens.loading import FailureScreen, LoadingSaid, LoadingScreen
from briefing.screens.navigation import (
    BackPastStart,
    OpenBriefing,
    ShowElsewhere,
    ShowSearchResult,
)
from briefing.screens.palette import ReaderPalette
from briefing.screens.places import filter_gone, place_of, state_of
from briefing.screens.process import TerminalGone, end_on_signals, release_signals
from briefing.screens.settings import apply_settings, report_settings, theme_picker
from briefing.screens.sharing import open_address
from briefing.screens.themes import colours_of, selected_row_legible
from briefing.screens.worker_failures import WorkerFailed
from briefing.userdata.places import Place, Places, briefing_key, library_key
from briefing.userdata.store import UserStore

#: how often the loading screen's count of briefings indexed is redrawn, at most
PROGRESS_SECONDS = 0.1
#: seconds of opening before the loading screen shows, when nothing was said sooner
LOADING_AFTER = 0.15


WHOLE = "whole"  # the worker reading a briefing whose preview is on screen


def _every(seconds: float, report: OnProgress) -> OnProgress:
    """`report`, called at most every `seconds` and for the last one: each call waits
    for the UI thread, which a thousand briefings indexed would wait on a thousand times."""
    last = [0.0]

    def throttled(progress: Progress) -> None:
        now = time.monotonic()
        if progress.done == progress.total or now - last[0] >= seconds:
            last[0] = now
            report(progress)

    return throttled


class IndexingStopped(Exception):
    """The reader was quit while it indexed: the build stops where it is."""


def _stopped_on_quit(report: OnProgress | None) -> OnProgress:
    """`report` (if any), as the build goes, unless the worker was cancelled:
    the reader quit. Without this, quitting during a first build of a library
    blanked the screen and the process lived on until every folder was done.
    The build reports while it waits too (build.TICK_SECONDS), so it stops
    at once, even in the middle of a large briefing. What was built so far
    is kept; the next open goes on from there."""
    worker = get_current_worker()

    def reported(progress: Progress) -> None:
        if worker.is_cancelled:
            raise IndexingStopped
        if report is not None:
            report(progress)

    return reported


class BriefingApp(LiveContentApp):
    # Every screen's styles, read once at start. A screen's CSS_PATH stays
    # beside it, but Textual re-parses every stylesheet when a screen brings
    # one it has not read yet, in the middle of opening it. Named here rather
    # than taken from the screens' classes, so that screens not shown at start
    # (the note editor) are imported only when opened; tests/test_styles.py
    # checks that every .tcss file beside the screens is here.
    CSS_PATH: ClassVar = [
        "app.tcss",
        "loading.tcss",
        "briefing_screen.tcss",
        "library.tcss",
        "quote_viewer.tcss",
        "summary.tcss",
        "details.tcss",
        "elsewhere.tcss",
        "problems.tcss",
        "note_editor.tcss",
        "pins.tcss",
        "search.tcss",
        "export_choice.tcss",
        "palette.tcss",
    ]
    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        # Ctrl+C ends a terminal program; Textual's own answer is only to say
        # "press ctrl+q". A text box that has a selection still copies it.
        Binding("ctrl+c", "quit", "Quit", show=False, id="app.interrupt"),
        Binding("question_mark", "toggle_help", "Keys", id="app.help"),
        # Textual's palette key, with an id: the keymap can move it
        Binding(
            "ctrl+p", "command_palette", "palette", show=False, priority=True, id="app.palette"
        ),
        # Raw mode turns Ctrl+Z into a key: suspend as a shell's job would,
        # over any widget's own use of the key.
        Binding(
            "ctrl+z", "suspend_process", "Suspend", show=False, priority=True, id="app.suspend"
        ),
    ]

    def __init__(
        self,
        content: Path,
        briefing_id: str | None = None,
        index: Path | None = None,
        opened: Index | None = None,
        store: UserStore | None = None,
    ) -> None:
        """`opened`: the index of `content`, when the caller has opened it already;
        `store`: the reader's own data (default: in the user's data folder, read lazily)."""
        super().__init__()
        self.keeper = Keeper(self, store or UserStore())
        #: where the reader was in each briefing and library (read when first asked)
        self.places = Places()
        self.content = content
        self.briefing_id = briefing_id
        self.index_path = index
        self.opened = opened
        self.index: Index | None = None
        #: `content` is one briefing's folder, not a library (None: not looked at yet)
        self._content_alone: bool | None = None
        #: the reader is ending (`exit`): keys read since are dropped
        self.ending = False

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, its selected row's text made legible in 16 colours
        (briefing.screens.themes.selected_row_legible)."""
        variables = selected_row_legible(
            self.current_theme, super().get_css_variables(), colours_of(self)
        )
        self.theme_variables = variables
        return variables

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for a terminal on Linux or macOS reads its input through
        a `PasteGuard` (briefing.screens.terminal_input): an ESC in pasted text ran
        the rest of the paste as keys. A driver named in `TEXTUAL_DRIVER` is kept."""
        driver = super().get_driver_class()
        if constants.DRIVER is None and driver.__name__ == "LinuxDriver":
            from briefing.screens.terminal_input import PasteSafeDriver

            return PasteSafeDriver
        return driver

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notice as plain text with each hidden character made visible,
        whoever asks: notices name folders, files and records, and a folder
        named with an escape sequence cleared the screen (a new user's trial).
        `markup` is Textual's parameter, kept so that its callers run; it is
        never used: no notice is read as markup."""
        super().notify(
            visible(message),
            title=visible_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        """Textual's screenshot, saved in the user's Downloads folder, or where the
        reader was started when there is none (as `e` saves an export): on a
        machine without one, the palette's screenshot only failed (a user's trial).

        Here rather than in `action_screenshot`: the palette's command calls this
        one directly, and the fallback written there was never reached from it.
        """
        if path is None:
            from platformdirs import user_downloads_path  # Textual's own choice of folder

            if not user_downloads_path().is_dir():
                try:
                    path = str(Path.cwd())
                except OSError as error:  # the folder was removed since: a traceback
                    why = _why(error)
                    self.notify(
                        f"The screenshot was not saved: there is no Downloads folder, and "
                        f"the folder the reader was started from is gone ({why})",
                        title="Screenshot",
                        severity="error",
                    )
                    return None
        return super().deliver_screenshot(filename, path, time_format)

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        """The palette's screenshot, said in plain words: Textual's own notice
        holds markup, which `notify` shows as it is (an author's trial saw
        `[$text-success]`), and its failure said no more than that it failed."""
        if event.name == "screenshot":
            event.prevent_default()
            # In full, as the export says where it wrote: a bare name left the
            # reader to guess the folder (a trial: it was the one started from).
            where = f" to {path_text(Path(event.path).absolute())}" if event.path else ""
            self.notify(f"Saved the screenshot{where}", title="Screenshot")

    @on(events.DeliveryFailed)
    def _screenshot_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            self.notify(
                f"The screenshot was not saved: {_why(event.exception)}",
                title="Screenshot",
                severity="error",
            )

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        """End the reader; the keys read after it are not acted on (`on_event`)."""
        if not self.ending:
            self.keep_places()
        self.ending = True
        super().exit(result, return_code, message)

    async def on_event(self, event: events.Event) -> None:
        if self.ending and isinstance(event, events.Key | events.Paste):
            # Typed after `q` in one burst (`qsk`), `s` opened the summary as
            # the reader ended, and `k` scrolled a summary never composed: an
            # internal error, exit 3 (a new user's trial).
            return
        if isinstance(event, events.Paste) and not event.is_forwarded:
            # What is pasted is typed by no one: its controls and bidi
            # overrides reached the terminal from the boxes that show it.
            event.text = typable(event.text)
        await super().on_event(event)

    def on_load(self) -> None:
        end_on_signals(self, self.keep_before_ending)  # before Textual takes the terminal

    def on_terminal_gone(self, _gone: TerminalGone) -> None:
        self.exit(None, TerminalGone.STATUS)

    def keep_before_ending(self) -> None:
        """The user's own data kept at once, in files only: for a reader stopped by
        Ctrl+Z and killed in the background, which cannot end as `q` does
        (briefing.screens.process). Where it was, the note being written, then
        the last save."""
        self.keep_places()
        for screen in self.screen_stack:
            if isinstance(screen, KeepsTyped):
                screen.keep_typed()
        self.keeper.save_at_exit()

    def on_unmount(self) -> None:
        self.keeper.save_at_exit()
        release_signals()

    def on_mount(self) -> None:
        apply_settings(self)  # the theme and keymap of the user's settings file
        # The loading screen only when opening takes a while, or has something
        # to say: a warm start opens the index in a few milliseconds, and
        # drawing the loading screen first cost the briefing's first frame
        # 10-25 ms (its compose, styles and frame, competing with the worker).
        self.set_timer(LOADING_AFTER, self._loading_screen)
        self.open_content(self.briefing_id, under_library=False)
        self.watch_content()

    def _loading_screen(self) -> LoadingScreen | None:
        """The loading screen, shown now if it was not; None once the content is open,
        or once the reader has ended (its timer may fire as the screens go)."""
        if not self.screen_stack:
            return None
        if isinstance(self.screen, LoadingScreen):
            return self.screen
        if self.index is not None or len(self.screen_stack) > 1:
            return None  # open (or failed): nothing is loading
        bundled = self.content == bundled_content_dir()
        loading = LoadingScreen("the bundled briefings" if bundled else display_path(self.content))
        self.push_screen(loading)
        return loading

    def _alone(self) -> bool:
        """Whether the folder opened is one briefing's, not a library of them: for
        the loading screen's words. Looked at once, by the worker that first
        indexes (the index calls back again on the UI thread, for a damaged file)."""
        if self._content_alone is None:
            try:
                folders = [folder.path for folder in content_folders(self.content)]
            except (UsageError, OSError):
                folders = []  # opening it fails, and says why
            self._content_alone = folders == [self.content]
        return self._content_alone

    def _say_loading(self, say: Callable[[LoadingScreen], None]) -> None:
        """`say` on the loading screen, shown for it if it was not yet."""
        loading = self._loading_screen()
        if loading is not None:
            say(loading)

    def _in_place_of_loading(self, screen: Screen[None]) -> None:
        """Show `screen` over the empty first screen, in place of what opening
        showed: the loading screen, and the palette if it was opened meanwhile
        (left over the loading screen, it ended under the briefing)."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @on(LoadingSaid)
    def _loading_said(self, message: LoadingSaid) -> None:
        self._say_loading(message.say)

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def open_content(self, wanted: str | None, under_library: bool) -> None:
        """Open the index (rebuilding it if needed) and the briefing `wanted`.

        With no `wanted`, the only briefing when there is one. `under_library`:
        the library stays open under the briefing (a reload of one opened there).
        Its progress is told to the loading screen (shown for it if it is not yet).
        """

        # A message, safe from any thread: the index keeps these callbacks and
        # calls them again, on the app's own thread, for a briefing's file
        # rebuilt when the library opens it (call_from_thread raised there).
        def say(what: Callable[[LoadingScreen], None]) -> None:
            self.post_message(LoadingSaid(what))

        def on_wait(message: str) -> None:
            say(lambda shown: shown.waiting(message))

        on_progress = _stopped_on_quit(
            _every(PROGRESS_SECONDS, lambda progress: say(lambda shown: shown.indexing(progress)))
        )
        index, self.opened = self.opened, None  # the CLI's, only the first time
        if index is None:
            index = open_index(
                self.content,
                self.index_path,
                on_rebuild=lambda: say(partial(LoadingScreen.rebuilding, alone=self._alone())),
                on_wait=on_wait,
                on_progress=on_progress,
                keep=True,
            )
        self.hear_index(index)  # what it says as the briefing is read, below
        summaries = index.summaries()
        folders = briefing_folders(self.content, summaries)
        if wanted is None and len(summaries) == 1 and summaries[0].opens:
            wanted = summaries[0].id
        queries = preview = None
        if wanted is not None and any(s.id == wanted and s.opens for s in summaries):
            preview = index.preview(wanted)
            if preview is None:
                queries = index.queries(wanted)
        if preview is None:
            self.call_from_thread(self._opened, index, folders, wanted, queries, under_library)
            return
        # A large briefing: its first rows on screen at once, the whole read after.
        first_rows, totals = preview
        self.call_from_thread(
            self._opened, index, folders, wanted, first_rows, under_library, totals
        )

    def _opened(
        self,
        index: Index,
        folders: dict[str, Path],
        wanted: str | None,
        queries: BriefingQueries | None,
        under_library: bool,
        reading: Totals | None = None,
    ) -> None:
        """`reading`: `queries` is a preview, and the whole is on its way (_read_whole)."""
        self.say_index_notices(index)
        if wanted is not None and queries is None:
            self.notify(
                f"There is no briefing with the id {visible_line(wanted)} that opens.",
                severity="error",
                markup=False,
            )
        self.folders = folders
        self.index = index  # the library, and the other briefings an actor appears in
        if queries is not None and not under_library:
            self._in_place_of_loading(self._briefing_screen(queries, reading))
        else:
            from briefing.screens.library import LibraryScreen

            library = LibraryScreen(
                index.summaries(),
                index.notices,
                self.keeper,
                index_now=lambda: self.index,
                place=self.places.get(library_key(self.content)),
            )
            self._in_place_of_loading(library)
            if queries is not None:
                self.push_screen(self._briefing_screen(queries, reading))
            else:  # the briefing the reader was quit from, open over its library
                self._open_again(library.place_kept)
        if reading is not None and wanted is not None:
            # After the first frame: reading the whole in a thread would hold
            # the interpreter while the first rows are drawn.
            self.call_after_refresh(self.read_whole, wanted)
        # After the first frame: noting 8,000 files (a library of a thousand)
        # in a thread would compete with drawing it.
        self.call_after_refresh(self.note_files, index)

    def _read_whole(self, whole: BriefingQueries) -> None:
        """The whole of a briefing shown by its preview: in its place, where the user is."""
        if not self.is_running:
            # Read as the reader ends: its panes are being taken down, and showing
            # the whole in them raised NoMatches (a test that quit as it came).
            return
        for screen in self.screen_stack:
            if (
                isinstance(screen, BriefingScreen)
                and screen.reading is not None
                and screen.briefing.id == whole.briefing.id
            ):
                screen.take_whole(whole)

    @work(thread=True, exclusive=True, exit_on_error=False, group=WHOLE)
    def read_whole(self, briefing_id: str) -> None:
        """Read a briefing whose preview is on screen (opened from the library)."""
        assert self.index is not None
        whole = self.index.queries(briefing_id)
        self.call_from_thread(self._read_whole, whole)

    def _briefing_screen(
        self,
        queries: BriefingQueries,
        reading: Totals | None,
        start: RecordRef | None = None,
        showing: RecordRef | None = None,
    ) -> BriefingScreen:
        """The briefing's screen, where the reader left it last (when not told
        where to open: an actor, a pin)."""
        place = whole = None
        folder = self.folders.get(queries.briefing.id)
        if start is None and showing is None and folder is not None:
            kept = self.places.get(briefing_key(folder))
            if kept is not None:
                place = state_of(kept, queries)
                whole = partial(state_of, kept) if reading is not None else None
                gone = filter_gone(kept, queries) if reading is None else None
                if gone is not None:  # (of first rows, it may be beyond them)
                    self.notify(visible_line(gone), markup=False, timeout=8)
        return BriefingScreen(
            queries,
            start,
            reading,
            keeper=self.keeper,
            showing=showing,
            place=place,
            whole_place=whole,
            index_now=lambda: self.index,
        )

    def _open_again(self, place: Place | None) -> None:
        """Open the briefing a library was left with open over it, if it still opens."""
        opened = place.get("open") if place is not None else None
        if not isinstance(opened, str) or self.index is None:
            return
        if any(s.id == opened and s.opens for s in self.index.summaries()):
            self._show_briefing(opened)

    def keep_places(self, leaving: Screen[Any] | None = None) -> None:
        """Keep where the reader is in each briefing and library it shows, for
        the next run (briefing.userdata.places); `leaving`: a briefing screen
        being left for its library, not to be opened again over it."""
        from briefing.screens.library import LibraryScreen

        places: dict[str, Place] = {}
        stack = self.screen_stack
        for at, screen in enumerate(stack):
            if not screen.is_mounted:
                continue  # still being made: nothing moved in it yet
            try:
                if isinstance(screen, BriefingScreen):
                    folder = self.folders.get(screen.briefing.id)
                    if folder is not None:
                        places[briefing_key(folder)] = place_of(screen.place())
                elif isinstance(screen, LibraryScreen):
                    # the briefing open over it, opened again at the next start
                    over = next((s for s in stack[at + 1 :] if isinstance(s, BriefingScreen)), None)
                    kept_open = over is not None and over.is_mounted and over is not leaving
                    opened = over.briefing.id if kept_open and over is not None else None
                    places[library_key(self.content)] = screen.place(opened)
            except NoMatches:  # its panes already taken down: its place is not known
                continue
        self.places.put(places)

    def _show_briefing(
        self, briefing_id: str, start: RecordRef | None = None, showing: RecordRef | None = None
    ) -> bool:
        """Push the briefing's screen: a large one's preview at once, the whole after.

        `start`: an actor or event to narrow to; `showing`: a record to show (a pin).

        False, said in a notification, when it does not open (a briefing gone
        since the library was listed, its folder unreadable now). What the
        index says as it reads (a file set aside, or left alone as not its
        own, the briefing read from its folder) is said too.
        """
        assert self.index is not None
        try:
            preview = self.index.preview(briefing_id)
            if preview is None:
                queries, reading = self.index.queries(briefing_id), None
            else:
                queries, reading = preview
            screen = self._briefing_screen(queries, reading, start, showing)
        except BRIEFING_UNREADABLE as exc:
            reason = why_unreadable(exc)
            self.say_index_notices(self.index)
            self.notify(
                f"{visible_line(briefing_id)} does not open: {visible_line(reason)}",
                severity="error",
                markup=False,
            )
            return False
        self.say_index_notices(self.index)  # a damaged file set aside and rebuilt ...
        self.forget_problems()
        if self.library_gone is not None:  # opened from a library whose folder is gone
            self.gone = self.library_gone  # (its files, gone too, never look changed)
            screen.outdated = self.outdated = self.library_gone.header
        self.push_screen(screen)
        if preview is not None:
            self.call_after_refresh(self.read_whole, briefing_id)
        return True

    @on(ShowElsewhere)
    def _show_elsewhere(self, message: ShowElsewhere) -> None:
        """The other briefings where an actor appears; Enter opens one, narrowed to them."""
        index = self.index
        if index is None:
            return
        from briefing.screens.elsewhere import ElsewhereScreen, appearances_elsewhere

        finder = partial(appearances_elsewhere, index, message.briefing_id, message.actor_id)
        screen = ElsewhereScreen(message.name, finder, _none_elsewhere(index, self.content))
        self.push_screen(screen, self._open_elsewhere)

    def _open_elsewhere(self, chosen: tuple[str, str] | None) -> None:
        if chosen is None or self.index is None:
            return
        briefing_id, actor_id = chosen
        self._show_briefing(briefing_id, start=RecordRef(Kind.ACTOR, actor_id))

    @on(ShowSearchResult)
    def _show_search_result(self, message: ShowSearchResult) -> None:
        """A result found from the library: its briefing, then the result in it."""
        if self._show_briefing(message.target.briefing_id):
            screen = self.screen
            if isinstance(screen, BriefingScreen):
                self.call_after_refresh(screen.show_search_result, message.target, False)

    @on(BackPastStart)
    def _back_past_start(self, message: BackPastStart) -> None:
        self.keep_places(leaving=message.screen)  # where the briefing was, before it goes
        stack = self.screen_stack
        if message.screen is self.screen and isinstance(stack[-2], BriefingScreen):
            self.pop_screen()  # to the briefing it was opened from (an actor across briefings)
            return
        from briefing.screens.library import LibraryScreen, go_back

        below = stack[-2] if len(stack) > 1 else None
        if self.gone is not None and message.screen is self.screen:
            if not isinstance(below, LibraryScreen):  # Esc did nothing, and said nothing
                self.notify(self.gone.nowhere, severity="warning", markup=False, timeout=8)
                return
            if self.gone.library:  # a list of what is gone, with nothing to say so
                self.notify(self.gone.listed, severity="warning", markup=False, timeout=8)
        go_back(self, message)  # to the library the briefing was opened from

    @on(OpenBriefing)
    def _open_from_library(self, message: OpenBriefing) -> None:
        """Read the briefing's own file (and nothing else) and show it; if it
        does not open, the library stays."""
        from briefing.screens.library import LibraryScreen  # the message came from one

        library = message.control
        opened = self._show_briefing(message.briefing_id, showing=message.record)
        if not opened and isinstance(library, LibraryScreen):
            library.opening = False

    # --- failures ------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.worker_failed(event.worker)

    def on_worker_failed(self, message: WorkerFailed) -> None:
        """A worker of a screen or a pane failed (briefing.screens.worker_failures)."""
        self.worker_failed(message.worker)

    def worker_failed(self, worker: Worker[Any]) -> None:
        """The one handler for worker failures: a clear message for what content
        or the files can cause, never a traceback; a bug goes to the reader's
        crash report (raised here, the app ends on it)."""
        error = worker.error
        if error is None or isinstance(error, IndexingStopped):
            return  # quitting, or a newer open took over: nothing to say
        if worker.group == WHOLE and isinstance(error, BRIEFING_UNREADABLE):
            # The preview stays on screen, said to be only the first rows.
            for screen in self.screen_stack:
                if isinstance(screen, BriefingScreen) and screen.reading is not None:
                    screen.take_whole_failed()
            self.notify(
                visible_line(
                    f"The rest of the briefing could not be read: {why_unreadable(error)}"
                ),
                severity="error",
                markup=False,
                timeout=15,
            )
            return
        if worker.group != "index" or not isinstance(error, (UsageError, OSError)):
            raise error  # a bug, not bad content: the reader's crash report
        # A UsageError says what is wrong with what was given (a folder it cannot
        # read), in the words `briefing check` uses; its class name only puzzled
        # a reader. Either ends as misuse does (2): what was given did not open.
        why = why_unreadable(error)
        message = f"briefing could not open {self.content}: {why}"
        self._in_place_of_loading(FailureScreen(visible_line(message)))

    def action_command_palette(self) -> None:
        """Textual's palette, with the fixes of briefing.screens.palette.ReaderPalette."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(ReaderPalette(id="--command-palette", over=self.screen))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands, less Maximize: it hid the header, the footer and the
        list's headings, and nothing on screen said that Esc brings them back (a
        mouse user's trial)."""
        for command in super().get_system_commands(screen):
            if command.title != "Maximize":
                yield command

    def action_open_address(self, address: str) -> None:
        """A click on an address shown underlined (briefing.screens.clicks.address):
        opened as `o` opens a source's, only if it is an http or https one."""
        open_address(self.screen, address)

    def search_themes(self) -> None:
        self.push_screen(theme_picker())  # the theme chosen is saved in the settings

    # The keys panel lists only the keys that act (briefing.screens.keys_panel),
    # imported at its first showing.
    def action_toggle_help(self) -> None:
        from briefing.screens.keys_panel import toggle_keys_panel

        toggle_keys_panel(self.screen)

    def action_show_help_panel(self) -> None:
        from briefing.screens.keys_panel import show_keys_panel

        show_keys_panel(self.screen)

    def action_hide_help_panel(self) -> None:
        from briefing.screens.keys_panel import hide_keys_panel

        hide_keys_panel(self.screen)


def make_app(
    content: Path | None = None,
    briefing_id: str | None = None,
    index: Path | None = None,
    opened: Index | None = None,
) -> BriefingApp:
    """The reader on `content` (default: the bundled briefings).

    `opened`: its index, when the caller opened it already (to check `briefing_id`).
    """
    report_settings(sys.stderr)  # on the terminal before the reader takes it, and after
    return BriefingApp(content or bundled_content_dir(), briefing_id, index, opened)


def _why(exception: BaseException) -> str:
    """An exception as a reason: `No such file or directory: '/home/me/Downloads/…'`."""
    if isinstance(exception, OSError):
        return os_reason_at(exception)
    return str(exception) or type(exception).__name__


def _none_elsewhere(index: Index, content: Path | None) -> str:
    """What `b` says when no other briefing has the actor. A briefing opened on
    its own (`briefing open FOLDER`) has no others to look in: "no other
    briefing of this library" read as if the briefings beside it had been
    looked through (an author's trial)."""
    summaries = index.summaries()
    if len(summaries) == 1 and summaries[0].path == "." and content is not None:
        return (
            "This briefing was opened on its own: to look for this actor in the briefings "
            f"beside it, open the folder that holds them (briefing open "
            f"{shell_argument(Path(os.path.abspath(content)).parent)})."  # as given, not resolved
        )
    return "No other briefing of this library has this actor."
