"""The warnings of where a found quote stands in its source: across
paragraphs or quotations, outside them (quotation_warnings).

Each source text's paragraphs and quotations are read once, for all of its
quotes (`SourcePlaces`), and only where a quote stands.
"""

from __future__ import annotations

from briefing.check.quotation_warnings import warn_across_paragraphs, warn_quotation_marks
from briefing.check.quote_places import SourcePlaces
from briefing.check.raw import RawRecord
from briefing.records.anchor_results import Span


def warn_passages(
    record: RawRecord, words: str, span: Span, source: SourcePlaces, source_id: str
) -> None:
    pieces = span.pieces
    if len(pieces) == 1:  # the paragraph anchoring found is the stretch's own
        places = [source.place(span.start, span.end, (span.paragraph_start, span.paragraph_end))]
    else:
        places = [source.place(start, end) for start, end in pieces]
    read = [place for place in places if place is not None]
    warn_across_paragraphs(record, read, source, source_id)
    warn_quotation_marks(record, read, source, source_id)
