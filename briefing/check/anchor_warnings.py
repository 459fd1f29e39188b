"""Warnings about a quote that was found in its source's text.

Where it starts or ends inside a word of the source ("body came" found in
"Nobody came"), where the source itself holds, brackets and all, what the
quote marks as an insertion, and an insertion with nothing in it (said of a
quote whose source has no text too). Allowed by the contract, so warnings.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.check.insertion_warnings import shows_nothing, unit_or_currency
from briefing.check.raw import RawRecord
from briefing.check.source_brackets import bracketed_in_source
from briefing.records.anchor_results import Span
from briefing.records.editorial import Piece, read_quote
from briefing.records.glued_insertions import widened
from briefing.records.text import it_or_them, shown, visible


def warn_cut_words(
    record: RawRecord, words: str, original: str, span: Span, source_id: str
) -> None:
    """Warn of a quote, or a part of one, that starts or ends inside a word.

    The contract matches characters, so "body came" is in "Nobody came"; but
    the reader would then show "body" as said, a word the source does not
    hold. A warning, not an error: the contract allows the quote. Not where
    an insertion glued to the part's edge stands for the rest of the word
    (`[T]he bridge` for "the bridge", a journalist's capital: an audit).
    """
    cut = []
    for start, end in widened(words, original, span.pieces):
        before = original[start - 1] if start > 0 else ""
        if before and _joined(before, original[start]) and not _after_prefixes(original, start):
            cut.append(_word_around(original, start))
        elif _in_token(original, start, at_start=True):
            cut.append(_token_around(original, start))
        if end < len(original) and _joined(original[end - 1], original[end]):
            cut.append(_word_around(original, end))
        elif _in_token(original, end, at_start=False):
            cut.append(_token_around(original, end))
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


def warn_source_brackets(
    record: RawRecord, words: str, original: str, span: Span, source_id: str
) -> None:
    """Warn of an insertion the source itself holds, brackets and all: the
    reader shows it as the briefing author's words (an author's trial copied
    a reporter's "[space]" from the source)."""
    found = bracketed_in_source(words, original, span)
    if not found:
        return
    node = record.place("text")
    it = it_or_them(len(found))
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


def warn_source_brackets_elsewhere(
    record: RawRecord, words: str, original: str, span: Span, source_id: str
) -> None:
    """Warn of a glued insertion (`evidence[25]`) that the source holds, brackets
    and all, after the same word elsewhere, but not where the quote stands: a
    judgment's sentence copied whole with its footnote mark, its words found
    at another paragraph that repeats them (given `occurrence: 1`, as the
    ambiguity's error asked), and the mark shown as the author's (a trial of
    long documents)."""
    if "[" not in words or bracketed_in_source(words, original, span):
        return
    for glued in _GLUED_INSERTION.finditer(words):
        written = glued.group()
        at = original.find(written)
        if at == -1 or any(start <= at < end for start, end in span.pieces):
            continue
        line = original.count("\n", 0, at) + 1
        placed = original.count("\n", 0, span.start) + 1
        node = record.place("text")
        record.sink.warning(
            node.line,
            node.column,
            "insertion-in-source-elsewhere",
            f"the source {shown(source_id)} has {shown(written)} as written on line {line}, "
            f"but this quote was placed on line {placed}, where it does not: in a quote, "
            f"brackets mark an insertion, so {shown(glued.group(2))} was read as the "
            "author's words and the rest found at another passage",
            f"leave the mark out with an elision, three words or more on each side "
            f"({shown('… ' + glued.group(1) + ' […] …')}), and say which passage with "
            f"'occurrence' (briefing find lists each, the one on line {line} among them), "
            "or quote more of the words around it",
        )
        return


#: An insertion glued to the word before it, with that word: `evidence[25]`.
_GLUED_INSERTION = re.compile(r"(\w+)(\[[^\[\]\s]{1,20}\])")


def warn_empty_insertions(record: RawRecord, words: str) -> None:
    """Warn of brackets with nothing in them, `In the name [] of the city`: an
    insertion of none of the author's words, which still stands for up to
    MAX_INSERTION_WORDS of the source's (accepted silently: a new author's
    trial). The contract does not forbid it, so a warning."""
    if "[" not in words:
        return
    pieces = read_quote(words)
    empty = [p.text for p in pieces if p.kind is Piece.INSERTION and shows_nothing(p.text)]
    if not empty:
        return
    brackets = " and ".join(dict.fromkeys(shown(f"[{visible(text)}]") for text in empty))
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "insertion-empty",
        f"this quote has brackets with nothing in them, {brackets}: brackets mark words "
        "of the author's (an insertion), and these hold none",
        f"remove the {brackets}, or write in {it_or_them(len(empty))} the words "
        "you add, as in 'abide [by] the rules'; to mark words left out, write an elision (…)",
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
#: The prefixes Arabic and Hebrew write joined to a word (and, so, with, to, like,
#: will; the article): a quote of the word may start after them. Any letter of
#: those scripts was taken for one, and `صل` quoted from `يحصل` passed without
#: the warning (a multilingual author's trial).
_PREFIXES = (
    re.compile("[وفبلكس]{0,2}(?:ال|ل)?"),  # و ف ب ل ك س, then ال (لل: ل and ال)
    re.compile("[והבלמשכ]{1,3}"),  # ו ה ב ל מ ש כ
)


def _after_prefixes(text: str, start: int, reach: int = 6) -> bool:
    """Whether what stands between the start of the word `start` falls in and
    `start` is joined prefixes alone (their vowel points left out)."""
    begin = start
    while begin > max(0, start - reach) and _word_character(text[begin - 1]):
        begin -= 1
    if begin > 0 and _word_character(text[begin - 1]):
        return False  # longer than any prefixes
    letters = "".join(c for c in text[begin:start] if not unicodedata.category(c).startswith("M"))
    return bool(letters) and any(p.fullmatch(letters) for p in _PREFIXES)


def _joined(before: str, after: str) -> bool:
    """Whether a quote's edge between these two characters falls inside a word."""
    return _word_character(before) and _word_character(after)


#: What joins two parts of one word or number: 1.5, 100,000, won't, Vice-President,
#: yes/no. Not the en and em dashes, which stand between words ("over—for now").
_JOINERS = frozenset(".,'\u2019-\u2010\u2011/")
_APOSTROPHES = frozenset("'\u2019")
#: A number's sign, written before it: -5, +3, −2 (the minus sign)
_SIGNS = frozenset("-+\u2212")


def _in_token(text: str, position: int, at_start: bool) -> bool:
    """Whether a quote's edge at `position` falls inside a word or number joined
    by punctuation (`1.|5`, `won|'t`, `Vice-|President`, `yes/|no`), between
    a number and its sign (`-|5`), or its unit or currency (`22|%`, `$|95m`).

    A quote could turn the source's words into others: "5 million" from "1.5
    million", "we won" from "we won't", "military options" from "non-military
    options" (a security review). A quote may start after an apostrophe:
    French and Italian write their articles joined so (`l'|escalade`).
    """
    before = text[position - 1] if position > 0 else ""
    after = text[position] if position < len(text) else ""
    if not (before and after):
        return False
    joined_before = position >= 2 and _word_character(text[position - 2])
    if before in _JOINERS and _word_character(after) and joined_before:
        return not (at_start and before in _APOSTROPHES)
    if after in _JOINERS and _word_character(before):
        return position + 1 < len(text) and _word_character(text[position + 1])
    if unit_or_currency(before) and unicodedata.category(after) == "Nd":
        return at_start  # "$|95m": the currency left out ("95m" from "$95m")
    if unicodedata.category(before) == "Nd" and unit_or_currency(after):
        return not at_start  # "22|%": the unit left out ("by 22" from "by 22%")
    return before in _SIGNS and unicodedata.category(after) == "Nd" and not joined_before


def _token_around(text: str, position: int, reach: int = 40) -> str:
    """The word or number `position` falls in, its joiners and sign with it
    (`1.5`, `won't`, `-5`), up to `reach` characters either side."""
    start = end = position
    while start > max(0, position - reach) and (
        _word_character(text[start - 1])
        or (text[start - 1] in _JOINERS | _SIGNS and start - 1 > 0 and text[start - 2].isalnum())
        or (text[start - 1] in _SIGNS and start < len(text) and text[start].isdigit())
        or (unit_or_currency(text[start - 1]) and start < len(text) and text[start].isdigit())
    ):
        start -= 1
    while end < min(len(text), position + reach) and (
        _word_character(text[end])
        or (text[end] in _JOINERS and end + 1 < len(text) and _word_character(text[end + 1]))
        or (unit_or_currency(text[end]) and end > 0 and text[end - 1].isdigit())
    ):
        end += 1
    return text[start:end]


def _word_around(text: str, position: int, reach: int = 40) -> str:
    """The word `position` falls in, up to `reach` characters either side."""
    start = end = position
    while start > max(0, position - reach) and _word_character(text[start - 1]):
        start -= 1
    while end < min(len(text), position + reach) and _word_character(text[end]):
        end += 1
    return text[start:end]
