"""An actor's or an event's details: every field the author wrote, in full.

The panes show a record in two lines, cut to their width; this screen shows
all of it, wrapped: for an event its title, what the checker warns of it
(`Event.warnings`, each in the checker's own sentence with its advice to the
author), when (with the source's own wording), where, who took part, its
summary and each of its sources (with what the checker warns of each); for
an actor its name, what the checker warns of it (`Actor.warnings`, as for
an event), kind, role, affiliations, other names, the addresses that
identify it elsewhere, its summary and how many events and quotes it has.

Enter narrows the panes to the record's thread; `c` copies an event with its
sources; `o` opens an event's source. Like the quote viewer, it dismisses
with the step to take next (a `Jump`) or None. A record shown here counts as
seen; `*` pins it and `w` writes a note on it, shown at the end.

Opened on a large briefing's first rows, while the rest is read, it shows the
record's own fields (all known), says that what is counted or listed across
the briefing comes with the rest, and shows it when the briefing screen hands
it the whole (briefing.screens.first_rows); pin and note, once the reader's
memory is read after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import Key
from textual.screen import Screen
from textual.widgets import Static

from briefing.present.citation import event_citation
from briefing.present.counts import counts
from briefing.present.quotes import quotation_marks
from briefing.present.sources import source_facts, text_status
from briefing.records.model import Actor, ActorKind, CheckerWarning, Event, Quote, Source
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.screens.bound_keys import key_shown
from briefing.screens.clicks import address
from briefing.screens.fields import Fields
from briefing.screens.first_rows import NOT_READ, compose_again
from briefing.screens.footer import KeysFooter
from briefing.screens.marks import PINNED, was_marked_line
from briefing.screens.navigation import ShowElsewhere
from briefing.screens.outdated import OutdatedLine
from briefing.screens.palette import BriefingCommands, ShowRecord
from briefing.screens.remembering import Remembering
from briefing.screens.safe import first_words, join, plain
from briefing.screens.scrolling import scroll_lines
from briefing.screens.sharing import (
    copy_citation,
    copy_instead,
    dimmed_action_pressed,
    open_source,
)
from briefing.screens.state import DetailsOverlay, Jump
from briefing.screens.warnings import warnings_said
from briefing.userdata.reading import Mark

KIND_NAMES = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANISATION: "Organisation",
    ActorKind.STATE: "State",
    ActorKind.GROUP: "Group",
}


#: How many of an actor's events, and of its quotes, its details name.
LISTED = 5
#: The words of a quote its row shows, before the cut mark.
QUOTE_WORDS = 14


def _event_row(event: Event) -> Content:
    """`10 Feb 2022 · Truss meets Lavrov in Moscow`."""
    return join(plain(event.when.describe(), "bold"), plain(" · " + event.title))


def _quote_row(quote: Quote, actor: Actor, queries: BriefingQueries) -> Content:
    """`10 Feb 2022 · “Any incursion would be a massive strategic mistake”`, with
    the speaker named when the actor only relayed the words. The date leads, as
    in an event's row: after the words, a row that wrapped split it in two."""
    when = queries.said_when(quote)
    said = [plain(when.describe(), "bold"), plain(" · ")] if when is not None else []
    opening, closing = quotation_marks(quote.text, queries.briefing.language)
    said.append(join(opening, first_words(quote.text, QUOTE_WORDS), closing))
    if quote.speaker != actor.id:
        said.append(plain(f" — {queries.actor(quote.speaker).name}, relayed", "dim"))
    return join(*said)


def _more(count: int, narrow: str) -> list[Content]:
    """The line after the rows named, when there are more: `narrow` (Enter, as the
    keymap has it) lists them all."""
    if count <= LISTED:
        return []
    return [plain(f"and {count - LISTED} more: {narrow} narrows the panes to them all", "dim")]


def _heading(text: str) -> Static:
    return Static(plain(text, "bold"), classes="heading")


def _warned(warnings: Sequence[CheckerWarning]) -> ComposeResult:
    """What the checker warns of the record, under its title and before its
    fields, as the quote viewer says a quote's before its words: "on
    Wednesday morning" for a Thursday, two actors the reader cannot tell
    apart, read as sound (a review)."""
    if warnings:
        yield Static(warnings_said(warnings), classes="warnings")


