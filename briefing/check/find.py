"""`briefing find SOURCE WORDS`: where words stand in a source text, for quoting them.

An author copying a quote wants to know whether the checker will find it,
and which `occurrence` it is when it is there several times. This answers
with the contract's own matching (briefing.records.anchoring): every place
the words occur, with line, column and occurrence number, and a quote entry
ready to paste; or, when they do not occur, the passage nearest to them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from briefing.check.folder import check_folder
from briefing.check.source_texts import MAX_TEXT_BYTES
from briefing.errors import UsageError
from briefing.files.filekinds import Refused, TooLarge, read_file
from briefing.files.locations import display_path
from briefing.records.anchor_results import Span
from briefing.records.anchoring import anchor
from briefing.records.editorial import has_marks
from briefing.records.model import Quote
from briefing.records.nearest_passage import Passage
from briefing.records.normalised_text import NormalisedText
from briefing.records.text import line_and_column, needs_marks


@dataclass(frozen=True, slots=True)
class Place:
    """One occurrence of the words in the source text."""

    occurrence: int
    line: int
    column: int
    #: the words as the source writes them
    text: str
    #: where they stand in the file's text (without a byte order mark)
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Found:
    source: Path
    words: str
    places: list[Place]
    #: when the words do not occur: the passage most like them
    nearest: Passage | None
    #: the file's text, as the places count in it
    text: str = ""

    def quote_entry(self, source_id: str = "SOURCE-ID", place: Place | None = None) -> str:
        """A quote record to paste into quotes.yaml (YAML, the words double-quoted)."""
        # The source's own characters (`won’t` for a typed `won't`), where the
        # words are the source's alone: an entry pasted is what the reader
        # shows (an author's trial). With elisions or insertions, as typed.
        # (Not a text holding a character printed as a symbol: pasted, the
        # symbol would not match.)
        own = place is not None and not has_marks(self.words) and not needs_marks(place.text)
        words = place.text if place is not None and own else self.words
        lines = [
            "  - id: QUOTE-ID",
            f"    text: {json.dumps(words, ensure_ascii=False)}",
            "    speaker: ACTOR-ID",
            f"    source: {source_id}",
        ]
        if place is not None and len(self.places) > 1:
            lines.append(f"    occurrence: {place.occurrence}")
        return "\n".join(lines)


def find_words(source: Path, words: str) -> Found:
    """Every place `words` occur in the text file `source` (UsageError if unreadable)."""
    text = file_text(source)
    normalised = NormalisedText(text)
    first = anchor(words, normalised, None)
    if first.failure not in (None, "ambiguous"):
        return Found(source, words, [], first.nearest, text)
    places = []
    for number in range(1, first.count + 1):
        span = anchor(words, normalised, number).span
        if span is not None:
            places.append(_place(text, span, number))
    return Found(source, words, places, None, text)


def _place(text: str, span: Span, occurrence: int) -> Place:
    _line, column = line_and_column(text, span.start)
    shown = " ".join(text[span.start : span.end].split())
    return Place(occurrence, span.line, column, shown, span.start, span.end)


def file_text(source: Path) -> str:
    """The text of `source` as find reads it (UsageError if it cannot)."""
    try:
        data = read_file(source, MAX_TEXT_BYTES)
    except Refused as exc:
        raise UsageError(f"{display_path(source)} {exc.trouble.predicate}") from exc
    except TooLarge as exc:
        raise UsageError(
            f"{display_path(source)} is {exc.size:,} bytes; a source text holds at most "
            f"{MAX_TEXT_BYTES:,}"
        ) from exc
    except OSError as exc:
        raise UsageError(f"cannot read {display_path(source)}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{display_path(source)} is not UTF-8 text") from exc


def quoted_already(
    folder: Path, source_id: str, text: str, places: list[Place]
) -> dict[int, list[Quote]]:
    """By occurrence, the quotes of the briefing in `folder` whose words stand
    in that place's words: `find` offered a new entry for words two quotes,
    of two speakers, already took (a desk editor's trial). Nothing when the
    briefing does not build, or its text of the source is not this file's."""
    briefing = check_folder(folder).briefing
    if briefing is None:
        return {}
    source = next((s for s in briefing.sources if s.id == source_id), None)
    if source is None or source.text != text:
        return {}
    spans = [(q, q.span) for q in briefing.quotes if q.source == source_id and q.span]
    taken: dict[int, list[Quote]] = {}
    for place in places:
        for quote, span in spans:
            if any(start < place.end and place.start < end for start, end in span.pieces):
                taken.setdefault(place.occurrence, []).append(quote)
    return taken
