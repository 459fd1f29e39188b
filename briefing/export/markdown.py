"""The `markdown` export: the briefing as a document to read, paste or print.

Summary, actors by kind, the chronology with its dates as the reader shows
them (`~10 Feb 2022`, `by 10 Feb 2022`: uncertainty kept), and every quote
with its full attribution and a link to its source, and under it each
warning the checker gave about it (`⚠ The checker warns: …`: a quote the
reader marks was exported as a sound one, a trial's "we won" from "we
won't"). Every word of content goes through `markdown_text`, so nothing in
a briefing is read as markup.
"""

from __future__ import annotations

from briefing.export.entries import (
    Writing,
    actor_entry,
    by_kind,
    event_entry,
    published,
    said_by,
    source_entry,
    warning_said,
)
from briefing.export.inert import MARKDOWN_MARK, markdown_line, markdown_link, markdown_text
from briefing.export.result import Export
from briefing.export.seal import sealed
from briefing.present.display import without_hidden
from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.queries import BriefingQueries

#: Fields inert as Markdown, links as Markdown's.
MARKDOWN = Writing(markdown_line, markdown_link, warns="*The checker warns:*")


def export(briefing: Briefing) -> Export:
    return Export({"": document(briefing)})


def document(briefing: Briefing) -> str:
    briefing = without_hidden(briefing)  # no control character reaches a terminal that shows it
    queries = BriefingQueries(briefing)
    lines = [MARKDOWN_MARK, "", f"# {markdown_line(briefing.title)}", ""]
    facts = [f"As of {briefing.as_of.describe()}"]
    if briefing.tags:
        facts.append("tags: " + ", ".join(briefing.tags))
    lines += [f"*{markdown_line(' · '.join(facts))}*", ""]
    if briefing.summary:
        lines += [markdown_text(briefing.summary), ""]
    lines += _actors(briefing.actors)
    lines += _chronology(queries)
    lines += _quotes(queries)
    lines += _sources(briefing.sources)
    return sealed("\n".join(lines).rstrip("\n") + "\n")


def _actors(actors: tuple[Actor, ...]) -> list[str]:
    if not actors:
        return []
    lines = ["## Actors", ""]
    for heading, of_kind in by_kind(actors):
        lines += [f"### {heading}", ""]
        for actor in of_kind:
            item = actor_entry(f"**{markdown_line(actor.name)}**", actor, MARKDOWN)
            lines.append(f"- {item}")
        lines.append("")
    return lines


def _chronology(queries: BriefingQueries) -> list[str]:
    events = queries.chronology
    if not events:
        return []
    lines = ["## Chronology", ""]
    for event in events:
        lines.append(f"- {_event(event, queries)}")
    return [*lines, ""]


def _event(event: Event, queries: BriefingQueries) -> str:
    """Its entry, ending with what the checker warns of it (`event_entry`): a
    date slip ("on Wednesday morning" for a Thursday) read as sound in a report."""
    when = markdown_line(event.when.describe())
    return event_entry(f"**{when}** — {markdown_line(event.title)}", event, queries, MARKDOWN)


def _quotes(queries: BriefingQueries) -> list[str]:
    quotes = queries.quotes
    if not quotes:
        return []
    lines = ["## Quotes", ""]
    for quote in quotes:
        lines += _quote(quote, queries)
    return lines


def _quote(quote: Quote, queries: BriefingQueries) -> list[str]:
    said = said_by(quote, queries, MARKDOWN)
    source = queries.source(quote.source)
    words = [f"> {line}" if line else ">" for line in markdown_text(quote.text).split("\n")]
    cited = f"> {markdown_line(said)} · {markdown_link(source.title, source.url)}"
    if source.outlet or source.published:
        cited += markdown_line(f", {published(source, MARKDOWN)}")
    lines = [*words, ">", cited]
    if quote.note:
        lines += [">", f"> *Author's note:* {markdown_line(quote.note)}"]
    for warning in quote.warnings:
        lines += [">", f"> {warning_said(warning, MARKDOWN)}"]
    return [*lines, ""]


def _sources(sources: tuple[Source, ...]) -> list[str]:
    if not sources:
        return []
    lines = ["## Sources", ""]
    for source in sources:
        lines.append(f"- {source_entry(source, MARKDOWN)}")
    return [*lines, ""]