def _source_block(source: Source) -> Fields:
    """A source's title, what the checker warns of it, its facts, address and
    text, each wrapped under itself after a bullet."""
    lines = [plain(source.title, "bold")]
    if source.warnings:
        lines.append(warnings_said(source.warnings))
    facts = source_facts(source)
    if facts:
        lines.append(plain(facts, "dim"))
    if source.url:
        lines.append(address(source.url, "underline"))
    lines.append(plain(text_status(source), "dim italic"))
    return Fields([("•", Content("\n").join(lines))], label_width=2, classes="source")


#: Above a pinned record.
PIN_LINE = plain(f"{PINNED} pinned", "bold $text-accent")
#: In place of an actor's events and quotes, and of an event's count of quotes,
#: while a large briefing's first rows are on screen and the rest is read.
COMING = plain(
    "Its events and quotes are listed once the whole briefing is read…", "italic $warning"
)
READING = plain("counted once the whole briefing is read…", "italic $warning")
#: In place of COMING and READING when the rest of the briefing could not be read.
NOT_LISTED = plain(f"Its events and quotes are not listed: {NOT_READ}", "italic $error")
NOT_COUNTED = plain(f"not counted: {NOT_READ}", "italic $error")


class DetailsScreen(Screen[Jump | None]):
    """Dismisses with the step to take (Enter, a palette jump), else None."""

    CSS_PATH = "details.tcss"
    COMMANDS: ClassVar = Screen.COMMANDS | {BriefingCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "close", "Back", id="details.back"),
        Binding("enter", "narrow", "Filter by it", id="details.filter"),
        Binding("c", "copy", "Copy", id="details.copy"),
        Binding("o", "open_source", "Open source", id="details.open"),
        Binding("b", "elsewhere", "Elsewhere", id="details.elsewhere"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="details.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="details.up"),
        Binding("asterisk", "pin", "Pin or unpin", show=False, id="details.pin"),
        Binding("w", "note", "Note", show=False, id="details.note"),
    ]

    def __init__(
        self,
        queries: BriefingQueries,
        record: RecordRef,
        remembering: Remembering | None = None,
        first_rows: bool = False,
        from_library: bool = False,
    ) -> None:
        """`remembering`: what the reader remembers of the briefing (None: nothing);
        `first_rows`: `queries` is a large briefing's first rows, the whole on its way;
        `from_library`: opened from the library's Find, so the briefing is named
        beside the kind of record (the details of one of many briefings' results
        did not say whose it was: a new user's trial)."""
        if record.kind not in (Kind.ACTOR, Kind.EVENT):
            raise ValueError(f"details are for an actor or an event, not {record}")
        super().__init__()
        self.queries = queries
        self.record = record
        self.remembering = remembering
        #: the record was new or changed when the details opened on it (said,
        #: as its row's mark goes once it is seen here)
        self.was: Mark | None = remembering.mark(record) if remembering is not None else None
        self.first_rows = first_rows
        self.from_library = from_library
        #: the rest of the briefing could not be read (`show_whole_failed`)
        self.whole_failed = False

    @property
    def overlay(self) -> DetailsOverlay:
        return DetailsOverlay(self.record)

    def compose(self) -> ComposeResult:
        # Pin and note composed as they are: set after the first frame, they
        # laid the screen out a second time.
        pinned, note = self._memory()
        was = was_marked_line(self.was)
        yield OutdatedLine()
        with VerticalScroll(id="details"):
            pin_line = Static(PIN_LINE, id="details-pinned")
            pin_line.display = pinned
            yield pin_line
            was_line = Static(was or "", id="details-was")
            was_line.display = was is not None
            yield was_line
            if self.record.kind is Kind.ACTOR:
                yield from self._actor(self.queries.actor(self.record.id))
            else:
                yield from self._event(self.queries.event(self.record.id))
            note_block = Static(note or "", id="details-note")
            note_block.display = note is not None
            yield note_block
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.remembering is not None:
            self.remembering.seen(self.record)

    def show_whole_failed(self) -> None:
        self.whole_failed = True
        if self.is_attached:
            self.call_later(self._compose_again)

    def show_whole(self, queries: BriefingQueries, quotes: Sequence[str]) -> None:
        """The whole briefing, read since the details opened on its first rows."""
        self.queries, self.first_rows = queries, False
        self.call_later(self._compose_again)

    def show_remembered(self, remembering: Remembering) -> None:
        """What the reader remembers, read since: the record is seen; pin and note act."""
        self.remembering = remembering
        self.was = remembering.mark(self.record)
        remembering.seen(self.record)
        self.refresh_bindings()
        self.call_later(self._show_memory)  # after the whole is composed, if it is being

    async def _compose_again(self) -> None:
        await compose_again(self, "details")

    def _memory(self) -> tuple[bool, Content | None]:
        """Whether the record is pinned, and its note as shown (None: it has none)."""
        remembering = self.remembering
        if remembering is None:
            return False, None
        return remembering.pinned(self.record), remembering.note_block(self.record)

    def _show_memory(self) -> None:
        """Whether the record is pinned (above it), and its note (below it), as they are now."""
        if not self.is_attached:
            return  # closed meanwhile
        pinned, note = self._memory()
        self.query_one("#details-pinned", Static).display = pinned
        was = was_marked_line(self.was)
        was_line = self.query_one("#details-was", Static)
        was_line.display = was is not None
        if was is not None:
            was_line.update(was)
        note_block = self.query_one("#details-note", Static)
        note_block.display = note is not None
        if note is not None:
            note_block.update(note)

    def _kind(self, kind: str) -> Static:
        """The kind of record, and of which briefing when opened from the library."""
        if not self.from_library:
            return Static(plain(kind, "dim"), classes="kind")
        title = plain(self.queries.briefing.title, "dim italic")
        return Static(join(plain(f"{kind} · in ", "dim"), title), classes="kind")

    def _actor(self, actor: Actor) -> ComposeResult:
        yield self._kind(KIND_NAMES[actor.kind])
        yield Static(plain(actor.name, "bold"), classes="title")
        yield from _warned(actor.warnings)
        fields: list[tuple[str, Content | str]] = []
        if actor.role:
            fields.append(("Role", actor.role))
        if actor.affiliation_names:
            # Its own field, not a lookup: of a large briefing's first rows, the
            # affiliation may be beyond them (a KeyError, a crash report).
            fields.append(("Affiliations", "\n".join(actor.affiliation_names)))
        if actor.aliases:
            fields.append(("Also called", "\n".join(actor.aliases)))
        if actor.same_as:
            same_as = (address(url, "underline") for url in actor.same_as)
            fields.append(("Same as", Content("\n").join(same_as)))
        # Events before quotes, as the panes and the lists below order them.
        # "none", not "Events  0 events" (a trial)
        events = counts((actor.event_count, "event")) if actor.event_count else "none"
        fields.append(("Events", events))
        said = counts((actor.quotes_said, "quote")) if actor.quotes_said else "none"
        if actor.quotes_relayed:
            said += f" said, {actor.quotes_relayed} relayed"
        fields.append(("Quotes", said))
        fields.append(("Id", plain(actor.id, "dim")))
        yield Fields(fields)
        if actor.summary:
            yield _heading("Summary")
            yield Static(plain(actor.summary), classes="summary")
        if self.first_rows:
            yield Static(NOT_LISTED if self.whole_failed else COMING, classes="coming")
        else:
            yield from self._actors_records(actor)

    def _actors_records(self, actor: Actor) -> ComposeResult:
        """The first of the actor's events and quotes, named: the counts alone
        left a reader to leave the details to learn what they were (a new
        user's trial). Enter narrows the panes to all of them."""
        queries = self.queries
        events = queries.events_by_participant(actor.id)
        quotes = queries.quotes_involving(actor.id)
        rows: list[Content] = []
        narrow = key_shown(self.app, DetailsScreen.BINDINGS, "details.filter")
        if events:
            rows += [Content(""), plain(f"Events ({len(events)})", "bold")]
            rows += [_event_row(event) for event in events[:LISTED]] + _more(len(events), narrow)
        if quotes:
            rows += [Content(""), plain(f"Quotes ({len(quotes)})", "bold")]
            rows += [_quote_row(q, actor, queries) for q in quotes[:LISTED]] + _more(
                len(quotes), narrow
            )
        if rows:
            # One widget for both lists and their headings: four made `d` 5 ms slower.
            yield Fields([("", row) for row in rows], label_width=0, hang=2)

    def _event(self, event: Event) -> ComposeResult:
        queries = self.queries
        yield self._kind("Event")
        yield Static(plain(event.title, "bold"), classes="title")
        yield from _warned(event.warnings)
        when = [plain(event.when.describe(), "bold")]
        if event.when.weekday:
            when.append(plain(f", a {event.when.weekday}", "dim"))
        if event.when.qualifiers:
            when.append(plain(f" ({event.when.qualifiers})", "dim"))
        if event.when_text:
            when.append(plain(f"\n“{event.when_text}”", "italic"))
        fields: list[tuple[str, Content | str]] = [("When", join(*when))]
        if event.place:
            fields.append(("Where", event.place))
        if event.actors:
            who = []
            for actor_id in event.actors:
                actor = queries.actor(actor_id)
                who.append(actor.name + (f", {actor.role}" if actor.role else ""))
            fields.append(("Who", "\n".join(who)))
        quotes: Content | str = counts((len(queries.quotes_by_event(event.id)), "quote"))
        if self.first_rows:
            quotes = NOT_COUNTED if self.whole_failed else READING
        fields.append(("Quotes", quotes))
        fields.append(("Id", plain(event.id, "dim")))
        yield Fields(fields)
        if event.summary:
            yield _heading("Summary")
            yield Static(plain(event.summary), classes="summary")
        label = "Source" if len(event.sources) == 1 else f"Sources ({len(event.sources)})"
        yield _heading(label)
        for source_id in event.sources:
            yield _source_block(queries.source(source_id))

    # --- keys -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_source":
            # An actor has no source: not offered. An event whose sources have
            # no address: dimmed, and pressed, it says so (`on_key`), where it
            # did nothing and said nothing.
            if self.record.kind is not Kind.EVENT:
                return False
            sources = self.queries.event(self.record.id).sources
            return True if any(self.queries.source(s).url for s in sources) else None
        if action == "copy":
            return self.record.kind is Kind.EVENT  # an actor has no words to copy
        if action in ("pin", "note"):
            return self.remembering is not None
        if action == "elsewhere":
            return self.record.kind is Kind.ACTOR
        return True

    def action_close(self) -> None:
        self.dismiss(None)

    def action_pin(self) -> None:
        if self.remembering is not None:
            self.remembering.toggle_pin(self, self.record)
            self._show_memory()

    def action_note(self) -> None:
        if self.remembering is not None:
            self.remembering.edit_note(self.record, self._show_memory)

    def action_elsewhere(self) -> None:
        """The other briefings of the library where this actor appears."""
        actor = self.queries.actor(self.record.id)
        self.post_message(ShowElsewhere(self, self.queries.briefing.id, actor.id, actor.name))

    def action_narrow(self) -> None:
        self.dismiss(Jump(self.record, narrow=True, origin=self.overlay))

    def action_copy(self) -> None:
        event = self.queries.event(self.record.id)
        copy_citation(self, event_citation(event, self.queries), "the event")

    def action_open_source(self) -> None:
        event = self.queries.event(self.record.id)
        sources = [self.queries.source(s) for s in event.sources]
        instead = copy_instead(self, "the event")
        open_source(self, next((s for s in sources if s.url), sources[0]), instead)

    def on_key(self, event: Key) -> None:
        if dimmed_action_pressed(self, event):
            self.action_open_source()

    def action_scroll(self, lines: int) -> None:
        for box in self.query("#details").results(VerticalScroll):  # none while composed
            scroll_lines(box, lines)

    @on(ShowRecord)
    def _show_record(self, message: ShowRecord) -> None:
        """A palette jump from here: the briefing screen shows the record."""
        message.stop()
        self.dismiss(Jump(message.ref, narrow=False, origin=self.overlay))
