"""The `text` export: the briefing as plain text, to read top to bottom, by a
person or a screen reader.

The Markdown export's content in its order (title, as-of and tags, summary,
actors by kind, the chronology, every quote with its full attribution, its
note and the checker's warnings about it, the sources), with no markup at
all: a screen-reader user on a limited terminal had only the Markdown to
read linearly, and heard its escapes (`\\~Aug 2026?`, `\\[the bridge\\]`)
and its links' brackets (`(<https://…>)`) read out. Here a heading is its
name on a line of its own, a list item a line, a link `Title (https://…)`,
a quote's words stand in the quotation marks of the briefing's language
(“ ” in English, « » in French: `in_quotation_marks`; unless written in
their own, `« … »`), and a date is said in words
where the reader uses a symbol (`~7 Feb 2022 to 9 Feb 2022 (approximate)`:
`DateValue.in_words`). One record is one line, never wrapped, so a screen
reader's next line is the next record.

Nothing is escaped: plain text has no markup to be read as. Content is
untrusted all the same: hidden characters are shown as symbols (`␛`,
`without_hidden`, as Markdown and CSV do), and every line is passed through
`visible_line` once more as it is written, so that no control character,
escape sequence or line break of a one-line field reaches the file, whatever
a field the exports add later holds. Only a checked http(s) address is
written as a link. The first line (`TEXT_MARK`) says the file is an export,
and the last (`TEXT_SEAL`) holds the digest of its text (`sealed_at_end`,
not read out before the title): written over only while unedited.
"""

from __future__ import annotations

import re

from briefing.export.entries import (
    Writing,
    actor_entry,
    by_kind,
    event_entry,
    published,
    said_by,
    sentence_ended,
    source_entry,
    warning_said,
)
from briefing.export.inert import TEXT_MARK, TEXT_SEAL, link_target
from briefing.export.result import Export
from briefing.export.seal import sealed_at_end
from briefing.present.citation import web_address
from briefing.present.display import without_hidden
from briefing.present.quotes import in_quotation_marks
from briefing.records.dates import DateValue
from briefing.records.model import Actor, Briefing, Event, Quote, Source
from briefing.records.queries import BriefingQueries
from briefing.records.text import visible_line

#: Where one paragraph of a summary or a quote ends and the next begins.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def export(briefing: Briefing) -> Export:
    return Export({"": document(briefing)})


def document(briefing: Briefing) -> str:
    briefing = without_hidden(briefing)  # no control character reaches a terminal that shows it
    queries = BriefingQueries(briefing)
    lines = [TEXT_MARK, "", _line(briefing.title), ""]
    facts = f"As of {briefing.as_of.in_words()}"
    if briefing.tags:
        facts += "; tags: " + ", ".join(briefing.tags)
    lines += [sentence_ended(_line(facts)), ""]
    if briefing.summary:
        lines += [*_paragraphs(briefing.summary), ""]
    lines += _actors(briefing.actors)
    lines += _chronology(queries)
    lines += _quotes(queries)
    lines += _sources(briefing.sources)
    text = "\n".join(visible_line(line) for line in lines).rstrip("\n")
    return sealed_at_end(f"{text}\n\n{TEXT_SEAL}\n")


def _line(text: str) -> str:
    """A field on one line, its runs of spaces, tabs and line breaks one space."""
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    """A text of paragraphs, each on one line and a blank line between them: a
    line broken where the author's YAML wrapped it would be read as two."""
    paragraphs = [_line(p) for p in _PARAGRAPH_BREAK.split(text.strip())]
    lines: list[str] = []
    for paragraph in paragraphs:
        if paragraph:
            lines += ["", paragraph] if lines else [paragraph]
    return lines


def _link(label: str, url: str | None) -> str:
    """`Title (https://…)` for a checked web address, else the title alone."""
    address = web_address(url)
    if address is None:
        return _line(label)
    return f"{_line(label)} ({link_target(address)})"


#: Fields on one line, links as `Title (https://…)`.
TEXT = Writing(_line, _link, DateValue.in_words)


def _heading(name: str) -> list[str]:
    """A section's heading: its name, on a line of its own, a blank line after."""
    return [name, ""]


def _actors(actors: tuple[Actor, ...]) -> list[str]:
    if not actors:
        return []
    lines = _heading("Actors")
    for heading, of_kind in by_kind(actors):
        lines.append(f"{heading}:")
        for actor in of_kind:
            item = actor_entry(_line(actor.name), actor, TEXT)
            lines.append(item)
        lines.append("")
    return lines


def _chronology(queries: BriefingQueries) -> list[str]:
    events = queries.chronology
    if not events:
        return []
    return [*_heading("Chronology"), *(_event(e, queries) for e in events), ""]


def _event(event: Event, queries: BriefingQueries) -> str:
    """Its entry, ending with what the checker warns of it, on the same line
    (one event a line)."""
    return event_entry(f"{event.when.in_words()}: {_line(event.title)}", event, queries, TEXT)


def _quotes(queries: BriefingQueries) -> list[str]:
    quotes = queries.quotes
    if not quotes:
        return []
    lines = _heading("Quotes")
    for quote in quotes:
        lines += _quote(quote, queries)
    return lines


def _quote(quote: Quote, queries: BriefingQueries) -> list[str]:
    said = said_by(quote, queries, TEXT)
    source = queries.source(quote.source)
    # its paragraphs on lines of their own, with no blank line between them:
    # the quote's lines, up to the blank line after it, are all of it
    paragraphs = [line for line in _paragraphs(quote.text) if line]
    words = in_quotation_marks("\n".join(paragraphs), language=queries.briefing.language).split(
        "\n"
    )
    cited = f"{sentence_ended(_line(said))} Source: {_link(source.title, source.url)}"
    if source.outlet or source.published:
        cited += _line(f", {published(source, TEXT)}")
    lines = [*words, sentence_ended(cited)]
    if quote.note:
        lines.append(f"Author's note: {_line(quote.note)}")
    lines += [warning_said(warning, TEXT) for warning in quote.warnings]
    return [*lines, ""]


def _sources(sources: tuple[Source, ...]) -> list[str]:
    if not sources:
        return []
    lines = _heading("Sources")
    lines.extend(source_entry(source, TEXT) for source in sources)
    return [*lines, ""]
