"""Quotes anchored in their sources' texts, and events' when_text looked for there.

Each quote's words are found in the text of its source (read by
source_texts), and where they stand is kept by quote id. Why a quote is not
anchored is said at the quote (anchor_failures), an empty text once at its
source (source_texts.report_blank_text); a quote that is anchored is warned
of where it cuts a word or takes brackets the source holds (anchor_warnings).
A quote that is anchored is also warned of where its words stand among the
source's paragraphs and quotation marks, and of what its elisions and
insertions leave out (passage_warnings).
A quote whose source has no text is not anchored, but the rules of its own
words hold all the same. An event's `when_text` is looked for in its
sources' texts in the same pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.check.anchor_failures import report_failure
from briefing.check.anchor_warnings import (
    warn_cut_words,
    warn_empty_insertions,
    warn_source_brackets,
    warn_source_brackets_elsewhere,
)
from briefing.check.insertion_warnings import warn_insertions_leaving_out
from briefing.check.languages import is_english, primary_language
from briefing.check.negations import negations_of
from briefing.check.passage_checks import PassageChecks
from briefing.check.passage_warnings import warn_passages
from briefing.check.quote_places import SourcePlaces
from briefing.check.raw import RawRecord
from briefing.check.source_texts import report_blank_text
from briefing.check.turn_labels import TurnNames
from briefing.records.anchor_results import Span
from briefing.records.anchoring import anchor
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import normalise
from briefing.records.quote_form import form_failure
from briefing.records.text import shown


def anchor_quotes(
    quotes: list[RawRecord],
    texts: dict[str, str],
    sources: dict[str, RawRecord],
    events: Sequence[RawRecord] = (),
    language: object = None,
    actors: Mapping[str, RawRecord] | None = None,
) -> dict[str, Span]:
    """Where each quote's words stand in its source's text, by quote id.

    Words not found, found several times without `occurrence`, or an
    `occurrence` past the count are reported at the quote; quotes from a
    text that is empty, once at that source's `text:`. Each source's
    text is normalised once, for all its quotes, and let go before the next
    one: a thousand normalised texts held at once were as large again as the
    texts themselves (docs/performance.md). The events' `when_text` is looked
    for in the same pass (`_WhenTexts`). `actors`: the folder's, by id, whose
    names a transcript's turn labels may give.
    """
    spans: dict[str, Span] = {}
    _check_unanchored_forms(quotes, texts, sources)
    grouped = _quotes_by_source(quotes, texts)
    for source_id, written in texts.items():
        if not written.strip():
            report_blank_text(sources[source_id], written, grouped.pop(source_id, []))
    wording = _WhenTexts(events, texts, sources)
    checks = PassageChecks(
        negations_of(language),
        TurnNames(actors or {}, sources, language),
        french=primary_language(language) == "fr",
        english=is_english(language),
    )
    for source_id in dict.fromkeys([*grouped, *wording.sources]):
        text = NormalisedText(texts[source_id])
        places = SourcePlaces(text)
        for ident, words, record in grouped.get(source_id, []):
            _anchor_quote(record, ident, words, (text, places), source_id, sources, spans, checks)
        wording.look_in(source_id, text.text)
    wording.report()
    return spans


class _WhenTexts:
    """The events' `when_text`, the contract's "source's own wording": each
    looked for in the texts of its event's sources, and a warning where none
    holds it. The reader shows it in quotation marks (the details), and an
    author's gloss there (`after a call (before Lavrov spoke)`) read as the
    article's words (a reader's trial). Its first letter's case may differ,
    as a sentence's does when its words are taken from its start."""

    def __init__(
        self, events: Sequence[RawRecord], texts: dict[str, str], sources: dict[str, RawRecord]
    ) -> None:
        #: event records not yet found in a text, with the normalised wording
        self.pending: dict[int, tuple[RawRecord, str]] = {}
        #: the source ids whose texts hold the pending wordings, by source
        self.by_source: dict[str, list[int]] = {}
        with_text = {ident for ident, text in texts.items() if text.strip()}
        # A text named but not read (missing, unreadable: an error of its own)
        # may hold the wording: the event's others were said not to hold it
        # (an author's trial, a typo in one source's path).
        unread = {i for i, source in sources.items() if source.text("text") and i not in texts}
        normalised: dict[str, str] = {}  # a wording used by many events, normalised once
        for record in events:
            when_text = record.text("when_text")
            if when_text is None or not when_text.strip():
                continue
            named = record.ids("sources")
            written = [ident for ident in named if ident in with_text]
            if not written or unread.intersection(named):
                continue  # no text to hold it, or one not read: nothing to check it against
            wording = normalised.get(when_text)
            if wording is None:
                wording = normalised[when_text] = normalise(when_text)
            self.pending[id(record)] = (record, wording)
            for ident in written:
                self.by_source.setdefault(ident, []).append(id(record))

    @property
    def sources(self) -> list[str]:
        return list(self.by_source)

    def look_in(self, source_id: str, text: str) -> None:
        held: dict[str, bool] = {}  # each wording looked for once in this text
        for key in self.by_source.get(source_id, ()):
            found = self.pending.get(key)
            if found is None:
                continue
            wording = found[1]
            if wording not in held:
                held[wording] = _holds_wording(text, wording)
            if held[wording]:
                del self.pending[key]

    def report(self) -> None:
        for record, _wording in self.pending.values():
            place = record.place("when_text")
            record.sink.warning(
                place.line,
                place.column,
                "when-text-not-in-source",
                f"when_text {shown(str(record.value('when_text')))} is not in the text of "
                "this event's sources",
                "when_text is the source's own wording (the reader shows it in quotation "
                "marks): copy it from the source, or leave it out",
            )


