"""What the reader asks of a briefing, answered from dictionaries built once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.records.dates import OPEN_END, DateValue
from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.refs import Kind, RecordRef

#: One shared empty answer: returned for "none", never modified.
_NO_QUOTES: list[Quote] = []
_NO_EVENTS: list[Event] = []


class BriefingQueries:
    """Lookups over one briefing's records: by id, speaker, event, participant.

    Built where the briefing is loaded (a worker thread for a large one), so
    that the UI thread only looks things up.
    """

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._actors = {actor.id: actor for actor in briefing.actors}
        self._events = {event.id: event for event in briefing.events}
        self._sources = {source.id: source for source in briefing.sources}
        self._quotes = {quote.id: quote for quote in briefing.quotes}
        self._names = {actor.id: actor.name for actor in briefing.actors}
        self._quotes_by_speaker: dict[str, list[Quote]] = defaultdict(list)
        self._quotes_by_relay: dict[str, list[Quote]] = defaultdict(list)
        self._quotes_by_event: dict[str, list[Quote]] = defaultdict(list)
        self._events_by_actor: dict[str, list[Event]] = defaultdict(list)
        self._involving: dict[str, list[Quote]] = {}
        #: each actor's direct members by id, made at the first question about them
        self._members: dict[str, list[str]] | None = None
        #: each member's place among the actors, made with `_members`
        self._member_places: dict[str, int] = {}
        self._all_members: dict[str, list[str]] = {}
        self._with_members: dict[str, tuple[list[Event], list[Quote]]] = {}
        self._quotes_in_order = _in_order_said(briefing.quotes, self._events)
        for quote in self._quotes_in_order:
            self._quotes_by_speaker[quote.speaker].append(quote)
            if quote.reported_by:
                self._quotes_by_relay[quote.reported_by].append(quote)
            if quote.event:
                self._quotes_by_event[quote.event].append(quote)
        for event in briefing.events:  # already in chronological order
            for actor in dict.fromkeys(event.actors):
                self._events_by_actor[actor].append(event)

    # --- by id (the checker guarantees every reference resolves) -------------

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def event(self, event_id: str) -> Event:
        return self._events[event_id]

    def source(self, source_id: str) -> Source:
        return self._sources[source_id]

    def quote(self, quote_id: str) -> Quote:
        return self._quotes[quote_id]

    def has(self, ref: RecordRef) -> bool:
        """Whether the briefing holds this record (it may be gone after an edit)."""
        by_kind: Mapping[Kind, Mapping[str, object]] = {
            Kind.ACTOR: self._actors,
            Kind.EVENT: self._events,
            Kind.QUOTE: self._quotes,
            Kind.SOURCE: self._sources,
        }
        return ref.id in by_kind.get(ref.kind, {})

    @property
    def names(self) -> Mapping[str, str]:
        """Each actor's name, by id."""
        return self._names

    # --- whole sections, in the order shown ----------------------------------

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self.briefing.actors

    @property
    def chronology(self) -> tuple[Event, ...]:
        """Every event in the contract's order: earliest, then latest, then id."""
        return self.briefing.events

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote in the order it was said (`_in_order_said`)."""
        return self._quotes_in_order

    # --- threads between records ---------------------------------------------

    def quotes_by_speaker(self, actor_id: str) -> Sequence[Quote]:
        return self._quotes_by_speaker.get(actor_id, _NO_QUOTES)

    def said_when(self, quote: Quote) -> DateValue | None:
        """When the quote was said: its own date, else its event's (as the quotes
        are ordered); None when it has neither."""
        return said_when(quote, self._events)

    def quotes_involving(self, actor_id: str) -> Sequence[Quote]:
        """Words the actor said or relayed, in the order said (the same list
        each time it is asked for)."""
        found = self._involving.get(actor_id)
        if found is None:
            wanted = {id(q) for q in self.quotes_by_speaker(actor_id)}
            wanted |= {id(q) for q in self._quotes_by_relay.get(actor_id, _NO_QUOTES)}
            found = [q for q in self._quotes_in_order if id(q) in wanted]
            self._involving[actor_id] = found
        return found

    def members(self, actor_id: str) -> list[str]:
        """The actors affiliated with `actor_id`, and theirs in turn (a ministry's
        minister), in the actors' order; the checker refuses cycles."""
        if self._members is None:
            # Built at the first Enter on an actor. Most actors have one
            # affiliation or none: a dict made for each to drop repeats made
            # the first Enter at x1000 (32,000 actors) 60-100 ms slower.
            self._members = defaultdict(list)
            for place, member in enumerate(self.briefing.actors):
                affiliations = member.affiliations
                if not affiliations:
                    continue
                self._member_places[member.id] = place
                if len(affiliations) > 1:
                    affiliations = tuple(dict.fromkeys(affiliations))
                for affiliation in affiliations:
                    self._members[affiliation].append(member.id)
        direct = self._members
        if actor_id not in direct:
            return []
        found = self._all_members.get(actor_id)
        if found is None:
            reached: set[str] = set()
            waiting = list(direct[actor_id])
            while waiting:
                member_id = waiting.pop()
                if member_id not in reached and member_id != actor_id:
                    reached.add(member_id)
                    waiting += direct.get(member_id, ())
            found = sorted(reached, key=self._member_places.__getitem__)
            self._all_members[actor_id] = found
        return found

    def with_members(self, actor_id: str) -> tuple[Sequence[Event], Sequence[Quote]]:
        """The events and the quotes of `actor_id` and of its `members`, in the
        chronology's order and in the order said."""
        found = self._with_members.get(actor_id)
        if found is None:
            ids = {actor_id, *self.members(actor_id)}
            wanted_events = {id(e) for a in ids for e in self.events_by_participant(a)}
            wanted_quotes = {id(q) for a in ids for q in self.quotes_involving(a)}
            found = (
                [e for e in self.briefing.events if id(e) in wanted_events],
                [q for q in self._quotes_in_order if id(q) in wanted_quotes],
            )
            self._with_members[actor_id] = found
        return found

    def quotes_by_event(self, event_id: str) -> Sequence[Quote]:
        return self._quotes_by_event.get(event_id, _NO_QUOTES)

    def events_by_participant(self, actor_id: str) -> Sequence[Event]:
        return self._events_by_actor.get(actor_id, _NO_EVENTS)


