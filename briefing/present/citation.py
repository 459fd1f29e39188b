"""A quote or an event as a reader copies it: the words, and where they come from.

The text is for pasting into a note, a message or an article: the quote's
words in quotation marks as the briefing gives them (an insertion keeps its
brackets), who said them and how, and the source (title, outlet, date,
address), one fact per line, and where in the source's text the words
are; then what the checker warned of the quote, so
that "we won" taken from "we won't" does not travel as said (a review), and
of an event ("on Wednesday morning" for a Thursday), likewise. What it
warned of a source (published after the briefing's as_of) follows the
source's own line: its message names a field ("outlet holds …"), not whose.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from briefing.present.quotes import how_and_when, in_quotation_marks, paragraphs_of
from briefing.present.sources import source_facts
from briefing.records.model import Event, Quote, Source
from briefing.records.queries import BriefingQueries

#: Before each of the checker's warnings in a copied quote: pasted elsewhere,
#: "the checker" alone would not say whose.
COPIED_WARNING = "The briefing checker warns: "
#: Before each of its warnings about a source, after the source's line.
COPIED_SOURCE_WARNING = "The briefing checker warns of this source: "
#: The only addresses the reader hands to a browser.
WEB_SCHEMES = ("http", "https")


def source_line(source: Source) -> str:
    """`Title. Outlet, 10 Feb 2022, credits: A; B. https://…`: a source
    as a citation names it, with the credits the quote viewer shows (a new
    user's trial: the copy left out the reporters it had just read)."""
    parts = [source.title]
    published = source_facts(source).replace(" · ", ", ")
    if published:
        parts.append(published)
    if source.url:
        parts.append(source.url)
    return ". ".join(part.rstrip(".") for part in parts)


def _cited_source(source: Source, lead: str = "", indent: str = "") -> list[str]:
    """`lead` and the source's line, then each of the checker's warnings about
    it on a line of its own, after `indent` (under a list's item)."""
    warned = [f"{indent}{COPIED_SOURCE_WARNING}{w.message}" for w in source.warnings]
    return [lead + source_line(source), *warned]


def quote_citation(quote: Quote, queries: BriefingQueries) -> str:
    """The quote, who said it (role, relay, channel, date), the briefing's note
    on it, its source, and what the checker warns of it."""
    speaker = queries.actor(quote.speaker)
    who = [speaker.name]
    if speaker.role:
        who.append(speaker.role)
    if quote.reported_by:
        who.append(f"as relayed by {queries.actor(quote.reported_by).name}")
    how = how_and_when(quote)
    if how:
        who.append(how)
    lines = [
        in_quotation_marks(quote.text, language=queries.briefing.language),
        "— " + ", ".join(who),
    ]
    if quote.note:
        # the briefing's caveat ("the article does not date these words"),
        # which the Markdown export keeps and the copy lost (a desk editor's trial)
        lines.append(f"Note: {' '.join(quote.note.split())}")
    source = queries.source(quote.source)
    lines += _cited_source(source, "Source: ")
    found = found_in_text(quote, source)
    if found:
        lines.append(found)
    lines += [COPIED_WARNING + warning.message for warning in quote.warnings]
    return "\n".join(lines)


def found_in_text(quote: Quote, source: Source) -> str | None:
    """`Found in paragraph 7 of the source's text (line 12 of sources/article.txt)`:
    where to check the words, pasted where the reader is not (an analyst's
    trial: the copy named the source but not where in it). None for a quote
    not placed in a text; the line alone in a text too long to count its
    paragraphs (`paragraphs_of`)."""
    span, text = quote.span, source.text
    if span is None or text is None:
        return None
    path = source.text_path
    counted = paragraphs_of(span, text)
    if counted is None:
        return f"Found on line {span.line} of the source's text" + (f" ({path})" if path else "")
    line = f"line {span.line} of {path}" if path else f"line {span.line}"
    return f"Found in {counted} of the source's text ({line})"


def event_citation(event: Event, queries: BriefingQueries) -> str:
    """The event, when and where, who took part, each of its sources, and what
    the checker warns of it."""
    lines = [f"{event.when.describe()}: {event.title}"]
    facts = [fact for fact in (event.when_text, event.place) if fact]
    if facts:
        lines.append(", ".join(facts))
    if event.actors:
        lines.append("With " + ", ".join(queries.actor(a).name for a in event.actors))
    label = "Source" if len(event.sources) == 1 else "Sources"
    lines.append(f"{label}:")
    for source in event.sources:
        lines += _cited_source(queries.source(source), "- ", "  ")
    lines += [COPIED_WARNING + warning.message for warning in event.warnings]
    return "\n".join(lines)


def web_address(url: str | None) -> str | None:
    """`url` when a browser may be given it (http or https, with a host), else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return url.strip()