def _holds_wording(text: str, wording: str) -> bool:
    """Whether `text` holds `wording`, its first letter in either case."""
    if wording in text:
        return True
    first = wording[:1]
    other = first.lower() if first.isupper() else first.upper()
    return other != first and other + wording[1:] in text


def _quotes_by_source(
    quotes: list[RawRecord], texts: dict[str, str]
) -> dict[str, list[tuple[str, str, RawRecord]]]:
    """The quotes to anchor, (id, words, record), by the source whose text holds them."""
    grouped: dict[str, list[tuple[str, str, RawRecord]]] = {}
    for record in quotes:
        ident = record.id
        words = record.value("text")
        source_id = record.value("source")
        if ident is None or not isinstance(words, str) or not isinstance(source_id, str):
            continue
        if source_id not in texts:
            continue  # no text (unanchored, allowed) or the source is already reported
        grouped.setdefault(source_id, []).append((ident, words, record))
    return grouped


def _check_unanchored_forms(
    quotes: list[RawRecord], texts: dict[str, str], sources: dict[str, RawRecord]
) -> None:
    """The rules of a quote's own words (some words, not only insertions,
    elided parts of three words, brackets that pair) for the quotes whose
    source has no text: they are not anchored, but the rules hold all the same."""
    for record in quotes:
        words = record.value("text")
        source_id = record.value("source")
        if not isinstance(words, str) or not isinstance(source_id, str):
            continue
        source = sources.get(source_id)
        if source_id in texts or source is None or source.value("text") is not None:
            continue  # anchored below, or its source (or its text file) already reported
        found = form_failure(words)
        if found is not None:
            record.complete = False
            report_failure(record, words, found, source_id, None)
        else:
            warn_empty_insertions(record, words)


def _anchor_quote(
    record: RawRecord,
    ident: str,
    words: str,
    source: tuple[NormalisedText, SourcePlaces],
    source_id: str,
    sources: dict[str, RawRecord],
    spans: dict[str, Span],
    checks: PassageChecks,
) -> None:
    text, places = source
    occurrence = record.value("occurrence")
    found = anchor(words, text, occurrence if isinstance(occurrence, int) else None)
    if found.span is not None:
        spans[ident] = found.span
        warn_cut_words(record, words, text.original, found.span, source_id)
        warn_source_brackets(record, words, text.original, found.span, source_id)
        warn_source_brackets_elsewhere(record, words, text.original, found.span, source_id)
        warn_empty_insertions(record, words)
        warn_insertions_leaving_out(record, words, text.original, found.span, source_id, checks)
        warn_passages(record, words, found.span, places, source_id, checks)
        return
    record.complete = False
    refused = occurrence is None and _written(record, "occurrence")
    if refused and found.failure in ("ambiguous", "occurrence-out-of-range"):
        # The occurrence written was refused (said already): "ambiguous, write
        # an occurrence" would ask for the very field. Words not found, or an
        # elision's rule broken, are said all the same.
        return
    source_file = sources[source_id].value("text")
    report_failure(record, words, found, source_id, str(source_file))


def _written(record: RawRecord, name: str) -> bool:
    """Whether the author wrote the field `name` (kept in PLACES_KEPT), valid or not."""
    try:
        record.place(name)
    except KeyError:
        return False
    return True
