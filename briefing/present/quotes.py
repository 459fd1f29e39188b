"""How a quote is attributed, in words: who said it, through whom, how and when;
and which of its words are the author's (insertions)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

from briefing.records.anchor_results import Span
from briefing.records.anchoring import MAX_COUNTED, anchor
from briefing.records.dates import DateValue
from briefing.records.language_tags import primary_subtag
from briefing.records.model import Channel, Quote
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import paragraphs

#: Channels whose contract name is not how a reader would say it.
CHANNEL_NAMES: Mapping[Channel, str] = {Channel.NEWS_CONFERENCE: "news conference"}


def channel_name(channel: Channel) -> str:
    """`news conference` for `news-conference`; other channels as they are."""
    return CHANNEL_NAMES.get(channel, channel.value)


#: How a date is written: as the reader shows it (`DateValue.describe`), or for
#: reading aloud too (`DateValue.in_words`, the text export).
DateWritten = Callable[[DateValue], str]


def how_and_when(quote: Quote, written: DateWritten = DateValue.describe) -> str:
    """`news conference, 10 Feb 2022`: the channel and the date, those it has.

    `other` says nothing of how: "— Karel Dušek, other, 13 Mar 2024" read as
    a slip (an author's trial). The JSON and CSV exports keep the field.
    """
    parts = []
    if quote.channel and quote.channel is not Channel.OTHER:
        parts.append(channel_name(quote.channel))
    if quote.said:
        parts.append(written(quote.said))
    return ", ".join(parts)


#: The quotation marks a quote written without marks of its own is shown
#: between, by the primary subtag of its briefing's `language`
#: (`language_marks`): a French briefing's quotes shown in English “ ” (a
#: correspondent's trial). French sets a no-break space inside « » (U+00A0,
#: which the screens' wrapping keeps: briefing.screens.cells); Spanish,
#: Italian, Portuguese, Russian, Norwegian and Arabic set « » against the
#: words. Dutch: “ ”, the marks Dutch papers and Onze Taal use now (the low
#: „ ” is falling out of use). One table for every screen, copy and export.
LANGUAGE_MARKS: Mapping[str, tuple[str, str]] = {
    "en": ("“", "”"),
    "fr": ("«\u00a0", "\u00a0»"),
    "de": ("„", "“"),
    "ja": ("「", "」"),
    "zh": ("“", "”"),
    "es": ("«", "»"), "it": ("«", "»"), "pt": ("«", "»"),
    "nl": ("“", "”"),
    "ru": ("«", "»"),
    "pl": ("„", "”"),
    "cs": ("„", "“"),
    "da": ("»", "«"),
    "sv": ("”", "”"), "fi": ("”", "”"),
    "no": ("«", "»"), "nb": ("«", "»"), "nn": ("«", "»"),
    "ar": ("«", "»"),
}  # fmt: skip
#: The marks of English, and of a language the table does not know.
DEFAULT_MARKS = LANGUAGE_MARKS["en"]


def language_marks(language: str) -> tuple[str, str]:
    """The marks a quote of a briefing in `language` (a BCP 47 tag: `fr`,
    `de-AT`) is shown between: “ and ” for English and any language not in
    LANGUAGE_MARKS."""
    return LANGUAGE_MARKS.get(primary_subtag(language), DEFAULT_MARKS)


#: Quotation marks that open and close a quotation, in the languages briefings
#: are written in: a quote written between them is shown as written. Every
#: pair of LANGUAGE_MARKS (its no-break spaces aside), and a few more.
QUOTATION_PAIRS = tuple(
    dict.fromkeys(
        [(o.strip(), c.strip()) for o, c in LANGUAGE_MARKS.values()]
        + [("„", "”"), ("»", "«"), ("「", "」"), ("『", "』"), ("‹", "›"), ('"', '"')]
    )
)


def quotation_marks(quote: str, language: str) -> tuple[str, str]:
    """The marks to put around a quote's words: those of its briefing's
    `language` (`language_marks`), or none when the quote is written between
    quotation marks of its own (`« … »`, `„…“`, `「…」`)."""
    for opening, closing in QUOTATION_PAIRS:
        if len(quote) > 1 and quote.startswith(opening) and quote.endswith(closing):
            return "", ""
    return language_marks(language)


def in_quotation_marks(words: str, whole: str | None = None, *, language: str) -> str:
    """`words` between the marks of the briefing's `language` (`« … »` in
    French, `„…“` in German, “…” in English), unless the quote (`whole`, of
    which `words` may be a part cut to fit; else `words`) is between
    quotation marks already: a French quote written `« On ne demande pas la
    charité »` was shown `“« On ne demande pas la charité »”` (a
    correspondent's trial)."""
    opening, closing = quotation_marks(words if whole is None else whole, language)
    return f"{opening}{words}{closing}"


#: Matches are counted in a source text of at most this many characters.
COUNTED_IN_UP_TO = 1_000_000


def paragraphs_of(span: Span, text: str) -> str | None:
    """`paragraph 7`, `paragraphs 7–8`: which paragraphs of `text` (as the
    contract counts them) a quote's words stand in, the unit a judgment or a
    report is cited by (a trial of long documents: the viewer said only a
    line of the file); None in a text over `COUNTED_IN_UP_TO` characters,
    which is not counted on the screen's thread."""
    if len(text) > COUNTED_IN_UP_TO:
        return None
    starts = [start for start, _ in paragraphs(text)]
    first = bisect.bisect_right(starts, span.start)
    last = bisect.bisect_right(starts, max(span.start, span.pieces[-1][1] - 1))
    return f"paragraph {first}" if first == last else f"paragraphs {first}–{last}"


def where_found(quote: Quote, source_text: str) -> str:
    """`in paragraph 7 of the source text (line 12; occurrence 2 of 3 of these
    words)`: where a quote placed in `source_text` stands, and for one that
    picks among several matches, among how many ("occurrence 2 of these
    words" left the reader to count them, an analyst's trial)."""
    assert quote.span is not None
    counted = paragraphs_of(quote.span, source_text)
    facts = [f"line {quote.span.line}"]
    if quote.occurrence is not None:
        facts.append(_occurrence(quote, source_text))
    if counted is None:
        first, *rest = facts
        return f"on {first} of the source text" + (f" ({'; '.join(rest)})" if rest else "")
    return f"in {counted} of the source text ({'; '.join(facts)})"


def _occurrence(quote: Quote, source_text: str) -> str:
    """`occurrence 2 of 3 of these words`, or without the count where it is
    not counted (a long text) or no longer holds (a source changed since)."""
    assert quote.occurrence is not None
    if len(source_text) > COUNTED_IN_UP_TO:
        # counted again each time the quote is shown, on the screen's thread: a
        # source of 63 MB took a second (a review)
        return f"occurrence {quote.occurrence} of these words"
    count = anchor(quote.text, NormalisedText(source_text), None).count
    of = f"{MAX_COUNTED} or more" if count >= MAX_COUNTED else str(count)
    if count < quote.occurrence:  # a source changed since it was indexed
        return f"occurrence {quote.occurrence} of these words"
    return f"occurrence {quote.occurrence} of {of} of these words"


def said_on(date: DateValue | None) -> str:
    """When a quote was said (`BriefingQueries.said_when`), in words: "undated" for none."""
    return date.describe() if date is not None else "undated"


def attribution(
    quote: Quote, names: Mapping[str, str], written: DateWritten = DateValue.describe
) -> str:
    """`— Emmanuel Macron, as relayed by …, statement, 9 Feb 2022`

    `names`: actors' names by id (an id without one is shown as it is);
    `written`: how its date is written.
    """
    parts = [names.get(quote.speaker, quote.speaker)]
    if quote.reported_by:
        parts.append(f"as relayed by {names.get(quote.reported_by, quote.reported_by)}")
    how = how_and_when(quote, written)
    if how:
        parts.append(how)
    if not quote.anchored:
        parts.append("not checked against a source text")
    return "— " + ", ".join(parts)


#: A bracketed group of a quote: an insertion, or an elision `[…]`.
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")
_ELISIONS = ("…", "...")


def insertions(text: str) -> list[tuple[int, int]]:
    """Where the author's insertions (`[the bridge]`) stand in a quote's `text`,
    brackets included: words the speaker did not say, to be shown as such.

    A bracket that pairs with nothing is none: the contract reads it as the
    source's own character (briefing.records.editorial).
    """
    if "[" not in text:
        return []
    return [
        match.span()
        for match in _BRACKETED.finditer(text)
        if match.group(1).strip() not in _ELISIONS
    ]
