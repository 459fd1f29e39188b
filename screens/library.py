"""The library: every briefing of a content directory, and why a broken one does not open.

Hundreds of briefings: newest first (`o` steps through the other orders),
found by the words of their title, id or tags (`/`), each with its id, tags,
counts and errors. The list draws only the rows on screen (RecordList), so
its first frame costs the same for ten briefings or a thousand.

The library stays under a briefing opened from it: going back (Backspace at
the start of the briefing's own history) shows it again, on the same row.

Each row says whether the briefing was never opened, or how many of its
records are new or changed since (worked out in a worker:
briefing.screens.keeper); `P` lists the pins and notes of every briefing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from briefing.check.report import problem_line
from briefing.files.filekinds import path_text
from briefing.index.store import BriefingSummary, Index
from briefing.records.folding import NO_WORD, Query
from briefing.records.text import shown as quoted
from briefing.records.text import visible_line
from briefing.screens.bound_keys import key_shown, with_box_key
from briefing.screens.filter_keys import opens_filter, type_into
from briefing.screens.footer import KeysFooter
from briefing.screens.keeper import Keeper, ReadingStatus
from briefing.screens.library_pins import LibraryPinsScreen, PinChoice
from briefing.screens.library_rows import LibraryRow, Order, matching, ordered, render_row
from briefing.screens.lines import Line
from briefing.screens.navigation import BackPastStart, OpenBriefing, ShowSearchResult
from briefing.screens.places import kept_text
from briefing.screens.record_list import RecordList, RowLayout
from briefing.screens.safe import join, plain
from briefing.screens.search import LastResults, SearchScreen
from briefing.screens.search_results import WordIndexes
from briefing.screens.sizes import NARROW_WIDTH
from briefing.screens.state import SearchTarget
from briefing.userdata.places import Place

ROW_HEIGHT = 2


class LibraryFilter(Input):
    """The `/` box: Enter goes back to the list, Esc clears it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "screen.clear_filter", "Clear filter", id="filter.clear"),
    ]

    async def on_key(self, event: events.Key) -> None:
        """↓ goes to the list, as Enter does (see briefing.screens.pane.FilterInput)."""
        if event.key == "down":
            event.stop()
            event.prevent_default()
            await self.action_submit()


