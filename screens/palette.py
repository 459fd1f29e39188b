"""Textual's command palette (Ctrl+P), safe at any size, and every record in it.

Choosing a record posts `ShowRecord` to the screen the palette was opened
over; that screen decides how to show it. The palette knows no screen class,
only the `BriefingQueries` such a screen holds, so the briefing screen can
import this module without this module importing it back.

Over a large briefing's first rows (briefing.screens.first_rows), the palette
says, above its box, that it searches only them while the rest is read; the
whole, once read, is searched at the next key, and at once what was typed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar, Protocol, runtime_checkable
from weakref import WeakKeyDictionary

from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.command import (
    CommandInput,
    CommandList,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    ProviderSource,
)
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from briefing.present.quotes import attribution, in_quotation_marks
from briefing.records.folding import Query, searchable
from briefing.records.model import CheckerWarning
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import CUT_BEFORE_MARK
from briefing.screens.cells import cut_line, for_cells
from briefing.screens.first_rows import NOT_READ
from briefing.screens.lines import Line
from briefing.screens.option_list import can_page
from briefing.screens.record_list import MATCH_STYLE
from briefing.screens.safe import quote_words
from briefing.screens.warnings import WARNED_HELP


@dataclass(eq=False)
class ShowRecord(Message):
    """Show this record: chosen in the palette opened over `screen`, or in
    the `!` list; `open_quote`: a quote is opened in the viewer too, where
    its words stand highlighted in their source (what a warning is about)."""

    screen: Screen[object]
    ref: RecordRef
    open_quote: bool = False

    @property
    def control(self) -> Screen[object]:
        return self.screen


#: Between what a record says and its id, in the palette's rows.
ID_SEPARATOR = " · "


def _id_dim(shown: Content, ref: RecordRef) -> Content:
    """`shown` with the id at its end dim."""
    return shown.stylize("dim", len(shown) - len(for_cells(ref.id)), len(shown))


#: The most records one search lists, in the briefing's order (the actors,
#: the chronology, the quotes as said): more words narrow them. Textual
#: builds and sorts an option for every hit; 74,000 hits froze the reader
#: for ten seconds at x1000 (a new user's trial).
MOST_LISTED = 100
#: With nothing typed, every record is listed up to this many; a larger
#: briefing lists its records as words are typed.
LISTED_BEFORE_TYPING = 300


@dataclass(frozen=True, slots=True)
class _Entry:
    """A record as the palette finds it: its words, folded (`folding.searchable`)."""

    ref: RecordRef
    words: str


#: Each briefing's entries, made the first time the palette is opened over it.
_ENTRIES: WeakKeyDictionary[BriefingQueries, list[_Entry]] = WeakKeyDictionary()


#: The cells of a quote's words in its row: a longer quote is cut (`_quote_words`).
QUOTE_CELLS = 70
#: Characters of a quote shown before the first word typed, when that word
#: is past what the row's start shows.
QUOTE_LEAD = 20


def _row(queries: BriefingQueries, ref: RecordRef, typed: Query | None = None) -> tuple[str, str]:
    """The record's row (shown, ending with its id) and its help; a long quote's
    words around the first of the words `typed` (`_quote_words`).

    The text is matched as it is shown (briefing.screens.cells), a quote's
    words whole (`_matched`), so that the words highlighted are the ones on
    screen. Each ends with the record's id, as Find's rows do: an author who
    knows a quote by its id typed it, and nothing was found (an author's trial).
    """
    # The help line under the chosen row says a warned record so, as its pane
    # marks its row (the row's text is what the palette matches).
    if ref.kind is Kind.ACTOR:
        actor = queries.actor(ref.id)
        role = f" — {actor.role}" if actor.role else ""
        text = f"Actor: {actor.name}{role}{ID_SEPARATOR}{actor.id}"
        return for_cells(text), _help("Show this actor", actor.warnings)
    if ref.kind is Kind.EVENT:
        event = queries.event(ref.id)
        text = f"Event: {event.when.describe()} · {event.title}{ID_SEPARATOR}{event.id}"
        return for_cells(text), _help("Show this event in the chronology", event.warnings)
    quote = queries.quote(ref.id)
    words = _quote_words(quote.text, typed)
    said = attribution(quote, queries.names)
    # (whole: a quote written « … » and cut to fit is still between its own marks)
    marked = in_quotation_marks(words, quote.text, language=queries.briefing.language)
    return for_cells(f"Quote: {marked} {said}{ID_SEPARATOR}{quote.id}"), _help(
        "Show this quote", quote.warnings
    )


def _help(shown: str, warnings: Sequence[CheckerWarning]) -> str:
    """What the chosen row does, and that the checker warns of its record."""
    return shown + WARNED_HELP if warnings else shown


def _matched(queries: BriefingQueries, ref: RecordRef) -> str:
    """What the palette matches the words typed in: the record's row, with a
    quote's words whole. Only the 70 cells its row shows were, and a quote
    was not found by its later words (an author's trial)."""
    if ref.kind is not Kind.QUOTE:
        return _row(queries, ref)[0]
    quote = queries.quote(ref.id)
    said = attribution(quote, queries.names)
    marked = in_quotation_marks(quote.text, language=queries.briefing.language)
    return for_cells(f"Quote: {marked} {said}{ID_SEPARATOR}{quote.id}")


def _quote_words(text: str, typed: Query | None) -> str:
    """A quote's words on one line, cut to QUOTE_CELLS: from its start, or, when
    a word typed stands in the quote only past that, from a little before it,
    after the cut mark `◂` (the row showed none of the words it was found by)."""
    line = " ".join(for_cells(text).split())
    shown = cut_line(line, QUOTE_CELLS)
    if typed is None or shown == line:
        return shown
    in_sight = len(shown) - 1  # the characters before the cut mark
    firsts = [spans[0] for word in typed.words if (spans := Query(word).spans(line))]
    past = [start for start, end in firsts if end > in_sight]
    if not past:  # every word typed that the quote holds is in sight
        return shown
    first = min(past)
    # QUOTE_LEAD before it, or earlier to fill the row when the quote ends soon
    # after; from the next word's start
    begin = max(1, min(first - QUOTE_LEAD, len(line) - QUOTE_CELLS + 2))
    while begin < first and not line[begin - 1].isspace():
        begin += 1
    return CUT_BEFORE_MARK + cut_line(line[begin:], QUOTE_CELLS - 1)


def _refs(queries: BriefingQueries) -> Iterator[RecordRef]:
    """Every record, in the order the palette lists them."""
    yield from (RecordRef(Kind.ACTOR, actor.id) for actor in queries.actors)
    yield from (RecordRef(Kind.EVENT, event.id) for event in queries.chronology)
    yield from (RecordRef(Kind.QUOTE, quote.id) for quote in queries.quotes)


def _record_count(queries: BriefingQueries) -> int:
    """How many records the palette lists of the briefing."""
    return len(queries.actors) + len(queries.chronology) + len(queries.quotes)


def _taken(making: asyncio.Future[list[_Entry]]) -> None:
    """Retrieve the outcome of making the words, so that a failure no search
    awaited is not reported as never retrieved (searches raise it themselves)."""
    if not making.cancelled():
        making.exception()


def entries(queries: BriefingQueries) -> list[_Entry]:
    """The briefing's records with their words (made once per briefing, in a thread)."""
    made = _ENTRIES.get(queries)
    if made is None:
        made = [_Entry(ref, searchable(_matched(queries, ref))) for ref in _refs(queries)]
        _ENTRIES[queries] = made
    return made


class BriefingCommands(Provider):
    """Jump to any record of the open briefing: every word typed must begin a
    word of the record, as in a `/` filter and in Find (Textual's fuzzy
    matcher found "Macron briefs Biden" for "kirb"). Content is plain text."""

    async def startup(self) -> None:
        self._queries: BriefingQueries | None = None
        self._making: asyncio.Future[list[_Entry]] | None = None
        self._take(self._screens_queries())

    def _screens_queries(self) -> BriefingQueries | None:
        queries = getattr(self.screen, "queries", None)
        return queries if isinstance(queries, BriefingQueries) else None

    def _take(self, queries: BriefingQueries | None) -> None:
        """Start making the words of `queries`' records, in a thread: at x1000 the
        words of 74,000 records take a second to make, and the palette takes keys
        meanwhile.

        A task of its own, not `startup`'s wait: Textual cancels the search under
        way at each key, and a search cancelled while it waited for a startup
        cancelled the startup with it, for good. Ctrl+P and a word typed at once
        at x1000 found nothing more until the palette was closed (a user's trial).
        """
        self._queries = queries
        self._making = None
        if queries is not None:
            self._making = asyncio.ensure_future(asyncio.to_thread(entries, queries))
            # Its failure is retrieved (and raised) by the search that awaits
            # it; one that no search awaits is taken here, not left unretrieved.
            self._making.add_done_callback(_taken)

    def _follow_screen(self) -> BriefingQueries | None:
        """The screen's briefing, taken when it changed: the whole of a large
        briefing, read while the palette was open on its first rows, is
        searched from then on (ReaderPalette.show_whole). Asked first by
        `discover` too: its limit counted the first rows, then listed the whole."""
        if self._screens_queries() is not self._queries:
            self._take(self._screens_queries())
        return self._queries

    async def _entries(self) -> tuple[BriefingQueries, list[_Entry]] | None:
        """The screen's briefing and its records' words, once they are made."""
        self._follow_screen()
        queries, making = self._queries, self._making
        if queries is None or making is None:
            return None
        # shielded: a search cancelled by the next key leaves the making to the next
        return queries, await asyncio.shield(making)

    async def discover(self) -> Hits:
        queries = self._follow_screen()
        if queries is None or _record_count(queries) > LISTED_BEFORE_TYPING:
            return
        made = await self._entries()
        if made is None:
            return
        queries, found = made
        for entry in found:
            text, help_text = _row(queries, entry.ref)
            shown = _id_dim(quote_words(text), entry.ref)  # an insertion shown as the author's
            command = partial(self._show, entry.ref)
            yield DiscoveryHit(shown, command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        typed = Query(query)
        if not typed:
            return
        made = await self._entries()
        if made is None:
            return
        queries, made_entries = made
        match = typed.matcher()
        found = [entry for entry in made_entries if match(entry.words)]
        # A record whose id was typed whole comes first: `okafor-gamble` listed
        # an event that names its words above the quote of that id (an author's trial).
        wanted = query.strip().lower()
        found.sort(key=lambda entry: entry.ref.id != wanted)  # stable: the rest in order
        for place, entry in enumerate(found[:MOST_LISTED]):
            text, help_text = _row(queries, entry.ref, typed)
            shown = quote_words(text)
            for start, end in typed.spans(text):
                shown = shown.stylize(MATCH_STYLE, start, end)
            score = 1 - place / MOST_LISTED  # the palette sorts by score: kept in order
            command = partial(self._show, entry.ref)
            yield Hit(score, _id_dim(shown, entry.ref), command, text=text, help=help_text)

    def _show(self, ref: RecordRef) -> None:
        self.screen.post_message(ShowRecord(self.screen, ref))


@runtime_checkable
class MaybeFirstRows(Protocol):
    """A screen that may show a large briefing's first rows while the rest is read."""

    queries: BriefingQueries
    whole_failed: bool

    @property
    def first_rows(self) -> bool:
        """Its `queries` are the first rows; the rest is read, or `whole_failed`."""


def searched(screen: Screen[Any] | None) -> str | None:
    """What the palette opened over `screen` says it searches, when it is not
    the whole briefing: a large briefing's first rows (None: the whole, or none)."""
    if not isinstance(screen, MaybeFirstRows) or not screen.first_rows:
        return None
    rest = NOT_READ if screen.whole_failed else "the rest is still loading…"
    return f"Searching the first {_record_count(screen.queries)} records only: {rest}"


class ReaderPalette(CommandPalette):
    """Textual's palette, closed once, and with page keys that hold at any size.

    - Each Enter the palette reads dismisses it, and `Screen.dismiss` pops
      whatever screen is on top: Ctrl+P then Enter Enter in one burst closed
      the palette, then the briefing screen under it, and the chosen command
      ran on a screen without widgets (`NoMatches '#actors'`; a third Enter:
      `ScreenStackError`). A palette that is no longer in front is closed.
    - Its page bindings hand the key to the list, which raised `KeyError: 0`
      when the terminal left it no lines (60×3, Ctrl+P, PageDown): `can_page`.
    - Over a large briefing's first rows (`over`, the screen it is opened
      over), a line above the box says it searches only them; the briefing
      screen tells it when the whole is read (`show_whole`).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pagedown", "page(1)", "Next page", show=False, id="palette.page_down"),
        Binding("pageup", "page(-1)", "Previous page", show=False, id="palette.page_up"),
        # Ctrl+C quits as everywhere (a modal screen takes none of the app's keys);
        # what is selected in its box is copied first, as in every box
        Binding("ctrl+c", "app.quit", "Quit", show=False, id="palette.interrupt"),
    ]
    CSS_PATH = "palette.tcss"  # read at start, with every screen's (BriefingApp)

    def __init__(
        self,
        providers: ProviderSource | None = None,
        *,
        placeholder: str = "Search for commands…",
        id: str | None = None,
        over: Screen[Any] | None = None,
    ) -> None:
        """`over`: the screen it is opened over, whose records it searches."""
        super().__init__(providers, placeholder=placeholder, id=id)
        self.over = over

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Line(id="palette-searched", markup=False)

    def on_mount(self) -> None:
        self._say_searched()

    def _say_searched(self) -> None:
        """Above the box, what is searched when it is not the whole briefing.
        Not before the palette is composed: the briefing screen may tell it of
        the whole between Ctrl+P and then, and `on_mount` says it anyway."""
        line = next(iter(self.query("#palette-searched").results(Static)), None)
        if line is None:
            return
        said = searched(self.over)
        line.update(said or "")
        line.set_class(said is not None, "-shown")
        self.set_class(said is not None, "-searched")

    # Told by the briefing screen (briefing.screens.first_rows.OverFirstRows).
    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        """The whole briefing, read while the palette was open: what was typed is
        searched in it at once (the palette's provider takes the screen's whole)."""
        self._say_searched()
        typed = next(iter(self.query(CommandInput)), None)  # None: not composed yet
        if typed is not None and typed.value.strip():
            typed.post_message(Input.Changed(typed, typed.value))

    def show_remembered(self, remembering: object) -> None:
        """Nothing of what the reader remembers shows in the palette."""

    def show_whole_failed(self) -> None:
        self._say_searched()

    async def action_page(self, direction: int) -> None:
        action = "page_down" if direction > 0 else "page_up"
        for commands in self.query(CommandList):
            if can_page(commands):
                await commands.run_action(action)

    def dismiss(self, result: None = None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete()  # already closed: popping now would close the screen below
        return super().dismiss(result)
