"""The warnings of where a found quote stands in its source and what its
marks leave out: across paragraphs or quotations (quotation_warnings), in
another person's turn of a transcript (turn_warnings), its elisions
(elision_warnings), negations (negation_warnings, in the languages
briefing.check.negations knows), hedges (hedge_warnings, in English), a
French incise (incise_warnings), a quotation its source gives to someone
else (attribution_warnings).

Each source text's paragraphs and quotations are read once, for all of its
quotes (`SourcePlaces`), and only where a quote stands.
"""

from __future__ import annotations

from briefing.check.attribution_warnings import warn_said_by_other
from briefing.check.elision_warnings import warn_elisions
from briefing.check.hedge_warnings import warn_hedges
from briefing.check.incise_warnings import warn_incises
from briefing.check.insertion_warnings import insertions_between_parts
from briefing.check.negation_warnings import warn_negations
from briefing.check.passage_checks import PassageChecks
from briefing.check.quotation_warnings import warn_across_paragraphs, warn_quotation_marks
from briefing.check.quote_places import Marks, PartPlace, SourcePlaces
from briefing.check.raw import RawRecord
from briefing.check.turn_warnings import warn_other_turn
from briefing.records.anchor_results import Span


def warn_passages(
    record: RawRecord,
    words: str,
    span: Span,
    source: SourcePlaces,
    source_id: str,
    checks: PassageChecks,
) -> None:
    pieces = span.pieces
    warn_other_turn(record, pieces, source, source_id, checks.names)
    if checks.french:
        warn_incises(record, pieces, source, source_id, checks.names)
    if len(pieces) == 1:  # the paragraph anchoring found is the stretch's own
        place = source.place(span.start, span.end, (span.paragraph_start, span.paragraph_end))
        attributed = warn_said_by_other(record, (place,), source, source_id, checks)
        if (
            place is not None
            and place.break_at < 0
            and _in_one_quotation(place, source)
            # in a document credited to the speaker, a quotation is someone else's words
            and not checks.names.credited(source_id, record.text("speaker") or "")
        ):
            # the most quotes: nothing to say of where they stand
            bounds = (span.paragraph_start, span.paragraph_end)
            _warn_left_out(record, words, pieces, [], source, source_id, set(), checks, bounds)
            return
        places = [place]
    else:
        places = [source.place(start, end) for start, end in pieces]
        attributed = warn_said_by_other(record, places, source, source_id, checks)
    read = [place for place in places if place is not None]
    warn_across_paragraphs(record, read, source, source_id)
    warn_quotation_marks(record, read, source, source_id, checks.names, attributed)
    gaps = _gaps(words, len(pieces)) if len(pieces) > 1 else []
    short: set[int] = set()
    if len(pieces) > 1:
        known: list[str | None] = list(gaps) if gaps is not None else [""] * (len(pieces) - 1)
        short = warn_elisions(record, places, known, source, source_id, checks)
    bounds = (source.paragraph(span.start)[0], source.paragraph(span.end - 1)[1])
    _warn_left_out(record, words, pieces, gaps, source, source_id, short, checks, bounds)


def _warn_left_out(
    record: RawRecord,
    words: str,
    pieces: tuple[tuple[int, int], ...],
    gaps: list[str | None] | None,
    source: SourcePlaces,
    source_id: str,
    short: set[int],
    checks: PassageChecks,
    bounds: tuple[int, int],
) -> None:
    """The negations and the hedges a quote leaves out at its edges or in its
    gaps, in the languages they are read in. `bounds`: where the first part's
    paragraph starts and the last part's ends; `short`: the gaps
    elision-drops-few-words warned of."""
    original = source.original
    if checks.negations is not None:
        warn_negations(
            record, words, pieces, gaps, original, source_id, short, checks.negations, bounds
        )
    if checks.english:
        warn_hedges(record, pieces, gaps, original, source_id, short, bounds[0])


def _in_one_quotation(place: PartPlace, source: SourcePlaces) -> bool:
    """Whether a stretch stands in one quotation, not inside another nor in a
    speaker's turn (who would be quoting it), or in a source with no quotation
    marks, where nothing is said of them."""
    if place.marks is Marks.INSIDE:
        return place.innermost is place.quotation and source.turn_label(place.paragraph[0]) is None
    return not source.uses_marks


def _gaps(words: str, parts: int) -> list[str | None] | None:
    """What stands between each two parts: an insertion's words, or None for an
    elision (None for all: no reading of the quote has as many parts)."""
    for insertions in (True, False):
        gaps = insertions_between_parts(words, insertions)
        if len(gaps) == parts - 1:
            return gaps
    return None
