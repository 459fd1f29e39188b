"""What the reader asks of a briefing, answered from dictionaries built once."""

from __future__ import annotations

from collections import defaultdict

from briefing.records.model import Actor, Briefing, Event, Quote

#: One shared empty answer: returned for "none", never modified.
_NONE: list = []  # type: ignore[type-arg]


class BriefingQueries:
    """Lookups over one briefing's records: by speaker, event, source, participant."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._quotes_by_speaker: dict[str, list[Quote]] = defaultdict(list)
        self._quotes_by_relay: dict[str, list[Quote]] = defaultdict(list)
        self._quotes_by_event: dict[str, list[Quote]] = defaultdict(list)
        self._quotes_by_source: dict[str, list[Quote]] = defaultdict(list)
        self._events_by_actor: dict[str, list[Event]] = defaultdict(list)
        self._involving: dict[str, list[Quote]] = {}
        for quote in briefing.quotes:
            self._quotes_by_speaker[quote.speaker].append(quote)
            if quote.reported_by:
                self._quotes_by_relay[quote.reported_by].append(quote)
            if quote.event:
                self._quotes_by_event[quote.event].append(quote)
            self._quotes_by_source[quote.source].append(quote)
        for event in briefing.events:  # already in chronological order
            for actor in dict.fromkeys(event.actors):
                self._events_by_actor[actor].append(event)

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self.briefing.actors

    @property
    def chronology(self) -> tuple[Event, ...]:
        """Every event in the contract's order: earliest, then latest, then id."""
        return self.briefing.events

    def quotes_by_speaker(self, actor_id: str) -> list[Quote]:
        return self._quotes_by_speaker.get(actor_id, _NONE)

    def quotes_involving(self, actor_id: str) -> list[Quote]:
        """Words the actor said or relayed, in the briefing's order (the same
        list each time it is asked for)."""
        found = self._involving.get(actor_id)
        if found is None:
            wanted = {id(q) for q in self.quotes_by_speaker(actor_id)}
            wanted |= {id(q) for q in self._quotes_by_relay.get(actor_id, [])}
            found = [q for q in self.briefing.quotes if id(q) in wanted]
            self._involving[actor_id] = found
        return found

    def quotes_by_event(self, event_id: str) -> list[Quote]:
        return self._quotes_by_event.get(event_id, _NONE)

    def quotes_by_source(self, source_id: str) -> list[Quote]:
        return self._quotes_by_source.get(source_id, _NONE)

    def events_by_participant(self, actor_id: str) -> list[Event]:
        return self._events_by_actor.get(actor_id, _NONE)  # type: ignore[return-value]
