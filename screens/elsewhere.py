"""One actor across the library: the other briefings where they appear, and what they did there.

From an actor (the actors pane, or their details) one key lists every other
briefing of the library where the same actor appears (a shared `same_as`
URI, or the same id and name: briefing.index.across), newest first, each
with its date and the actor's events and quotes there. Enter opens that
briefing narrowed to the actor; Backspace there comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.index.across import elsewhere
from briefing.index.store import BRIEFING_UNREADABLE, BriefingSummary, Index, why_unreadable
from briefing.present.counts import events_and_quotes
from briefing.present.display import for_display
from briefing.present.quotes import in_quotation_marks, said_on
from briefing.records.model import Event, Quote
from briefing.records.queries import BriefingQueries
from briefing.screens.footer import KeysFooter
from briefing.screens.option_list import ReaderOptionList
from briefing.screens.safe import join, plain, plain_cut
from briefing.screens.worker_failures import ReportsWorkerFailures

#: How many of an actor's events and quotes a briefing's row lists.
SHOWN_PER_KIND = 3


@dataclass(frozen=True)
class Appearance:
    """The actor in one other briefing, with what they said and did there."""

    briefing_id: str
    actor_id: str
    title: str
    as_of: str
    #: the actor's name there (another briefing may call them otherwise)
    name: str
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    #: when each quote was said: its own date, else its event's (`said_when`)
    quotes_said: tuple[str, ...] = ()
    #: that briefing's `language`, whose quotation marks its quotes stand in
    language: str = "en"


#: Reads the appearances (in a worker thread): what the app gives the screen.
Finder = Callable[[], list[Appearance]]


class ElsewhereScreen(Screen[tuple[str, str] | None], ReportsWorkerFailures):
    """Dismisses with (briefing id, actor id) to open there, else None."""

    CSS_PATH = "elsewhere.tcss"
    #: The list is focused once it has something (`_show`): focused as the
    #: screen was composed, while hidden, its own "⏎ Open" was offered over
    #: an empty screen. ("" and not None: None means the app's, "*".)
    AUTO_FOCUS = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="elsewhere.back"),
        # Over the list's own Enter, so that the footer says what it does.
        Binding("enter", "open", "Open there", priority=True, id="elsewhere.open"),
    ]

    def __init__(self, name: str, find: Finder, none_found: str) -> None:
        super().__init__()
        self.actor_name = name
        self.find = find
        #: what is said when no other briefing has the actor
        self.none_found = none_found
        self.appearances: list[Appearance] = []
        #: the width the options were cut to
        self._listed_width = 0

    def compose(self) -> ComposeResult:
        yield Static(
            join(plain(self.actor_name, "bold"), plain("  in other briefings", "dim")),
            id="elsewhere-title",
        )
        yield Static(plain("Looking through the library…", "dim italic"), id="elsewhere-note")
        yield ReaderOptionList(id="elsewhere-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#elsewhere-list", OptionList).display = False
        self._look()

    @work(thread=True, exclusive=True, exit_on_error=False, group="elsewhere")
    def _look(self) -> None:
        try:
            found = self.find()
        except BRIEFING_UNREADABLE as error:  # the index gone, a briefing's folder refused
            self.app.call_from_thread(self._not_looked, error)
            return
        self.app.call_from_thread(self._show, found)

    def _not_looked(self, error: Exception) -> None:
        why = f"The library could not be looked through: {why_unreadable(error)}"
        self.query_one("#elsewhere-note", Static).update(plain(why, "$text-error"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return bool(self.appearances)  # not in the footer with nothing to open
        return True

    def _show(self, found: list[Appearance]) -> None:
        self.appearances = found
        self.refresh_bindings()
        note = self.query_one("#elsewhere-note", Static)
        listing = self.query_one("#elsewhere-list", OptionList)
        if not found:
            note.update(plain(self.none_found, "dim italic"))
            return
        note.display = False
        listing.display = True
        self.set_focus(listing)
        # Once laid out: the lines are cut to the width the list has then.
        self.call_after_refresh(self._list, listing, 0)

    def _list(self, listing: OptionList, highlighted: int | None) -> None:
        """The appearances as options, each line cut to the list's width: a line
        wrapped by the list began at its left edge, under nothing (a new user's
        trial)."""
        width = listing.scrollable_content_region.width or self.app.size.width - 4
        self._listed_width = width
        listing.clear_options()
        listing.add_options(_option(appearance, width) for appearance in self.appearances)
        listing.highlighted = highlighted

    def on_resize(self) -> None:
        listing = self.query_one("#elsewhere-list", OptionList)
        width = listing.scrollable_content_region.width
        if self.appearances and width and width != self._listed_width:
            self._list(listing, listing.highlighted)

    def action_open(self) -> None:
        listing = self.query_one("#elsewhere-list", OptionList)
        index = listing.highlighted
        if index is not None and 0 <= index < len(self.appearances):
            chosen = self.appearances[index]
            self.dismiss((chosen.briefing_id, chosen.actor_id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_close(self) -> None:
        self.dismiss(None)


def _option(appearance: Appearance, width: int) -> Option:
    """The appearance's lines, each cut to `width` cells with the cut mark."""
    as_of = f"  as of {appearance.as_of}"
    lines = [
        join(
            plain_cut(appearance.title, max(8, width - len(as_of)), "bold"),
            plain(as_of, "dim"),
        ),
        plain_cut(  # (its two spaces were always taken out with the rest)
            f"  {appearance.name}: "
            f"{events_and_quotes(len(appearance.events), len(appearance.quotes))}",
            width,
            "dim",
        ),
    ]
    for event in appearance.events[:SHOWN_PER_KIND]:
        lines.append(join("    ", plain_cut(f"{event.when.describe()} · {event.title}", width - 4)))
    for quote, said in zip(
        appearance.quotes[:SHOWN_PER_KIND], appearance.quotes_said, strict=False
    ):
        line = plain_cut(
            f"{said} · {in_quotation_marks(quote.text, language=appearance.language)}",
            width - 4,
            "italic",
        )
        lines.append(join("    ", line))
    more = (
        len(appearance.events)
        + len(appearance.quotes)
        - min(SHOWN_PER_KIND, len(appearance.events))
        - min(SHOWN_PER_KIND, len(appearance.quotes))
    )
    if more > 0:
        lines.append(plain(f"    and {more} more there", "dim"))
    return Option(join(*lines, separator="\n"), id=appearance.briefing_id)


