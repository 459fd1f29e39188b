"""What the panes of a briefing show for a filter, and the header's lines.

`filtered_view` is the records each pane lists for a state of the reader
(unfiltered, filtered by an actor, with or without its members, or by an
event) and the filter's line for the header; `briefing_header` the date
and title with what the reader remembers. Kept apart from the screen that
shows them (briefing.screens.briefing_screen): what they say is worked out
here, where it can be read and tested alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.content import Content

from briefing.index.preview import Totals
from briefing.present.counts import (
    an_actors_records,
    events_and_quotes,
    in_pane_order,
    record_counts,
)
from briefing.records.model import Actor, Event, Quote
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind
from briefing.records.text import counted
from briefing.screens.safe import join, plain
from briefing.screens.state import ReaderState
from briefing.screens.warnings import WARNED, WARNING_STYLE

if TYPE_CHECKING:
    from briefing.export.view import View


@dataclass(frozen=True)
class FilteredView:
    """The records each pane lists, how the empty ones end their sentence
    ("for this actor"), and the filter's line (None: no filter)."""

    actors: Sequence[Actor]
    events: Sequence[Event]
    quotes: Sequence[Quote]
    note: str
    line: Content | None


def filtered_view(
    queries: BriefingQueries, state: ReaderState, reading: Totals | None
) -> FilteredView:
    """What the panes list for `state`; `reading`: `queries` are a large
    briefing's first rows, whose counts are said to be "read so far"."""
    # The same objects each time: a pane given what it shows rebuilds nothing.
    actors: Sequence[Actor] = queries.actors
    events: Sequence[Event] = queries.chronology
    quotes: Sequence[Quote] = queries.quotes
    line: Content | None = None
    note = "in this briefing"
    ref = state.record_filter
    # Of a large briefing's first rows, a record's are counted among them, not the whole.
    so_far = " read so far" if reading is not None else ""
    if ref is not None and ref.kind is Kind.ACTOR:
        note = "for this actor"
        actor = queries.actor(ref.id)
        members = len(queries.members(actor.id))
        widened = state.with_members and members > 0  # (none left after an edit: its own)
        if widened:
            note = "for this actor and its members"
            events, quotes = queries.with_members(actor.id)
        else:
            events = queries.events_by_participant(actor.id)
            quotes = queries.quotes_involving(actor.id)
        line = join(
            plain("Filtered by actor ", "bold"),
            plain(actor.name, "bold $text-accent"),
            plain(f" and its {counted(members, 'member')}{so_far}" if widened else ""),
            plain(" — " + _actor_counts(actor.id, events, quotes, widened) + so_far),
            _members_hint(members, widened, so_far),
        )
    elif ref is not None and ref.kind is Kind.EVENT:
        note = "for this event"
        event = queries.event(ref.id)
        participants = set(event.actors)
        actors = [a for a in actors if a.id in participants]
        quotes = queries.quotes_by_event(event.id)
        line = join(
            plain("Filtered by event ", "bold"),
            plain(event.title, "bold $text-accent"),
            plain(
                " — "
                + in_pane_order(
                    actors=counted(len(actors), "participant"),
                    quotes=counted(len(quotes), "quote"),
                )
                + so_far
            ),
        )
    if reading is not None:
        note += " among those read so far"
    return FilteredView(actors, events, quotes, note, line)


def export_view(
    queries: BriefingQueries, state: ReaderState, reading: Totals | None
) -> View | None:
    """What an export of the filtered panes holds (None: no record filter, or
    a large briefing's first rows, whose lists are not the whole view)."""
    ref = state.record_filter
    if ref is None or reading is not None or not queries.has(ref):
        return None
    from briefing.export.view import view_of  # the exports' package, only on `e`

    shown = filtered_view(queries, state, reading)
    if ref.kind is Kind.ACTOR:
        label = f"actor {queries.actor(ref.id).name}"
        if state.with_members and queries.members(ref.id):
            label += " and its members"
        actors = [ref.id]
        events = [e.id for e in shown.events]
    else:
        # the chronology is not narrowed by an event (it stays to move along):
        # the view's is the event alone (a review: all 40 went out under its title)
        label = f"event {queries.event(ref.id).title}"
        actors = [a.id for a in shown.actors]
        events = [ref.id]
    return view_of(label, ref.id, actors, events, [q.id for q in shown.quotes])


def briefing_header(
    queries: BriefingQueries,
    reading: Totals | None,
    marks: Content | None,
    failed: bool = False,
    warnings: int | None = None,
) -> Content:
    """The date and title, after what the reader remembers (`header_counts`);
    `failed`: the rest of a large briefing (`reading`) could not be read;
    `warnings`: how many the checker gives the briefing, as the library's
    row counts them (None: those its records hold, `warnings_on_records`)."""
    briefing = queries.briefing
    as_of = plain(f"as of {briefing.as_of.describe()}  ", "dim")
    header = join(as_of, plain(briefing.title, "bold"))
    if warnings is None:
        warnings = warnings_on_records(queries)
    if warnings:
        # as the marks before it say theirs: `Δ1 changed`, `⚠2 warnings`; the
        # warnings of every kind of record together, each record marked ⚠
        # saying which, and `!` on how many records they are
        warning = plain(f"{WARNED}{counted(warnings, 'warning')}", WARNING_STYLE)
        header = join(warning, plain(" · ", "dim"), header)
    if marks is not None:
        header = join(marks, header)
    if reading is None:
        return header
    whole = record_counts(reading.actors, reading.events, reading.quotes, separator=", ")
    if failed:
        said = f"  · the first rows only: the rest of the {whole} could not be read"
        return join(header, plain(said, "italic $text-error"))
    return join(header, plain(f"  · the first rows; reading all {whole}…", "italic $text-warning"))


#: By briefing: how many warnings its records hold.
_WARNED: WeakKeyDictionary[BriefingQueries, int] = WeakKeyDictionary()


def warnings_on_records(queries: BriefingQueries) -> int:
    """How many warnings the checker gives the records of the briefing
    (sources, actors, events, quotes), where the index does not say how many
    it gives the briefing (the files no longer open: the last version that
    did stays on screen). The header says the count, as the library's row
    says "2 warnings": it said "⚠10 warned", counting records, under a row
    that said "11 warnings" (a first-time analyst's trial: two numbers for
    one thing); `!` says how many records they are on. One count for all
    four kinds, short at 80 columns: the rows marked `⚠` in the panes say
    which, and a source's mark stands before its title in the summary (`s`),
    an event's details and the quote viewer. Counted once a briefing
    (10,000 quotes at x1000, and the header is drawn at each filter)."""
    warned = _WARNED.get(queries)
    if warned is None:
        kinds = (queries.briefing.sources, queries.actors, queries.chronology, queries.quotes)
        warned = _WARNED[queries] = sum(len(r.warnings) for kind in kinds for r in kind)
    return warned


def _members_hint(members: int, shown: bool, so_far: str = "") -> Content:
    """What Enter again on the actor filtered by does, when it has members."""
    if not members:
        return Content("")
    what = "without its members" if shown else f"with its {counted(members, 'member')}{so_far}"
    return plain(f" · ⏎ again: {what}", "dim")


def _actor_counts(
    actor_id: str, events: Sequence[Event], quotes: Sequence[Quote], widened: bool
) -> str:
    """`4 events, 10 quotes (+1 relayed)`: an actor's filter, its own words and
    those it relayed told apart, as its row tells them (with its members: all)."""
    if widened:
        return events_and_quotes(len(events), len(quotes))
    return an_actors_records(actor_id, events, quotes)
