"""The wording the document exports share: an actor's entry and an event's,
written once for Markdown and plain text, each format saying how a field is
made inert and how a link is written (`Writing`).

The two exports said the same things in the same order with their own
markup; written twice, a fact added to one (an event's place, an actor's
aliases) would have been missing from the other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.present.quotes import attribution
from briefing.present.sources import credits_line, publication
from briefing.records.dates import DateValue
from briefing.records.model import Actor, ActorKind, CheckerWarning, Event, Quote, Source
from briefing.records.queries import BriefingQueries

#: The actors' kinds in the order the documents list them, with their headings.
KIND_HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.STATE: "States",
    ActorKind.GROUP: "Groups",
}
#: Before each of the checker's warnings about a record, as the reader marks it.
WARNED = "⚠"
#: What may end a sentence already, closing quotes and brackets aside.
_SENTENCE_ENDS = (".", "!", "?", "…")


@dataclass(frozen=True)
class Writing:
    """How a format writes a field of content on one line (inert), a link, a
    date (as the reader shows it, or in words), and the words before each of
    the checker's warnings (after WARNED)."""

    line: Callable[[str], str]
    link: Callable[[str, str | None], str]
    date: Callable[[DateValue], str] = DateValue.describe
    warns: str = "The checker warns:"


def by_kind(actors: Sequence[Actor]) -> list[tuple[str, list[Actor]]]:
    """The actors grouped under their kinds' headings, in KIND_HEADINGS' order,
    a kind with none left out."""
    grouped = {heading: [a for a in actors if a.kind is kind] for kind, heading in
               KIND_HEADINGS.items()}  # fmt: skip
    return [(heading, of_kind) for heading, of_kind in grouped.items() if of_kind]


def sentence_ended(text: str) -> str:
    """`text` with a full stop, unless an author's summary already ends its sentence."""
    return text if text.rstrip("\"'”’)]").endswith(_SENTENCE_ENDS) else text + "."


def warning_said(warning: CheckerWarning, writing: Writing) -> str:
    """`⚠ The checker warns: <its message>`, inert."""
    return f"{WARNED} {writing.warns} {writing.line(warning.message)}"


def with_warnings(item: str, warnings: Sequence[CheckerWarning], writing: Writing) -> str:
    """`item`, then each of the checker's warnings about its record, in the
    same entry (one record a line in the text export): an actor the reader
    cannot tell from another, a date slip, read as sound in a report."""
    for warning in warnings:
        item = f"{sentence_ended(item)} {warning_said(warning, writing)}"
    return item


def actor_entry(name: str, actor: Actor, writing: Writing) -> str:
    """`name` (as the format shows it) — role; affiliations (also aliases).
    Summary. What the checker warns of it."""
    item = name
    details = [actor.role or ""]
    if actor.affiliation_names:
        details.append(", ".join(actor.affiliation_names))
    shown = [d for d in details if d]
    if shown:
        item += " — " + writing.line("; ".join(shown))
    if actor.aliases:
        item += " (also " + writing.line(", ".join(actor.aliases)) + ")"
    if actor.summary:
        item += ". " + writing.line(actor.summary)
    return with_warnings(item, actor.warnings, writing)


def event_entry(head: str, event: Event, queries: BriefingQueries, writing: Writing) -> str:
    """`head` (the date and title, as the format shows them) (when, place; with
    whom). Summary. Sources: their links. What the checker warns of it."""
    item = head
    facts = [fact for fact in (event.when_text, event.place) if fact]
    if event.actors:
        facts.append("with " + ", ".join(queries.actor(a).name for a in event.actors))
    if facts:
        item += " (" + writing.line("; ".join(facts)) + ")"
    if event.summary:
        item += ". " + writing.line(event.summary)
    sources = [queries.source(s) for s in event.sources]
    label = "Source" if len(sources) == 1 else "Sources"
    item = sentence_ended(item) + f" {label}: "
    item += ", ".join(writing.link(s.title, s.url) for s in sources)
    return with_warnings(item, event.warnings, writing)


def said_by(quote: Quote, queries: BriefingQueries, writing: Writing) -> str:
    """`— Liz Truss (British Foreign Secretary), tweet, 9 Feb 2022`, not yet inert."""
    speaker = queries.actor(quote.speaker)
    said = attribution(quote, queries.names, writing.date)
    if speaker.role:
        said = said.replace(speaker.name, f"{speaker.name} ({speaker.role})", 1)
    return said


def published(source: Source, writing: Writing) -> str:
    """`Reuters, 10 Feb 2022`: the outlet and the date, those it has, not yet inert."""
    return publication(source, writing.date).replace(" · ", ", ")


def source_entry(source: Source, writing: Writing) -> str:
    """The source's link — its outlet, date and credits. What the checker warns of it."""
    item = writing.link(source.title, source.url)
    facts = published(source, writing)
    if source.credits:
        facts += (", " if facts else "") + credits_line(source)
    if facts:
        item += " — " + writing.line(facts)
    return with_warnings(item, source.warnings, writing)