def said_when(quote: Quote, events: Mapping[str, Event]) -> DateValue | None:
    """The quote's own date, else its event's: how quotes are dated and ordered,
    in the reader and on the command line alike."""
    if quote.said is not None or quote.event is None:
        return quote.said
    event = events.get(quote.event)
    return event.when if event is not None else None


def _in_order_said(quotes: Sequence[Quote], events: Mapping[str, Event]) -> tuple[Quote, ...]:
    """`quotes` in the order they were said: by `said`, else by their event's
    date, earliest then latest (an open start at its end, as the chronology
    has it); a quote with neither after every dated one. Ties by source, in
    the order the file first quotes each, and in a source by where their
    words stand in its text (then in file order).

    File order alone put a quote of a file named `extra.yaml` before those
    of `quotes.yaml`, whatever its date; and listed a transcript's 232 quotes
    of one day as the author happened to write them, not as they were said
    (a trial of long documents).
    """
    first_quoted: dict[str, int] = {}
    for number, quote in enumerate(quotes):
        first_quoted.setdefault(quote.source, number)

    def when(quote: Quote) -> tuple[int, int, int, int]:
        at = quote.span.start if quote.span is not None else 0
        date = said_when(quote, events)
        if date is None:
            return (OPEN_END, OPEN_END, first_quoted[quote.source], at)
        earliest, latest, _ = date.sort_key()
        return (earliest, latest, first_quoted[quote.source], at)

    return tuple(sorted(quotes, key=when))  # sorted is stable: file order after that
