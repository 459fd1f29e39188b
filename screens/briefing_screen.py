"""The briefing screen: actors, chronology and quotes, and the thread between them.

The screen coordinates its panes: they tell it what the user chose
(messages up), it decides what each shows (attributes down). Choosing an
actor narrows the chronology and the quotes to that actor; choosing an event
narrows the actors to its participants and the quotes to its words. Every
such step can be undone with Backspace; Esc clears the filter.

Below 100×30 the panes become tabs: one shows at a time, Tab moves on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, Resize
from textual.screen import Screen
from textual.widgets import Static

from briefing.records.model import Actor, Event, Quote
from briefing.records.queries import BriefingQueries
from briefing.screens.actors_pane import ActorsPane
from briefing.screens.chronology_pane import ChronologyPane
from briefing.screens.footer import KeysFooter
from briefing.screens.palette import BriefingCommands
from briefing.screens.pane import Pane
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.quotes_pane import QuotesPane
from briefing.screens.safe import join, plain
from briefing.screens.summary import SummaryScreen

PANES = ("actors", "chronology", "quotes")
NARROW_WIDTH, NARROW_HEIGHT = 100, 30


@dataclass(frozen=True)
class View:
    """What the screen shows, to come back to with Backspace."""

    actor_filter: str | None
    event_filter: str | None
    active_pane: str
    highlights: tuple[tuple[str, str | None], ...]


class BriefingScreen(Screen[None]):
    CSS_PATH = "briefing_screen.tcss"
    COMMANDS: ClassVar = Screen.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Pane", id="briefing.next_pane"),
        Binding(
            "shift+tab", "previous_pane", "Previous pane", show=False, id="briefing.previous_pane"
        ),
        Binding("escape", "clear_filter", "Clear", id="briefing.clear_filter"),
        Binding("backspace", "back", "Back", id="briefing.back"),
        Binding("s", "summary", "Summary", id="briefing.summary"),
    ]

    def __init__(self, queries: BriefingQueries) -> None:
        """`queries` over a briefing already cleaned for display (briefing.present.display).

        Built by the caller, so that a large briefing's lookups can be made in
        the worker that loads it rather than on the UI thread.
        """
        # Classes set before mounting cost nothing; changed later, each one
        # restyles the whole screen (_update_tabs changes them after this).
        super().__init__(classes=f"show-{PANES[0]}")
        self.briefing = briefing = queries.briefing
        self.queries = queries
        self.names = {a.id: a.name for a in briefing.actors}
        self.actor_filter: str | None = None
        self.event_filter: str | None = None
        self.history: list[View] = []
        self.active_pane = PANES[0]

    def compose(self) -> ComposeResult:
        briefing = self.briefing
        yield Static(
            join(
                plain(f"as of {briefing.as_of.describe()}  ", "dim"), plain(briefing.title, "bold")
            ),
            id="header",
        )
        yield Static(id="tabs")
        yield Static(id="filter-line")
        with Horizontal(id="panes"):
            yield ActorsPane(id="actors").add_class("-active")  # PANES[0], active first
            with Vertical(id="right"):
                yield ChronologyPane(self.names, id="chronology")
                yield QuotesPane(self.names, id="quotes")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._show()
        self.pane("actors").focus_list()

    def pane(self, name: str) -> Pane:
        return self.query_one(f"#{name}", Pane)

    # --- what each pane shows -------------------------------------------------

    def _show(self, highlights: dict[str, str | None] | None = None) -> None:
        highlights = highlights or {}
        queries = self.queries
        # The same objects each time: a pane given what it shows rebuilds nothing.
        actors: Sequence[Actor] = queries.actors
        events: Sequence[Event] = queries.chronology
        quotes: Sequence[Quote] = self.briefing.quotes
        line = None
        note = "in this briefing"
        if self.actor_filter is not None:
            note = "for this actor"
            actor = self.briefing.actor(self.actor_filter)
            events = queries.events_by_participant(actor.id)
            quotes = queries.quotes_involving(actor.id)
            highlights.setdefault("actors", actor.id)
            line = join(
                plain("Filtered by actor ", "bold"),
                plain(actor.name, "bold $accent"),
                plain(f" — {len(events)} events, {len(quotes)} quotes"),
            )
        elif self.event_filter is not None:
            note = "for this event"
            event = self.briefing.event(self.event_filter)
            participants = set(event.actors)
            actors = [a for a in actors if a.id in participants]
            quotes = queries.quotes_by_event(event.id)
            highlights.setdefault("chronology", event.id)
            line = join(
                plain("Filtered by event ", "bold"),
                plain(event.title, "bold $accent"),
                plain(f" — {len(actors)} participants, {len(quotes)} quotes"),
            )
        filter_line = self.query_one("#filter-line", Static)
        filter_line.display = line is not None
        if line is not None:
            filter_line.update(join(line, plain("   Esc clears · Backspace goes back", "dim")))
        self.pane("actors").show(actors, highlights.get("actors"), note)
        self.pane("chronology").show(events, highlights.get("chronology"), note)
        self.pane("quotes").show(quotes, highlights.get("quotes"), note)
        self._update_tabs()

    def _view(self) -> View:
        return View(
            self.actor_filter,
            self.event_filter,
            self.active_pane,
            tuple((name, self.pane(name).highlighted_id()) for name in PANES),
        )

    def _remember(self) -> None:
        self.history.append(self._view())

    # --- following a thread ---------------------------------------------------

    @on(Pane.Chosen, "#actors")
    def _actor_chosen(self, message: Pane.Chosen) -> None:
        self.filter_by_actor(message.record_id)

    @on(Pane.Chosen, "#chronology")
    def _event_chosen(self, message: Pane.Chosen) -> None:
        self.filter_by_event(message.record_id)

    @on(Pane.Chosen, "#quotes")
    def _quote_chosen(self, message: Pane.Chosen) -> None:
        self.open_quote(message.record_id)

    def filter_by_actor(self, actor_id: str, focus: str = "actors") -> None:
        self._remember()
        self.actor_filter, self.event_filter = actor_id, None
        self._show({"actors": actor_id})
        self.activate(focus)

    def filter_by_event(self, event_id: str, focus: str = "chronology") -> None:
        self._remember()
        self.actor_filter, self.event_filter = None, event_id
        self._show({"chronology": event_id})
        self.activate(focus)

    def open_quote(self, quote_id: str) -> None:
        if not self.is_active:
            return  # a second Enter of a burst: the quote is already open
        order = self.query_one(QuotesPane).shown_ids()
        if quote_id not in order:
            order = [q.id for q in self.briefing.quotes]
        self.app.push_screen(
            QuoteViewer(self.briefing, self.names, order, quote_id), self._after_viewer
        )

    def _after_viewer(self, result: tuple[str, str] | None) -> None:
        if result is None:
            return
        kind, target = result
        if kind == "actor":
            self.filter_by_actor(target)
        elif kind == "event":
            self.filter_by_event(target)

    def jump_to(self, kind: str, record_id: str) -> None:
        """From the command palette: show the record, with no filter hiding it."""
        self._remember()
        self.actor_filter = self.event_filter = None
        for name in PANES:
            self.pane(name).text_filter = ""
        pane = {"actor": "actors", "event": "chronology", "quote": "quotes"}[kind]
        self._show({pane: record_id})
        self.activate(pane)

    def action_clear_filter(self) -> None:
        if self.actor_filter is None and self.event_filter is None:
            return
        self._remember()
        self.actor_filter = self.event_filter = None
        self._show()

    def action_back(self) -> None:
        # The same view twice (a thread chosen twice in one burst of keys)
        # would make a Backspace that does nothing: step over it.
        current = self._view()
        while self.history and self.history[-1] == current:
            self.history.pop()
        if not self.history:
            self.notify("Nothing to go back to.", markup=False, timeout=2)
            return
        view = self.history.pop()
        self.actor_filter, self.event_filter = view.actor_filter, view.event_filter
        self._show(dict(view.highlights))
        self.activate(view.active_pane)

    def action_summary(self) -> None:
        self.app.push_screen(SummaryScreen(self.briefing))

    # --- panes and layout -----------------------------------------------------

    def activate(self, name: str) -> None:
        self.active_pane = name
        self._update_tabs()
        self.pane(name).focus_list()

    def action_next_pane(self) -> None:
        self.activate(PANES[(PANES.index(self.active_pane) + 1) % len(PANES)])

    def action_previous_pane(self) -> None:
        self.activate(PANES[(PANES.index(self.active_pane) - 1) % len(PANES)])

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        for name in PANES:
            if self.pane(name) in event.widget.ancestors_with_self:
                if name != self.active_pane:
                    self.active_pane = name
                    self._update_tabs()
                return

    def on_resize(self, event: Resize) -> None:
        self.set_class(
            event.size.width < NARROW_WIDTH or event.size.height < NARROW_HEIGHT, "narrow"
        )

    def _update_tabs(self) -> None:
        for name in PANES:
            self.pane(name).set_class(name == self.active_pane, "-active")
        # One change of the screen's classes, not one per pane: each change
        # restyles every widget on the screen (measured: 35 ms at startup).
        shown = {f"show-{name}" for name in PANES}
        classes = (self.classes - shown) | {f"show-{self.active_pane}"}
        if classes != self.classes:
            self.set_classes(classes)
        labels = []
        for name in PANES:
            style = "bold reverse" if name == self.active_pane else "dim"
            labels.append(plain(f" {name.capitalize()} ", style))
        self.query_one("#tabs", Static).update(join(*labels, plain("   Tab: next", "dim")))