class LibraryScreen(Screen[None]):
    CSS_PATH = "library.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "start_filter", "Filter", id="library.filter"),
        Binding("o", "next_order", "Order", id="library.order"),
        Binding("escape", "clear_filter", "Clear filter", id="library.clear_filter"),
        Binding("f", "find", "Find", id="library.find"),
        Binding("P", "pins", "Pins", id="library.pins"),
    ]

    def __init__(
        self,
        summaries: list[BriefingSummary],
        notices: list[str],
        keeper: Keeper | None = None,
        index_now: Callable[[], Index | None] | None = None,
        place: Place | None = None,
    ) -> None:
        """`keeper`: the reader's own data; `index_now`: the index as it is now (a
        briefing read again from disk brings a new one), to count what is new in
        each briefing and to list them as they are (None, either: nothing is said);
        `place`: the order and row the library was left at last (`place`)."""
        super().__init__()
        self.keeper = keeper
        self.index_now = index_now
        self.summaries = summaries
        self.notices = notices
        self.rows = [LibraryRow.of(s) for s in summaries]
        kept = place or {}
        #: the place the library was opened with (the app reopens its briefing)
        self.place_kept = place
        self.order = next((o for o in Order if o.value == kept.get("order")), Order.NEWEST)
        row, words = kept.get("row"), kept.get("filter")
        #: the row to open on: the one the library was left at
        self._first_row = row if isinstance(row, str) else None
        #: the `/` words it was left with (as typed text: the file is read as untrusted)
        self._first_words = kept_text(words)
        #: the rows shown, in order, filtered
        self.shown: list[LibraryRow] = []
        #: An Open is on its way: the library is about to be covered.
        self.opening = False
        #: why the rows are not what the files give now (the library's folder
        #: gone), at the head of the title while it lasts
        self.gone: str | None = None
        #: the result opened last from Find (its words are Find's again)
        self.last_found: SearchTarget | None = None
        #: what Find showed last, shown again on the way back from a result
        self.last_results = LastResults()

    def compose(self) -> ComposeResult:
        yield Line(id="library-title")
        with Horizontal(id="library-body"):
            with Vertical(id="library-left"):
                yield RecordList(render_row, id="library-list")
                yield LibraryFilter(
                    placeholder="words of a title, id or tag; Enter: to the list, "
                    f"{key_shown(self.app, LibraryFilter.BINDINGS, 'filter.clear')}: clear",
                    id="library-filter",
                )
            with VerticalScroll(id="problems"):
                yield Static(id="problems-text")
        yield KeysFooter()

    @property
    def listing(self) -> RecordList:
        return self.query_one("#library-list", RecordList)

    @property
    def filter_box(self) -> LibraryFilter:
        return self.query_one("#library-filter", LibraryFilter)

    def on_resize(self) -> None:
        # Narrow, the problems go under the list, not beside it: beside, they
        # took half its width whenever a broken briefing was chosen, and every
        # title shrank to a few letters and back as the cursor moved.
        self.set_class(self.size.width < NARROW_WIDTH, "narrow")

    def on_mount(self) -> None:
        box = self.filter_box
        box.value = self._first_words
        box.display = bool(self._first_words)
        self.watch(self.listing, "cursor", self._cursor_moved)
        self._show_rows(self._first_row)
        self.listing.focus()

    def place(self, opened: str | None = None) -> Place:
        """Where the library is: its order, `/` words and the briefing under the
        cursor; `opened`: the briefing open over it, to open again at the next start."""
        return {
            "order": self.order.value,
            "filter": self.filter_box.value,
            "row": self.listing.highlighted_id,
            "open": opened,
        }

    # --- what is listed ------------------------------------------------------

    def _show_rows(self, focus_id: str | None) -> None:
        """List the rows the filter lets through, in the order chosen; the
        cursor on `focus_id` when it is listed."""
        self.shown = matching(ordered(self.rows, self.order), self.filter_box.value)
        layout = RowLayout.of(
            [row.row_id for row in self.shown], self.shown, [ROW_HEIGHT] * len(self.shown)
        )
        self.listing.set_rows(layout, focus_id)
        self._update_title()
        self._cursor_moved()

    def _update_title(self) -> None:
        total = len(self.summaries)
        shown = len(self.shown)
        count = f"{shown:,}" if shown == total else f"{shown:,} of {total:,}"
        broken = sum(1 for s in self.summaries if not s.opens)
        parts = [plain("Briefings", "bold"), plain(f"  {count}", "dim")]
        if self.gone is not None:
            parts[:0] = [plain(f"⚠ {self.gone}", "bold $text-warning"), plain(" · ", "dim")]
        if broken:
            parts.append(plain(f" · {broken:,} with errors", "$text-error"))
        parts.append(plain(f" · {self.order.value}", "dim"))
        if self.filter_box.value:
            parts.append(plain(" · matching ", "dim"))
            parts.append(plain(self.filter_box.value, "bold"))
        self.query_one("#library-title", Static).update(join(*parts))
        if self.shown:
            said = Content("")
        elif not self.summaries:
            said = plain("No briefings here: a briefing is a folder with a briefing.yaml.")
        else:
            clear = with_box_key(
                key_shown(self.app, LibraryScreen.BINDINGS, "library.clear_filter"),
                key_shown(self.app, LibraryFilter.BINDINGS, "filter.clear"),
            )
            typed = self.filter_box.value.strip()
            why = (
                f"{quoted(typed, 40)} {NO_WORD}"
                if Query(typed).holds_no_word
                else "Nothing matches what you typed"
            )
            said = plain(f"{why}. {clear} clears it.", "dim italic")
        self.listing.say_when_empty(said)

    def highlighted(self) -> BriefingSummary | None:
        row_id = self.listing.highlighted_id
        for row in self.shown:
            if row.row_id == row_id:
                return row.summary
        return None

    def show_briefing(self, briefing_id: str) -> None:
        """Put the cursor on the briefing `briefing_id`, when it is listed."""
        for row in self.shown:
            if row.summary.id == briefing_id:
                self.listing.move_to(row.row_id)
                return

    # --- the problems of the highlighted briefing ----------------------------

    def _cursor_moved(self, _cursor: int | None = None) -> None:
        summary = self.highlighted()
        panel = self.query_one("#problems", VerticalScroll)
        panel.display = summary is not None and bool(summary.problems)
        if summary is None or not summary.problems:
            return
        heading = "Why it does not open" if not summary.opens else "Warnings"
        lines = [plain(f"{heading} (as briefing check reports them):", "bold")]
        for problem in summary.problems:
            lines.append(plain(problem_line(problem)))
            if problem.hint:
                lines.append(plain(f"  hint: {problem.hint}", "dim"))
        self.query_one("#problems-text", Static).update(Content("\n").join(lines))

    # --- keys ------------------------------------------------------------------

    def _check_filter(self, action: str) -> bool | None:
        if action == "clear_filter":  # shown only when there is a filter to clear
            return bool(self.filter_box.value) or self.focused is self.filter_box
        return True

    def on_key(self, event: events.Key) -> None:
        """Keys typed right after `/`, in the same burst, go to the filter box
        (briefing.screens.filter_keys)."""
        box = self.filter_box
        if self.focused is box:
            type_into(box, event)
        elif self.focused is self.listing and opens_filter(self, self, event):
            self.action_start_filter()

    def action_start_filter(self) -> None:
        box = self.filter_box
        box.display = True
        self.set_focus(box)  # at once: the keys typed next in a burst reach it

    def action_clear_filter(self) -> None:
        box = self.filter_box
        box.value = ""
        box.display = False
        self.set_focus(self.listing)
        self._show_rows(self.listing.highlighted_id)

    def action_find(self) -> None:
        """Search every briefing that opens (briefing.screens.search), the words
        of the result opened last in the box."""
        typed = self.last_found.query.typed if self.last_found is not None else ""
        self._find(typed, None)

    def find_again(self, chosen: SearchTarget) -> None:
        """Find's results again, on the result `chosen` from them (Back from it)."""
        self._find("", chosen)

    def _find(self, typed: str, chosen: SearchTarget | None) -> None:
        index = self._index()
        if index is None:
            return
        # in the library's order: newest first by default, not by folder (a trial)
        listed = [row.summary for row in ordered(self.rows, self.order)]
        scope = [(s.id, s.title or s.id) for s in listed if s.opens and s.id]
        search = SearchScreen(scope, WordIndexes(index), typed, chosen, (self.last_results, index))
        self.app.push_screen(search, self._found)

    def _found(self, target: SearchTarget | None) -> None:
        if target is not None:
            self.last_found = target  # its words, when Find is asked for again
            self.app.post_message(ShowSearchResult(self, target))

    def action_next_order(self) -> None:
        self.order = self.order.next()
        self._show_rows(self.listing.highlighted_id)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._show_rows(self.listing.highlighted_id)
        self.refresh_bindings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.filter_box.value:
            self.filter_box.display = False
        self.set_focus(self.listing)

    def on_screen_resume(self) -> None:
        self.opening = False
        self.list_as_now()  # back from a briefing read again from disk: its new counts
        self._ask_reading_status()  # back from a briefing: less of it is new

    def _index(self) -> Index | None:
        return self.index_now() if self.index_now is not None else None

    def list_as_now(self) -> None:
        """The rows as the index has them now, each with what it said of its reading."""
        index = self._index()
        if index is None:
            return
        summaries = index.summaries()
        if summaries == self.summaries:
            return
        reading = {row.summary.id: row.reading for row in self.rows}
        self.summaries = summaries
        self._relist([replace(LibraryRow.of(s), reading=reading.get(s.id, "")) for s in summaries])
        self._ask_reading_status()  # of a briefing that opens now: fixed, or added

    def show_gone(self, why: str | None) -> None:
        """Say at the head of the title why the rows are as last read (None: they are not)."""
        if why != self.gone:
            self.gone = why
            if self.is_mounted:
                self._update_title()

    def _relist(self, rows: list[LibraryRow]) -> None:
        """Show `rows` in place of the rows shown, the cursor where it was."""
        if not self.query("#library-list"):
            # A worker's answer (the reading status) come as the reader ends:
            # the list is gone with the screen's widgets, and asking for it
            # ended the reader with a crash report (a test's flake).
            return
        self.rows = rows
        self._show_rows(self.listing.highlighted_id)
        self.listing.redraw()  # drawn rows are kept by id: these say more than those did

    def _ask_reading_status(self) -> None:
        index = self._index()
        if self.keeper is not None and index is not None:
            ids = [s.id for s in self.summaries if s.id is not None and s.opens]
            self.keeper.reading_status(index.briefing, ids, self.show_reading_status)

    def show_reading_status(self, status: ReadingStatus) -> None:
        """Say per row whether the briefing was never opened, or what is new in it."""
        rows = [replace(row, reading=status.get(row.summary.id or "", "")) for row in self.rows]
        if rows != self.rows:
            self._relist(rows)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pins":
            return self.keeper is not None
        return self._check_filter(action)

    def action_pins(self) -> None:
        if self.keeper is not None:
            self.keeper.store.refresh()  # as another reader may have saved them meanwhile
            index = self._index()
            read = index.briefing if index is not None else None
            screen = LibraryPinsScreen(self.keeper, self.summaries, read)
            self.app.push_screen(screen, self._after_pins)

    def _after_pins(self, chosen: PinChoice | None) -> None:
        if chosen is not None and not self.opening:
            self.opening = True
            self.post_message(OpenBriefing(self, *chosen))

    def on_record_list_selected(self, event: RecordList.Selected) -> None:
        event.stop()
        if self.opening:
            return  # a second Enter in the same burst: the briefing is already opening
        summary = self.highlighted()
        if summary is None:
            return
        if summary.opens and summary.id:
            self.opening = True
            self.post_message(OpenBriefing(self, summary.id))
        else:
            # What to do, as the first error's hint says: "Fix them" was the
            # wrong advice for a folder of briefing folders, which is opened
            # as a library of its own (a first reader's trial)
            # (its hint alone: the details under the list say the error, and at
            # 80×24 both took 11 rows for 12 s: the second review)
            first = next((p for p in summary.problems if p.is_error), None)
            advice = (
                visible_line(first.hint)
                if first is not None and first.hint
                else "fix its errors: the library reads its files again as they change"
            )
            self.notify(
                f"{path_text(summary.folder)} does not open: {advice}.",
                severity="warning",
                markup=False,
            )


def go_back(app: App[Any], message: BackPastStart) -> None:
    """Back to the library under `message.screen`, on the briefing's row (or to
    the library's Find results the briefing was opened from); else say there is
    nowhere to go."""
    stack = app.screen_stack
    if message.screen is not app.screen or len(stack) < 2:
        return  # a Backspace of a burst: the screen has gone already
    below = stack[-2]
    if not isinstance(below, LibraryScreen):
        if not message.quiet:
            app.notify("Nothing to go back to.", markup=False, timeout=2)
        return
    app.pop_screen()
    if message.briefing_id is not None:
        below.show_briefing(message.briefing_id)
    if message.search is not None:
        below.find_again(message.search)
