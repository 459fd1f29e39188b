"""Quotes found in their sources' texts (read by source_texts), and the problems of each."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from briefing.check.anchor_failures import report_failure
from briefing.check.raw import RawRecord
from briefing.check.source_brackets import bracketed_in_source
from briefing.check.source_texts import report_blank_text
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
) -> dict[str, Span]:
    """Where each quote's words stand in its source's text, by quote id.

    Words not found, found several times without `occurrence`, or an
    `occurrence` past the count are reported at the quote; quotes from a
    text that is empty, once at that source's `text:`. Each source's
    text is normalised once, for all its quotes, and let go before the next
    one: a thousand normalised texts held at once were as large again as the
    texts themselves (docs/performance.md). The events' `when_text` is looked
    for in the same pass (`_WhenTexts`).
    """
    spans: dict[str, Span] = {}
    _check_unanchored_forms(quotes, texts, sources)
    grouped = _quotes_by_source(quotes, texts)
    for source_id, written in texts.items():
        if not written.strip():
            report_blank_text(sources[source_id], written, grouped.pop(source_id, []))
    wording = _WhenTexts(events, texts)
    for source_id in dict.fromkeys([*grouped, *wording.sources]):
        text = NormalisedText(texts[source_id])
        for ident, words, record in grouped.get(source_id, []):
            _anchor_quote(record, ident, words, text, source_id, sources, spans)
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

    def __init__(self, events: Sequence[RawRecord], texts: dict[str, str]) -> None:
        #: event records not yet found in a text, with the normalised wording
        self.pending: dict[int, tuple[RawRecord, str]] = {}
        #: the source ids whose texts hold the pending wordings, by source
        self.by_source: dict[str, list[int]] = {}
        with_text = {ident for ident, text in texts.items() if text.strip()}
        normalised: dict[str, str] = {}  # a wording used by many events, normalised once
        for record in events:
            when_text = record.text("when_text")
            if when_text is None or not when_text.strip():
                continue
            written = [ident for ident in record.ids("sources") if ident in with_text]
            if not written:
                continue  # no text to hold it: nothing to check it against
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


def _anchor_quote(
    record: RawRecord,
    ident: str,
    words: str,
    text: NormalisedText,
    source_id: str,
    sources: dict[str, RawRecord],
    spans: dict[str, Span],
) -> None:
    occurrence = record.value("occurrence")
    found = anchor(words, text, occurrence if isinstance(occurrence, int) else None)
    if found.span is not None:
        spans[ident] = found.span
        _warn_cut_words(record, text.original, found.span, source_id)
        _warn_source_brackets(record, words, text.original, found.span, source_id)
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


def _warn_cut_words(record: RawRecord, original: str, span: Span, source_id: str) -> None:
    """Warn of a quote, or a part of one, that starts or ends inside a word.

    The contract matches characters, so "body came" is in "Nobody came"; but
    the reader would then show "body" as said, a word the source does not
    hold. A warning, not an error: the contract allows the quote.
    """
    cut = []
    for start, end in span.pieces:
        before = original[start - 1] if start > 0 else ""
        if before and _joined(before, original[start]) and not _prefixed(before):
            cut.append(_word_around(original, start))
        if end < len(original) and _joined(original[end - 1], original[end]):
            cut.append(_word_around(original, end))
    if not cut:
        return
    words = " and ".join(map(shown, dict.fromkeys(cut)))
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quote-cuts-word",
        f"this quote takes part of {'a word' if len(cut) == 1 else 'words'} of the source "
        f"{shown(source_id)}: {words}",
        "quote whole words: start and end the quote (and each part) between words",
    )


def _warn_source_brackets(
    record: RawRecord, words: str, original: str, span: Span, source_id: str
) -> None:
    """Warn of an insertion the source itself holds, brackets and all: the
    reader shows it as the briefing author's words (an author's trial copied
    a reporter's "[space]" from the source)."""
    found = bracketed_in_source(words, original, span)
    if not found:
        return
    node = record.place("text")
    it = "it" if len(found) == 1 else "them"
    record.sink.warning(
        node.line,
        node.column,
        "insertion-in-source",
        f"the source {shown(source_id)} itself has {' and '.join(map(shown, found))} "
        "here, in brackets: in a quote, brackets mark an insertion, so the reader shows "
        f"{it} as the briefing author's words, not the source's",
        f"leave {it} out of the quote (end the quote before {it}), or keep {it} knowing "
        f"{'it shows' if it == 'it' else 'they show'} as an insertion",
    )


def _word_character(character: str) -> bool:
    """A letter, mark or digit of a script that puts spaces between words.

    Not superscripts and other numbers (a footnote's ¹ after a word ends it).
    Chinese, Japanese, Thai, Lao, Tibetan, Myanmar and Khmer write words
    without spaces: a quote there may start anywhere.
    """
    category = unicodedata.category(character)
    if not (category[0] in "LM" or category == "Nd"):
        return False
    if unicodedata.east_asian_width(character) in ("W", "F", "H"):
        return False
    return not any(first <= ord(character) <= last for first, last in _UNSPACED)


#: Thai and Lao, Tibetan, Myanmar, Khmer (wide East Asian characters are found by their width).
_UNSPACED = ((0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF))
#: Hebrew and Arabic, whose words take prefixes written joined to them (ו, ה, ال):
#: a quote of the word may start after one.
_PREFIXED = ((0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
             (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))  # fmt: skip


def _prefixed(character: str) -> bool:
    return any(first <= ord(character) <= last for first, last in _PREFIXED)


def _joined(before: str, after: str) -> bool:
    """Whether a quote's edge between these two characters falls inside a word."""
    return _word_character(before) and _word_character(after)


def _word_around(text: str, position: int, reach: int = 40) -> str:
    """The word `position` falls in, up to `reach` characters either side."""
    start = end = position
    while start > max(0, position - reach) and _word_character(text[start - 1]):
        start -= 1
    while end < min(len(text), position + reach) and _word_character(text[end]):
        end += 1
    return text[start:end]