def appearances_elsewhere(index: Index, briefing_id: str, actor_id: str) -> list[Appearance]:
    """The actor of `briefing_id` in the library's other briefings, newest first.

    Reads each of those briefings' own file (a worker runs this); their
    words are cleaned for display as the reader's own are.
    """
    found = elsewhere(index.appearances(), briefing_id, actor_id)
    summaries = {s.id: s for s in index.summaries() if s.id is not None}
    found.sort(key=lambda a: _newest(summaries[a.briefing_id]), reverse=True)
    appearances = []
    for appearance in found:
        summary = summaries[appearance.briefing_id]
        lookup = BriefingQueries(for_display(index.briefing(appearance.briefing_id)))
        actor = lookup.actor(appearance.actor_id)
        quotes = lookup.quotes_involving(actor.id)
        appearances.append(
            Appearance(
                briefing_id=appearance.briefing_id,
                actor_id=actor.id,
                title=lookup.briefing.title,
                as_of=summary.as_of.describe() if summary.as_of else "?",
                name=actor.name,
                events=tuple(lookup.events_by_participant(actor.id)),
                quotes=tuple(quotes),
                quotes_said=tuple(said_on(lookup.said_when(quote)) for quote in quotes),
                language=lookup.briefing.language,
            )
        )
    return appearances


def _newest(summary: BriefingSummary) -> tuple[int, int, str]:
    return summary.as_of.sort_key() if summary.as_of is not None else (0, 0, "")
