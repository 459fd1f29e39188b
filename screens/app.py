"""The reader app, and the one factory the CLI and the tests both start it with.

The app holds the reader's own data (pins, notes, reading marks) in a
`Keeper` (briefing.screens.keeper), read after the first frame and saved in
workers, and once more as the reader ends.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.errors import UsageError
from briefing.files.locations import bundled_content_dir
from briefing.index.store import Index, open_index
from briefing.index.watch import FilesState, files_state, within
from briefing.records.queries import BriefingQueries
from briefing.records.text import visible_line
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.details import DetailsScreen
from briefing.screens.keeper import Keeper
from briefing.screens.keys_panel import hide_keys_panel, show_keys_panel, toggle_keys_panel
from briefing.screens.library import LibraryScreen
from briefing.screens.loading import FailureScreen, LoadingScreen
from briefing.screens.navigation import BackPastStart, go_back
from briefing.screens.note_editor import NoteEditor
from briefing.screens.palette import ReaderPalette
from briefing.screens.pins import PinsScreen
from briefing.screens.process import end_on_signals, release_signals
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.settings import apply_settings, report_settings, theme_picker
from briefing.screens.summary import SummaryScreen
from briefing.userdata.store import UserStore

#: how often the open briefing's files are looked at (a stat of each, in a worker)
POLL_SECONDS = 2.0
#: how often the loading screen's count of briefings indexed is redrawn, at most
PROGRESS_SECONDS = 0.1


def _every(seconds: float, report: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """`report`, called at most every `seconds` and for the last one: each call waits
    for the UI thread, which a thousand briefings indexed would wait on a thousand times."""
    last = [0.0]

    def throttled(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] >= seconds:
            last[0] = now
            report(done, total)

    return throttled


class BriefingApp(App[None]):
    # Every screen's styles, read once at start. A screen's CSS_PATH stays
    # beside it, but Textual re-parses every stylesheet when a screen brings
    # one it has not read yet (13 ms when the briefing opens, 26 ms on the
    # first quote). The screens' files are next to this module, so their
    # relative paths hold here too.
    CSS_PATH: ClassVar = [
        "app.tcss",
        *(
            s.CSS_PATH
            for s in (
                BriefingScreen,
                LibraryScreen,
                QuoteViewer,
                SummaryScreen,
                DetailsScreen,
                NoteEditor,
                PinsScreen,
            )
        ),
    ]
    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
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
        # Shown only after the open briefing's files changed on disk.
        Binding("r", "reload", "Reload", id="app.reload"),
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
        self.content = content
        self.briefing_id = briefing_id
        self.index_path = index
        self.opened = opened
        self.index: Index | None = None
        #: each briefing's folder, by id
        self.folders: dict[str, Path] = {}
        #: the content's files as they were when the briefings were read
        self.on_disk: FilesState = None
        #: the folder of the open briefing, once its files changed on disk
        self.changed: Path | None = None

    def on_load(self) -> None:
        end_on_signals(self)  # before Textual takes over the terminal

    def on_unmount(self) -> None:
        self.keeper.save_at_exit()
        release_signals()

    def on_mount(self) -> None:
        apply_settings(self)  # the theme and keymap of the user's settings file
        self.push_screen(LoadingScreen())
        self.open_content(self.briefing_id, under_library=False)
        self.set_interval(POLL_SECONDS, self._look_for_changes)

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def open_content(self, wanted: str | None, under_library: bool) -> None:
        """Open the index (rebuilding it if needed) and the briefing `wanted`.

        With no `wanted`, the only briefing when there is one. `under_library`:
        the library stays open under the briefing (a reload of one opened there).
        """
        loading = self.screen
        on_rebuild = on_wait = on_progress = None
        if isinstance(loading, LoadingScreen):
            on_rebuild = lambda: self.call_from_thread(loading.rebuilding)  # noqa: E731
            on_wait = lambda message: self.call_from_thread(loading.waiting, message)  # noqa: E731
            on_progress = _every(PROGRESS_SECONDS, lambda done, total: self.call_from_thread(
                loading.indexing, done, total))  # fmt: skip
        index, self.opened = self.opened, None  # the CLI's, only the first time
        if index is None:
            index = open_index(
                self.content,
                self.index_path,
                on_rebuild=on_rebuild,
                on_wait=on_wait,
                on_progress=on_progress,
                keep=True,
            )
        summaries = index.summaries()
        folders = {s.id: self.content / s.path for s in summaries if s.id is not None}
        if wanted is None and len(summaries) == 1 and summaries[0].opens:
            wanted = summaries[0].id
        queries = None
        if wanted is not None and any(s.id == wanted and s.opens for s in summaries):
            queries = index.queries(wanted)
            if not under_library:
                index.close()  # no library to go back to: the records are all it needs
        self.call_from_thread(self._opened, index, folders, wanted, queries, under_library)

    def _opened(
        self,
        index: Index,
        folders: dict[str, Path],
        wanted: str | None,
        queries: BriefingQueries | None,
        under_library: bool,
    ) -> None:
        for notice in index.notices:
            self.notify(visible_line(notice), severity="warning", markup=False, timeout=8)
        if wanted is not None and queries is None:
            self.notify(
                f"There is no briefing with the id {visible_line(wanted)} that opens.",
                severity="error",
                markup=False,
            )
        self.folders = folders
        if queries is not None and not under_library:
            self.switch_screen(BriefingScreen(queries, self.keeper))
        else:
            self.index = index
            library = LibraryScreen(index.summaries(), index.notices, self.keeper, index.briefing)
            self.switch_screen(library)
            if queries is not None:
                self.push_screen(BriefingScreen(queries, self.keeper))
        # After the first frame: a stat of every file, in a thread, would
        # compete with drawing it (a library of a thousand has 8,000 files).
        self.call_after_refresh(self._note_files)

    @on(BackPastStart)
    def _back_past_start(self, message: BackPastStart) -> None:
        go_back(self, message)  # to the library the briefing was opened from

    @on(LibraryScreen.Open)
    def _open_from_library(self, message: LibraryScreen.Open) -> None:
        """Read the briefing's own file (and nothing else) and show it."""
        assert self.index is not None
        seen = len(self.index.notices)
        try:
            queries = self.index.queries(message.briefing_id)
        except (UsageError, KeyError) as exc:
            # A file put in the index's place, or a briefing gone since the
            # library was listed: said, and the library stays.
            reason = exc.args[0] if isinstance(exc, UsageError) else "it is no longer in the index"
            self.notify(
                f"{visible_line(message.briefing_id)} does not open: {visible_line(str(reason))}",
                severity="error",
                markup=False,
            )
            message.control.opening = False
            return
        for notice in self.index.notices[seen:]:  # a damaged file set aside and rebuilt
            self.notify(visible_line(notice), severity="warning", markup=False, timeout=8)
        self.push_screen(BriefingScreen(queries, self.keeper, message.record))

    # --- the open briefing's files, changed on disk --------------------------

    @work(thread=True, exclusive=True, group="files-noted")
    def _note_files(self) -> None:
        """What the content's files are now, after the briefings were read from them."""
        state = files_state(self.content)
        if not get_current_worker().is_cancelled:  # a reload started another
            self.call_from_thread(self._noted, state)

    def _noted(self, state: FilesState) -> None:
        self.on_disk = state

    def _open_briefing(self) -> str | None:
        """The id of the briefing on screen (under a quote or the palette too)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, BriefingScreen):
                return screen.briefing.id
        return None

    def _look_for_changes(self) -> None:
        shown = self._open_briefing()
        folder = self.folders.get(shown) if shown is not None else None
        if folder is not None and self.on_disk is not None and self.changed is None:
            self._compare_files(folder, within(self.on_disk, folder))

    @work(thread=True, exclusive=True, group="files-compared")
    def _compare_files(self, folder: Path, before: FilesState) -> None:
        if files_state(folder) != before:
            self.call_from_thread(self._files_changed, folder)

    def _files_changed(self, folder: Path) -> None:
        shown = self._open_briefing()
        if self.changed is not None or shown is None or self.folders.get(shown) != folder:
            return  # noticed already, or another briefing is open by now
        self.changed = folder
        self.refresh_bindings()
        self.notify(
            "This briefing's files changed on disk: what it shows may no longer match "
            "its sources. Press r to reload it.",
            title="Changed on disk",
            severity="warning",
            markup=False,
            timeout=30,
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reload":
            return self.changed is not None  # not shown in the footer until it applies
        return True

    def action_reload(self) -> None:
        """Read the content again (the index is rebuilt) and show the same briefing."""
        wanted = self._open_briefing()
        under_library = any(isinstance(s, LibraryScreen) for s in self.screen_stack)
        self.changed = None
        self.on_disk = None
        self.refresh_bindings()
        self.clear_notifications()  # the notice, among others, no longer holds
        while len(self.screen_stack) > 2:  # Textual's default screen, and the first one
            self.pop_screen()
        self.index = None
        self.switch_screen(LoadingScreen())
        self.open_content(wanted, under_library=under_library)

    # --- failures ------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one handler for worker failures: a clear message, never a traceback."""
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            if event.worker.group != "index" and error is not None:
                raise error  # a bug, not bad content: the reader's crash report
            message = f"briefing could not open {self.content}: {type(error).__name__}: {error}"
            self.switch_screen(FailureScreen(visible_line(message) + "\n\nPress q to quit."))

    def action_command_palette(self) -> None:
        """Textual's palette, with the fixes of briefing.screens.palette.ReaderPalette."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(ReaderPalette(id="--command-palette"))

    def search_themes(self) -> None:
        self.push_screen(theme_picker())  # the theme chosen is saved in the settings

    # The keys panel lists only the keys that act (briefing.screens.keys_panel).
    def action_toggle_help(self) -> None:
        toggle_keys_panel(self.screen)

    def action_show_help_panel(self) -> None:
        show_keys_panel(self.screen)

    def action_hide_help_panel(self) -> None:
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
