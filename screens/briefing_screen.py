"""The briefing screen: actors, chronology and quotes, and the thread between them.

The screen coordinates its panes: they tell it what the user chose
(messages up), it decides what each shows (attributes down). Choosing an
actor narrows the chronology and the quotes to that actor; choosing an event
narrows the actors to its participants and the quotes to its words. Every
such step can be undone with Backspace; Esc clears the filter. Over the
panes open the quote viewer and a record's details; a step taken from them
(`a`, `e`, the palette) is undone by Backspace too, which opens them again.

What the screen shows is one value, a `ReaderState` (briefing.screens.state):
each step (a thread, a palette jump, Esc) works out the next state from the
current one and `go`es there, keeping the one it left for Backspace.

Below 100×30 the panes become tabs: one shows at a time, Tab moves on.

What the reader remembers of the briefing (briefing.screens.remembering) comes
a moment after the first frame (after the whole, for a large briefing's
preview): then rows carry their marks (new, changed, pinned, noted), the
header counts them, and the keys to pin, note, jump to the next new record
and mark all seen act.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import DescendantBlur, DescendantFocus, Resize
from textual.screen import Screen
from textual.widgets import Input, Static

from briefing.index.preview import Totals
from briefing.present.citation import event_citation, quote_citation
from briefing.records.model import Briefing
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import counted
from briefing.screens.actors_pane import ActorsPane
from briefing.screens.bound_keys import key_shown
from briefing.screens.chronology_pane import ChronologyPane
from briefing.screens.filtered_view import briefing_header, export_view, filtered_view
from briefing.screens.first_rows import OverFirstRows
from briefing.screens.footer import KeysFooter
from briefing.screens.keeper import Keeper
from briefing.screens.key_tables import BRIEFING_BINDINGS
from briefing.screens.lines import Line, set_line
from briefing.screens.marks import header_counts, row_marks
from briefing.screens.navigation import BackPastStart, ShowElsewhere
from briefing.screens.palette import BriefingCommands, ShowRecord
from briefing.screens.pane import Pane
from briefing.screens.quotes_pane import QuotesPane
from briefing.screens.remembering import Remembering
from briefing.screens.safe import join, plain
from briefing.screens.sharing import copy_citation, open_source
from briefing.screens.sizes import is_narrow
from briefing.screens.state import (
    PANE_OF,
    PANES,
    DetailsOverlay,
    History,
    Jump,
    PaneName,
    PaneState,
    PinsOverlay,
    QuoteOverlay,
    ReaderState,
    RecordOverlay,
    SearchOverlay,
    SearchTarget,
)
from briefing.screens.tabs import tab_line
from briefing.userdata.reading import BriefingMemory

if TYPE_CHECKING:
    from briefing.index.store import Index
    from briefing.screens.search import LastResults
    from briefing.screens.search_results import WordIndexes

# What opens over the panes (the quote viewer, details, Find, the summary,
# pins) is imported when first opened: none of it is in the first frame.

#: Seconds between two looks at the notes file for another reader's pins and notes.
OTHERS_LOOK_SECONDS = 2.0
#: The actions that need what the reader remembers.
REMEMBERING = frozenset({"pin", "note", "briefing_note", "next_new", "mark_seen", "pins"})


#: The screen's class while a filter box is typed in: a notice ("Read again
#: from disk.") stood over the box at 80x24 for seconds (a trial of a
#: shared desk), and stands at the top instead (app.tcss).
TYPING = "-typing"


class BriefingScreen(Screen[None]):
    CSS_PATH = "briefing_screen.tcss"
    COMMANDS: ClassVar = Screen.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = list(BRIEFING_BINDINGS)

    def __init__(
        self,
        queries: BriefingQueries,
        start: RecordRef | None = None,
        reading: Totals | None = None,
        *,
        keeper: Keeper | None = None,
        showing: RecordRef | None = None,
        place: ReaderState | None = None,
        whole_place: Callable[[BriefingQueries], ReaderState] | None = None,
        index_now: Callable[[], Index | None] | None = None,
    ) -> None:
        """`queries` over a briefing already cleaned for display (briefing.present.display).

        Built by the caller, so that a large briefing's lookups can be made in
        the worker that loads it rather than on the UI thread. `start`: an
        actor or event to open narrowed to (from another briefing).
        `reading`: `queries` is a large briefing's preview (its first rows),
        and these are the whole's counts; the whole comes with `take_whole`.
        `keeper`: the reader's own data (None: nothing is remembered);
        `showing`: a record to show first, unfiltered (a pin chosen in the library);
        `place`: where the reader was in it when it last left (briefing.screens.places),
        taken when neither `start` nor `showing` is given; `whole_place`: the
        same place read against the whole, for a preview (its first rows hold
        only some of its records), shown when the whole comes if no key was
        pressed meanwhile. `index_now`: the index as it is now (Find and export
        read from it; None: the briefing alone).
        """
        # Classes set before mounting cost nothing; changed later, each one
        # restyles the whole screen (_update_tabs changes them after this).
        super().__init__()
        self.briefing = queries.briefing
        self.queries = queries
        self.index_now = index_now
        #: what the screen shows: its record filter and active pane as they
        #: are; each pane's text and cursor as they were last shown (their
        #: widgets own them since: `current()` reads them)
        self.state = ReaderState() if start is None else ReaderState().filtered_by(start)
        #: the place to show once the whole briefing is read (None: none, or a key
        #: was pressed since: the user's own moves are never undone)
        self._whole_place: Callable[[BriefingQueries], ReaderState] | None = None
        if showing is not None and showing.kind in PANE_OF:
            self.state = self.state.showing(showing)
        elif place is not None and start is None:
            self.state = place
            self._whole_place = whole_place
        self.history = History()
        self.reading = reading
        #: the rest of a large briefing could not be read: its first rows are all there is
        self.whole_failed = False
        #: the records shown and the warnings the index gave them, for the header
        #: once the files no longer open (`_checker_warnings`)
        self._warnings_shown: tuple[BriefingQueries, int] | None = None
        #: this briefing's word index, read at the first search; the result opened
        #: last from it (its words are Find's again)
        self.word_indexes: WordIndexes | None = None
        self.last_found: SearchTarget | None = None
        self.last_results: LastResults | None = None
        #: what is open over the panes was opened from Find: its Back is Back to the results
        self.back_to_search = False
        #: the viewer or details open over the panes, until they close
        self._overlay: Screen[Jump | None] | None = None
        #: the result of the library's Find this screen was opened for (Back past the start)
        self.found_from_library: SearchTarget | None = None
        self.keeper = keeper
        #: the record filter in words, at the head of the header (None: no filter).
        #: Not a line of its own: showing and hiding one moved every pane, a
        #: second layout of the whole screen on each Enter, Esc and Backspace.
        self.filter_line: Content | None = None
        #: what the reader remembers of this briefing (None until it is read)
        self.remembering: Remembering | None = None
        #: the memory and its version whose marks the panes show (`show_marks`)
        self._marks_shown: tuple[BriefingMemory, object] | None = None
        #: why what is on screen is no longer what the files say (None: it is),
        #: at the head of the header for as long as it lasts: a notice of it was
        #: gone in 15 s, and a user back from elsewhere read an old version
        self.outdated: str | None = None

    def compose(self) -> ComposeResult:
        names = self.queries.names
        yield Line(self._header(), id="header")
        yield Line(id="tabs")
        with Horizontal(id="panes"):
            yield ActorsPane(id="actors").add_class("-active")  # PANES[0], active first
            with Vertical(id="right"):
                yield ChronologyPane(
                    names,
                    all_single_source=all(e.single_source for e in self.queries.chronology),
                    id="chronology",
                )
                yield QuotesPane(names, language=self.briefing.language, id="quotes")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.show_state(self.state)
        if self.reading is None:
            self.call_after_refresh(self.recall)
        self.set_interval(OTHERS_LOOK_SECONDS, self._look_for_others)

    def on_key(self) -> None:
        self._whole_place = None  # the user moves: the place is theirs from now on

    def _look_for_others(self) -> None:
        """Show the pins and notes as they are now: another reader's saved since,
        or merged in by a save of this one's. With two readers open, one's pins
        never showed in the other, whose header's ★ count then disagreed with
        its own `P` (a trial)."""
        if self.keeper is not None and self.remembering is not None:
            self.keeper.look_for_others(self._show_marks_if_changed)

    def _show_marks_if_changed(self) -> None:
        if self.remembering is None or not self.is_attached:
            return
        memory = self.remembering.memory
        if self._marks_shown != (memory, memory.shown_state()):
            self.show_marks()

    @property
    def first_rows(self) -> bool:
        """The panes show a large briefing's first rows: the rest is being read
        (or could not be: `whole_failed`)."""
        return self.reading is not None

    def pane(self, name: PaneName) -> Pane[Any]:
        return self.query_one(f"#{name}", Pane)

    # --- the same briefing, read again -----------------------------------------

    def take_whole(self, queries: BriefingQueries) -> None:
        """The whole briefing, read while its preview was on screen: shown here,
        and by what was opened over the panes from its first rows (briefing.screens.first_rows)."""
        self.reading = None
        place, self._whole_place = self._whole_place, None
        if not self.is_mounted:
            # Read before the preview was shown (a busy machine): shown in its place.
            self.queries, self.briefing = queries, queries.briefing
            if place is not None:
                self.state = place(queries)
            for header in self.query("#header").results(Static):
                header.update(self._header())
            return
        self.take(queries, None)
        if place is not None:  # rows and filters beyond the first rows (a review)
            self.show_state(place(queries))
        quotes = self.query_one(QuotesPane).listed_ids()
        for screen in self._opened_over():
            if isinstance(screen, OverFirstRows):
                screen.show_whole(queries, quotes)

    def take_whole_failed(self) -> None:
        """The rest of the briefing could not be read (the app says why): the
        header and what waited for the whole say so, not that it comes."""
        self.whole_failed = True
        for header in self.query("#header").results(Static):
            set_line(header, self._header())
        for screen in self._opened_over():
            if isinstance(screen, OverFirstRows):
                screen.show_whole_failed()

    def _opened_over(self) -> list[Screen[Any]]:
        """The screens opened over this one, up to another briefing's."""
        stack = self.app.screen_stack
        over: list[Screen[Any]] = []
        for screen in stack[stack.index(self) + 1 :] if self in stack else ():
            if isinstance(screen, BriefingScreen):
                break
            over.append(screen)
        return over

    def take(self, queries: BriefingQueries, overlay: RecordOverlay | None) -> str | None:
        """The briefing read again (its files changed on disk), shown as it was.

        The record filter, each pane's text and row, and the history stay
        where their records still exist; `overlay` (the viewer or details that
        was open over the panes) opens again on the new text if its record is
        still there. Returns what was on screen and is gone, to be said (a
        viewer that closed without a word looked like a fault).
        """
        if not self.is_mounted:
            # Read again between its push and its compose (a briefing opened
            # from the library as its files were saved: a reload test under
            # load met `#header` not yet there): composed from these records.
            self.queries, self.briefing = queries, queries.briefing
            return None
        state = self.current()
        self.queries = queries
        self.briefing = queries.briefing
        set_line(self.query_one("#header", Static), self._header())
        for pane in (self.query_one(ChronologyPane), self.query_one(QuotesPane)):
            pane.names = queries.names
        self.query_one(QuotesPane).language = queries.briefing.language
        for name in PANES:
            self.pane(name).forget_drawn()
        gone: list[str] = []
        if state.record_filter is not None and not queries.has(state.record_filter):
            gone.append(f"the {state.record_filter.kind} the panes were filtered by")
            state = state.unfiltered()
        self.history.keep(lambda s: s.record_filter is None or queries.has(s.record_filter))
        self.show_state(state)
        self.recall()  # new records are new, edited ones changed, from now on
        if overlay is not None and _still_there(overlay, queries):
            if isinstance(overlay, QuoteOverlay):
                kept = tuple(q for q in overlay.order if queries.has(RecordRef(Kind.QUOTE, q)))
                overlay = QuoteOverlay(overlay.quote, kept, overlay.full)
            self.open_overlay(overlay)
        elif isinstance(overlay, QuoteOverlay):
            gone.insert(0, "the quote you were reading")
        elif overlay is not None:
            gone.insert(0, f"the {overlay.record.kind} whose details you were reading")
        if not gone:
            return None
        said = " and ".join(gone)
        return f"{said[0].upper()}{said[1:]} {'is' if len(gone) == 1 else 'are'} no longer in it."

    # --- the state shown ------------------------------------------------------

    def current(self) -> ReaderState:
        """What the screen shows now, with each pane's text and cursor read
        from the widgets that own them."""
        state = self.state
        for name in PANES:
            pane = self.pane(name).state
            if pane != state.pane(name):
                state = state.with_pane(name, pane)
        return state

    def place(self) -> ReaderState:
        """`current`, kept for the next start: with the quote the viewer shows
        under the quotes pane's cursor (quit from the viewer after n, n, n, the
        next start stood on the quote it was opened at: a first reader's trial)."""
        state = self.current()
        from briefing.screens.quote_viewer import QuoteViewer

        viewer = self._overlay
        if isinstance(viewer, QuoteViewer) and viewer.is_mounted:
            text = state.pane(PaneName.QUOTES).text
            state = state.with_pane(PaneName.QUOTES, PaneState(text, viewer.quote.id))
        return state

    def go(self, state: ReaderState) -> None:
        """Show `state`; Backspace returns to what was shown before."""
        self.history.push(self.current())
        self.show_state(state)

    def show_state(self, state: ReaderState) -> None:
        """Make every pane, the header's filter and the tabs show `state`."""
        shown = filtered_view(self.queries, state, self.reading)
        ref, whole = state.record_filter, self.reading
        if shown.line != self.filter_line:
            self.filter_line = shown.line
            set_line(self.query_one("#header", Static), self._header())
        records: dict[PaneName, Sequence[Any]] = {
            PaneName.ACTORS: shown.actors,
            PaneName.CHRONOLOGY: shown.events,
            PaneName.QUOTES: shown.quotes,
        }
        whole_counts = {
            PaneName.ACTORS: whole.actors if whole else None,
            PaneName.CHRONOLOGY: whole.events if whole else None,
            PaneName.QUOTES: whole.quotes if whole else None,
        }
        for name in PANES:
            pane = self.pane(name)
            pane.whole_count = whole_counts[name] if ref is None else None
            pane.read_so_far = whole is not None
            pane.show(records[name], state.pane(name), shown.note)
        self.state = state
        self.activate(state.active)

    # --- following a thread ---------------------------------------------------

    @on(Pane.Chosen)
    def _chosen(self, message: Pane.Chosen) -> None:
        state = self.current()
        if message.ref.kind is Kind.QUOTE:
            self.open_quote(message.ref.id)
        elif (
            message.ref.kind is Kind.ACTOR
            and state.record_filter == message.ref
            and self.queries.members(message.ref.id)
        ):
            # Enter again on the actor filtered by: its members' records too, or not
            self.go(state.with_members_too(not state.with_members))
        else:
            self.go(state.filtered_by(message.ref))

    @on(ShowRecord)
    def _show_record(self, message: ShowRecord) -> None:
        """From the command palette or the `!` list: the record, with no filter
        hiding it; a quote from `!` opened in the viewer as well; a source, which
        has no row, in the summary."""
        message.stop()
        if message.ref.kind is Kind.SOURCE:
            self.show_summary(message.ref.id)
            return
        self.go(self.current().showing(message.ref))
        if message.open_quote and message.ref.kind is Kind.QUOTE:
            self.call_after_refresh(self.open_quote, message.ref.id)

    def open_quote(self, quote_id: str) -> None:
        order = self.query_one(QuotesPane).listed_ids()
        if quote_id not in order:
            order = [q.id for q in self.queries.quotes]
        self.open_overlay(QuoteOverlay(quote_id, tuple(order)))

    def open_overlay(self, overlay: RecordOverlay) -> None:
        """Open the quote viewer or a record's details over the panes."""
        if not self.is_active:
            return  # a second Enter of a burst: it is already open
        from briefing.screens.details import DetailsScreen
        from briefing.screens.quote_viewer import QuoteViewer

        if overlay.from_search:
            self.back_to_search = True
        if isinstance(overlay, QuoteOverlay):
            screen: QuoteViewer | DetailsScreen = QuoteViewer(
                self.queries,
                list(overlay.order),
                overlay.quote,
                overlay.full,
                self.remembering,
                first_rows=self.reading is not None,
                from_library=self.found_from_library is not None,
            )
        else:
            first_rows = self.reading is not None
            screen = DetailsScreen(
                self.queries,
                overlay.record,
                self.remembering,
                first_rows,
                from_library=self.found_from_library is not None,
            )
        if self.whole_failed:
            screen.show_whole_failed()
        self._overlay = screen
        self.app.push_screen(screen, self.after_overlay)

    def after_overlay(self, jump: Jump | None) -> None:
        """A step from the viewer or details: Backspace will open them again.

        Closed (Back) when opened from Find: Back, to Find's results.
        """
        self.show_marks()  # records seen, pinned or noted there
        overlay, self._overlay = self._overlay, None
        from briefing.screens.quote_viewer import QuoteViewer  # imported by now

        if jump is None and isinstance(overlay, QuoteViewer):
            # the list on the quote last read (n, p), not the one opened (a reader's trial)
            self.query_one(QuotesPane).move_to(overlay.quote.id)
        back_to_search, self.back_to_search = self.back_to_search, False
        if jump is None and back_to_search:
            self.action_back()
            return
        if jump is not None:
            current = self.current()
            origin = jump.origin
            if back_to_search and isinstance(origin, QuoteOverlay | DetailsOverlay):
                # opened again by Backspace, its own Back is still Back to the
                # results (it stopped at the panes on the way: a trial)
                origin = replace(origin, from_search=True)
            self.history.push(current.with_overlay(origin))
            self.show_state(current.jumped(jump))

    def action_clear_filter(self) -> None:
        """Esc: the active pane's `/` filter first, then the record filter; with
        nothing left to clear, the library it came from, as the README says.
        (Backspace walks back through the steps; Esc stayed put while there were
        some, a dead key after a filter was cleared: a trial.)"""
        current = self.current()
        cleared = current.cleared_once()
        if cleared != current:
            self.go(cleared)
        else:
            self.post_message(
                BackPastStart(self, self.briefing.id, quiet=True, search=self.found_from_library)
            )

    def action_back(self) -> None:
        state = self.history.back(self.current())
        if state is None:  # the app goes back to the library, if there is one
            self.post_message(BackPastStart(self, self.briefing.id, search=self.found_from_library))
            return
        self.show_state(state.with_overlay(None))
        if isinstance(state.overlay, SearchOverlay):
            self.find(state.overlay.chosen)
        elif isinstance(state.overlay, PinsOverlay):
            self.action_pins(state.overlay.row)
        elif state.overlay is not None:
            self.open_overlay(state.overlay)

    # --- the record under the cursor ------------------------------------------

    def _chosen_record(self) -> RecordRef | None:
        """The record under the active pane's cursor."""
        record_id = self.pane(self.state.active).highlighted_id()
        if record_id is None:
            return None
        return RecordRef(self.pane(self.state.active).KIND, record_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("copy", "open_source"):
            # Quotes and events have words and sources; actors have neither.
            return self.state.active is not PaneName.ACTORS
        if action == "elsewhere":
            return self._actor_in_view() is not None
        if action in REMEMBERING:
            return self.remembering is not None  # listed once the memory is read
        return True

    def _actor_in_view(self) -> RecordRef | None:
        """The actor under the cursor of the actors pane, or the one the panes are narrowed to."""
        chosen = self._chosen_record()
        if chosen is not None and chosen.kind is Kind.ACTOR:
            return chosen
        narrowed = self.state.record_filter
        return narrowed if narrowed is not None and narrowed.kind is Kind.ACTOR else None

    def action_elsewhere(self) -> None:
        """The other briefings of the library where this actor appears."""
        actor = self._actor_in_view()
        if actor is not None:
            name = self.queries.actor(actor.id).name
            self.post_message(ShowElsewhere(self, self.briefing.id, actor.id, name))

    def action_details(self) -> None:
        """The chosen actor's or event's details; for a quote, the quote viewer."""
        ref = self._chosen_record()
        if ref is None:
            return
        if ref.kind is Kind.QUOTE:
            self.open_quote(ref.id)
        else:
            self.open_overlay(DetailsOverlay(ref))

    def action_copy(self) -> None:
        ref = self._chosen_record()
        if ref is not None and ref.kind is Kind.QUOTE:
            quote = self.queries.quote(ref.id)
            copy_citation(self, quote_citation(quote, self.queries), "the quote")
        elif ref is not None and ref.kind is Kind.EVENT:
            event = self.queries.event(ref.id)
            copy_citation(self, event_citation(event, self.queries), "the event")

    def action_open_source(self) -> None:
        ref = self._chosen_record()
        if ref is not None and ref.kind is Kind.QUOTE:
            open_source(self, self.queries.source(self.queries.quote(ref.id).source))
        elif ref is not None and ref.kind is Kind.EVENT:
            sources = [self.queries.source(s) for s in self.queries.event(ref.id).sources]
            open_source(self, next((s for s in sources if s.url), sources[0]))

    def action_summary(self) -> None:
        self.show_summary()

    def show_summary(self, at_source: str | None = None) -> None:
        """The summary; on the source `at_source`, its title at the top."""
        from briefing.screens.summary import SummaryScreen

        note = self.remembering.note_block(None) if self.remembering is not None else None
        summary = SummaryScreen(self.briefing, note, self.reading, at_source=at_source)
        if self.whole_failed:
            summary.show_whole_failed()
        self.app.push_screen(summary)

    def action_find(self) -> None:
        """Search this briefing's records and source texts (briefing.screens.search)."""
        self.find(None)

    def find(self, chosen: SearchTarget | None) -> None:
        """Find, with the words last opened; on the result `chosen` (Back to it)."""
        index = self.index_now() if self.index_now is not None else None
        if index is None:
            return
        from briefing.screens.search import LastResults, SearchScreen
        from briefing.screens.search_results import WordIndexes

        if self.word_indexes is None:
            self.word_indexes = WordIndexes(index, self._records_read)
        if self.last_results is None:
            self.last_results = LastResults()
        scope = [(self.briefing.id, self.briefing.title)]
        typed = self.last_found.query.typed if self.last_found is not None else ""
        # Results hold for these records (read again, or whole after a preview: new ones).
        read_from = self.queries if self.reading is None else None
        last = (self.last_results, read_from) if read_from is not None else None
        search = SearchScreen(scope, self.word_indexes, typed, chosen, last)
        self.app.push_screen(search, self.show_search_result)

    def _records_read(self, briefing_id: str) -> Briefing | None:
        """This briefing's records, when the whole is read (not a preview's first rows)."""
        return self.briefing if self.reading is None and briefing_id == self.briefing.id else None

    def show_search_result(self, target: SearchTarget | None, own: bool = True) -> None:
        """A result of this screen's Find (`own`), or of the library's it was opened for."""
        if target is not None:
            self.last_found = target
            if not own:
                self.found_from_library = target
        from briefing.screens.search_results import open_result

        open_result(self, target, own)

    def action_export(self) -> None:
        """A choice of format; the export is made from the index's records (not the
        ones cleaned for display, whose offsets the annotations need unchanged)."""
        index = self.index_now() if self.index_now is not None else None
        briefing, briefing_id = self.briefing, self.briefing.id
        records = (lambda: index.briefing(briefing_id)) if index is not None else lambda: briefing
        from briefing.screens.export_choice import ExportChoice  # only when asked for

        view = export_view(self.queries, self.current(), self.reading)
        self.app.push_screen(ExportChoice(briefing_id, records, view=view))

    # --- panes and layout -----------------------------------------------------

    def activate(self, name: PaneName) -> None:
        """Make `name` the active pane, its list focused, unless the focus is in
        it already: the files read again while `/` was being typed took it
        to the list, and the next letters ran commands (`A` marked every
        record seen, `e` opened the export: a trial of a shared desk)."""
        self.state = self.state.with_active(name)
        self._update_tabs()
        pane = self.pane(name)
        focused = self.focused
        if focused is None or pane not in focused.ancestors_with_self:
            pane.focus_list()
        self.refresh_bindings()  # Copy and Open apply to some panes only

    def action_show_pane(self, name: str) -> None:
        """A click on a tab (briefing.screens.tabs)."""
        if name in PANES:
            self.activate(PaneName(name))

    def action_next_pane(self) -> None:
        self.activate(PANES[(PANES.index(self.state.active) + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        self.activate(PANES[(PANES.index(self.state.active) - 1) % len(PANES)])

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        # (a blur bubbles up behind the next focus, from another branch)
        self.set_class(isinstance(self.focused, Input), TYPING)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """A click in a pane makes it the active one; while a filter box has
        the focus, notices stand at the top (`TYPING`)."""
        self.set_class(isinstance(self.focused, Input), TYPING)
        if event.widget is not self.focused:
            return  # a focus since moved on (queued behind `activate`'s own, at once)
        for name in PANES:
            if self.pane(name) in event.widget.ancestors_with_self:
                if name != self.state.active:
                    self.state = self.state.with_active(name)
                    self._update_tabs()
                    self.refresh_bindings()
                return

    def on_resize(self, event: Resize) -> None:
        self._set_layout_classes(is_narrow(event.size))

    def _set_layout_classes(self, narrow: bool) -> None:
        """`narrow`, and in narrow mode which pane shows (`show-NAME`), in one change.

        Each change of the screen's classes restyles every widget on it, and
        the `show-` classes matter only in narrow mode: outside it a pane
        switch leaves the screen's classes alone (Tab took 64-70 ms with the
        restyle, docs/performance.md).
        """
        active = self.state.active
        classes = self.classes - {f"show-{name}" for name in PANES} - {"narrow"}
        if narrow:
            classes |= {"narrow", f"show-{active}"}
            # The tabs show only in narrow mode: updated only there, as an
            # update of a widget asks for a new layout of the screen.
            next_pane = key_shown(self.app, BriefingScreen.BINDINGS, "briefing.next_pane")
            set_line(self.query_one("#tabs", Static), tab_line(PANES, active, next_pane))
        if classes != self.classes:
            self.set_classes(classes)

    def _update_tabs(self) -> None:
        """Mark the active pane (its border; in narrow mode, the one shown).

        Only the panes whose mark changed are restyled, and not their
        descendants, as `set_class` would: no rule below a pane reads the
        mark (briefing_screen.tcss), and restyling every widget of two panes
        took 5 of Tab's 40 ms (docs/performance.md).
        """
        active = self.state.active
        switched = [
            pane
            for pane in map(self.pane, PANES)
            if pane.has_class("-active") != (pane.id == active)
        ]
        for pane in switched:
            pane.set_class(pane.id == active, "-active", update=False)
        self.app.stylesheet.update_nodes(switched)
        if self.has_class("narrow"):
            self._set_layout_classes(narrow=True)

    # --- what the reader remembers ---------------------------------------------

    def show_outdated(self, why: str | None) -> None:
        """Say at the head of the header why the files no longer give what is
        shown (None: they do again)."""
        if why != self.outdated:
            self.outdated = why
            set_line(self.query_one("#header", Static), self._header())

    def _header(self) -> Content:
        memory = self.remembering.memory if self.remembering is not None else None
        marks = header_counts(memory) if memory is not None else None
        header = briefing_header(
            self.queries, self.reading, marks, self.whole_failed, self._checker_warnings()
        )
        if self.filter_line is not None:
            header = join(self.filter_line, plain("  ·  ", "dim"), header)
        if self.outdated is None:
            return header
        return join(plain(f"⚠ {self.outdated}", "bold $text-warning"), plain(" · ", "dim"), header)

    def _checker_warnings(self) -> int | None:
        """How many warnings the checker gives the briefing, as the library's row
        counts them (those about no record too: a hidden character in its
        title); None where the index does not say it of the records shown (the
        files no longer open, and the last version that did stays)."""
        index = self.index_now() if self.index_now is not None else None
        if index is None:
            return None
        summary = index.summary(self.briefing.id)
        if summary is not None and summary.opens:
            self._warnings_shown = (self.queries, summary.warnings)
        # files that no longer open: the count of the version on screen, as
        # it was (the records' own count left out the briefing's: a review)
        seen = self._warnings_shown
        return seen[1] if seen is not None and seen[0] is self.queries else None

    def recall(self) -> None:
        """Read what the reader remembers of the briefing as it is now, in a worker."""
        briefing = self.briefing
        if self.keeper is not None:
            # A memory of the briefing as it was before a reload is let go.
            self.keeper.remember(
                briefing, lambda m: self.remember(m) if self.briefing is briefing else None
            )

    def remember(self, memory: BriefingMemory) -> None:
        """The briefing's memory is read: show its marks, and let its keys act."""
        if not self.is_attached:
            # Read as the reader ends (or after this screen went): its widgets
            # are being taken down, and marking their rows raised a crash
            # report on quitting.
            return
        assert self.keeper is not None
        self.remembering = Remembering(memory, self.keeper)
        self.show_marks()
        self.refresh_bindings()
        for screen in self._opened_over():
            if isinstance(screen, OverFirstRows):
                screen.show_remembered(self.remembering)

    def show_marks(self) -> None:
        """Each pane's marks and the header's counts, as the memory is now."""
        if self.remembering is None:
            return
        memory = self.remembering.memory
        shown = (memory, memory.shown_state())
        # Nothing seen, pinned or noted since, here or by another reader (a
        # memory compares by identity, the store's tables by what they hold):
        # the 74,000 marks of a rewritten x1000 briefing are not made again.
        if self._marks_shown != shown:
            for name in PANES:
                pane = self.pane(name)
                pane.set_marks(row_marks(memory, pane.KIND))
            self._marks_shown = shown
        set_line(self.query_one("#header", Static), self._header())

    def action_pin(self) -> None:
        ref = self._chosen_record()
        if ref is None:
            self._nothing_chosen("pin")
        elif self.remembering is not None:
            self.remembering.toggle_pin(self, ref)
            self.show_marks()

    def action_note(self) -> None:
        ref = self._chosen_record()
        if ref is None:
            self._nothing_chosen("write a note on")
        elif self.remembering is not None:
            self.remembering.edit_note(ref, self.show_marks)

    def _nothing_chosen(self, doing: str) -> None:
        """Said when a key that acts on the record under the cursor finds none (an
        empty pane): it did nothing, silently, and an analyst typed a note's
        words into the pane as keys (a trial)."""
        on_briefing = key_shown(self.app, BriefingScreen.BINDINGS, "briefing.briefing_note")
        self.notify(
            f"No record under the cursor to {doing}: this pane lists none now"
            + (f" ({on_briefing} writes a note on the briefing)." if doing != "pin" else "."),
            markup=False,
            timeout=4,
        )

    def action_briefing_note(self) -> None:
        if self.remembering is not None:
            self.remembering.edit_note(None, self.show_marks)

    def action_mark_seen(self) -> None:
        if self.remembering is None:
            return
        count = self.remembering.memory.mark_all_seen()
        self.remembering.keeper.changed()
        self.show_marks()
        self.notify(f"{counted(count, 'record')} marked seen.", markup=False, timeout=3)

    def action_next_new(self) -> None:
        """The cursor to the next new or changed record: in the active pane after the
        cursor, then in the other panes, then from the top of the active one."""
        if self.remembering is None:
            return
        memory = self.remembering.memory
        active = PANES.index(self.state.active)
        order = [PANES[(active + step) % len(PANES)] for step in range(len(PANES))]
        for name, wrapped in [*((n, False) for n in order), (order[0], True)]:
            pane = self.pane(name)
            marked = memory.marks(pane.KIND)
            ids = pane.listed_ids()
            here = pane.highlighted_id()
            start = ids.index(here) + 1 if name == order[0] and here in ids and not wrapped else 0
            found = next((i for i in ids[start:] if i in marked), None)
            if found is not None:
                self.activate(name)
                pane.move_to(found)
                return
        new, changed = memory.counts()
        if new or changed:
            clear = key_shown(self.app, BriefingScreen.BINDINGS, "briefing.clear_filter")
            self.notify(f"The new and changed records are filtered out: {clear} clears the "
                        "filters.", markup=False, timeout=4)  # fmt: skip
        else:
            self.notify("Nothing new or changed since you last read it.", markup=False, timeout=3)

    def action_pins(self, row: str | None = None) -> None:
        """The pins and notes (`row`: the record to select there)."""
        if self.remembering is not None and self.is_active:
            from briefing.screens.pins import PinsScreen

            self.remembering.look_again()
            pins = PinsScreen(self.remembering, self.queries, row)
            self.app.push_screen(pins, self.after_overlay)


def _still_there(overlay: RecordOverlay, queries: BriefingQueries) -> bool:
    if isinstance(overlay, QuoteOverlay):
        return queries.has(RecordRef(Kind.QUOTE, overlay.quote))
    return queries.has(overlay.record)
