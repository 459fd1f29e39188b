"""Finding a quote's words in its source text (the contract's Anchoring).

Matching is done on normalised copies (NFC; typographic quotes as ' or ";
en and em dashes as -; each run of whitespace as one space) and only for
matching: every match is mapped back to the exact span of the *original*
source text, and to the paragraph that holds it, so the reader can show the
source's own words. Paragraphs are separated by blank lines; in a text with
no blank line at all (text copied from a web page often has one paragraph a
line), each line is a paragraph (`paragraph_break`).
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from briefing.records.editorial import (
    MAX_INSERTION_WORDS,
    MIN_PART_WORDS,
    Piece,
    QuotePiece,
    Segment,
    has_marks,
    parts,
    read_quote,
    says_nothing,
    segments,
    word_count,
)

_TRANSLATE = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"',
        "«": '"', "»": '"', "‹": "'", "›": "'",
        "–": "-", "—": "-",
    }
)  # fmt: skip
_REPLACED = tuple((chr(code), str(plain)) for code, plain in _TRANSLATE.items())
_TOKENS = re.compile(r"\s+|\S+")
#: The whitespace that making every run of whitespace one space changes: runs,
#: and single characters other than a space. Matching only those skips every
#: word break.
_CHANGED_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")
_LONG_WHITESPACE = re.compile(r"\s{2,}")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_END = re.compile(r"\n\s*")
_NEWLINE = re.compile(r"\n")
#: Without an `occurrence`, matches are counted up to this many (an ambiguous
#: quote is said to occur "at least" that often), and this many lines are said.
MAX_COUNTED = 1000
MAX_LINES_SAID = 10


def paragraph_break(text: str) -> re.Pattern[str]:
    """What separates `text`'s paragraphs: blank lines, or, in a text that has
    none, every line break (the contract's Anchoring). Blank lines before the
    first line or after the last separate nothing, and do not count."""
    return _BLANK_LINE if _BLANK_LINE.search(text.strip()) else _LINE_END


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` that holds more than whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in paragraph_break(text).finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def normalise(text: str) -> str:
    """The contract's matching form of `text` (for quotes: also trimmed)."""
    return _one_space(_plain_quotes(unicodedata.normalize("NFC", text)))


def _plain_quotes(text: str) -> str:
    """`text.translate(_TRANSLATE)`, faster on long texts.

    `str.translate` looks every character up in the table; a source text
    holds few curly quotes and dashes, so one fast scan per kind that is
    there costs a tenth of it (docs/performance.md).
    """
    for char, plain in _REPLACED:
        if char in text:
            text = text.replace(char, plain)
    return text


def _one_space(text: str) -> str:
    """Every run of whitespace as one space, as a substitution of every run would."""
    return _CHANGED_WHITESPACE.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a quote stands in the original source text (offsets in characters)."""

    start: int
    end: int
    paragraph_start: int
    paragraph_end: int
    #: 1-based line of `start` in the source file
    line: int
    #: for a quote with elisions, each part's (start, end); () for one whole
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The stretches of the source the quote's words stand in, in order."""
        return self.parts or ((self.start, self.end),)


def _nfc_pieces(word: str) -> list[tuple[int, int, str]]:
    """`word` in NFC, piece by piece: (offset, length in `word`, the piece's NFC).

    A piece is a character with the combining marks after it, or a run of
    characters with none, so that a decomposed "Ko\u0308ln-Bonn" maps "ö" to
    its two characters and every other character to itself: a quote that
    ends at "Köln" ends there in the source too, not at the end of the word.
    Where composing pieces one by one would not give the word's NFC (Hangul
    jamo, scripts whose vowel signs compose with the letter before them),
    those pieces are one.
    """
    whole = unicodedata.normalize("NFC", word)
    if whole == word:
        return [(0, len(word), word)]
    pieces: list[tuple[int, int, str]] = []
    position = 0
    for cluster in _clusters().finditer(word):
        start, end = cluster.span()
        if start > position:
            pieces.extend(_run_pieces(word, position, start))
        pieces.append((start, end - start, unicodedata.normalize("NFC", cluster.group())))
        position = end
    if position < len(word):
        pieces.extend(_run_pieces(word, position, len(word)))
    if "".join(piece for _, _, piece in pieces) == whole:
        return pieces
    return _composed_pieces(word, whole)


def _run_pieces(word: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The pieces of `word[start:end]`, a run of characters without marks."""
    run = word[start:end]
    composed = unicodedata.normalize("NFC", run)
    if composed == run:
        return [(start, end - start, run)]
    return [(start + at, length, piece) for at, length, piece in _composed_pieces(run, composed)]


def _composed_pieces(word: str, whole: str) -> list[tuple[int, int, str]]:
    """`_nfc_pieces` where pieces compose with each other: a character and
    its marks each, joined to the one before it where the two compose."""
    starts = [i for i, char in enumerate(word) if i == 0 or not unicodedata.combining(char)]
    pieces: list[tuple[int, int, str]] = []
    for a, b in zip(starts, [*starts[1:], len(word)], strict=True):
        piece = unicodedata.normalize("NFC", word[a:b])
        if pieces:
            before, _, composed = pieces[-1]
            both = unicodedata.normalize("NFC", word[before:b])
            if both != composed + piece:  # they compose with each other: one piece
                pieces[-1] = (before, b - before, both)
                continue
        pieces.append((a, b - a, piece))
    if "".join(piece for _, _, piece in pieces) != whole:
        return [(0, len(word), whole)]
    return pieces


_CLUSTER: re.Pattern[str] | None = None


def _clusters() -> re.Pattern[str]:
    """A character followed by one or more combining marks. Made when a text
    first needs it (most never do): listing the marks takes a tenth of a second."""
    global _CLUSTER
    if _CLUSTER is None:
        marks = [chr(c) for c in range(0x300, 0x110000) if unicodedata.combining(chr(c))]
        _CLUSTER = re.compile(f".[{''.join(re.escape(m) for m in marks)}]+", re.DOTALL)
    return _CLUSTER


class NormalisedText:
    """A source text's normalised form, with a map back to the original.

    Text already in NFC (nearly all) is normalised with C-speed calls: the
    quote and dash replacements keep every offset, so only runs of two or more
    whitespace characters move offsets, and a bisect over those runs maps
    back. Other text is NFC'd word by word (whitespace never composes), and a
    word whose length NFC changes maps as a whole to its original word.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._paragraph_break = paragraph_break(original)
        #: where each paragraph break starts and ends, and each line break is,
        #: found once when first asked for: a quote whose words occur a great
        #: many times is placed with a bisect per match, not a scan of the text
        self._break_starts: list[int] | None = None
        self._break_ends: list[int] = []
        self._newlines: list[int] | None = None
        self._end: int | None = None
        #: where each run of whitespace ends in the original (`normalised_end`)
        self._run_ends: list[int] | None = None
        if unicodedata.is_normalized("NFC", original):
            self._init_nfc(original)
        else:
            self._init_by_word(original)

    def _init_nfc(self, original: str) -> None:
        self.text = _one_space(_plain_quotes(original))
        # For each run of 2+ whitespace characters: its position in the
        # normalised text, and the characters dropped before and by it.
        positions: list[int] = []
        dropped_before: list[int] = []
        lengths: list[int] = []
        dropped = 0
        for match in _LONG_WHITESPACE.finditer(original):
            start, end = match.span()
            positions.append(start - dropped)
            dropped_before.append(dropped)
            lengths.append(end - start)
            dropped += end - start - 1
        self._positions = positions
        self._dropped_before = dropped_before
        self._lengths = lengths
        self._by_word = False

    def _init_by_word(self, original: str) -> None:
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        #: each word whose length NFC changed: where it starts in the normalised
        #: text, and where it starts and ends in the original
        changed_at = array("l")
        changed_from = array("l")
        changed_to = array("l")
        position = 0
        for match in _TOKENS.finditer(original):
            start, end = match.span()
            token = match.group()
            if token[0].isspace():
                pieces.append(" ")
                starts.append(start)
                ends.append(end)
                position += 1
                continue
            token = unicodedata.normalize("NFC", token).translate(_TRANSLATE)
            pieces.append(token)
            if len(token) == end - start:
                starts.extend(range(start, end))
                ends.extend(range(start + 1, end + 1))
            else:  # mapped as a whole here; `_within_word` maps inside it when asked
                starts.extend([start] * len(token))
                ends.extend([end] * len(token))
                changed_at.append(position)
                changed_from.append(start)
                changed_to.append(end)
            position += len(token)
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends
        self._changed = (changed_at, changed_from, changed_to)
        self._by_word = True

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the normalised text's [start, end)."""
        if self._by_word:
            first, last = self._starts[start], self._ends[end - 1]
            if self._changed[0]:
                first = self._within_word(start, first, at_end=False)
                last = self._within_word(end - 1, last, at_end=True)
            return first, last
        return self._original_start(start), self._original_end(end - 1)

    def _within_word(self, position: int, mapped: int, at_end: bool) -> int:
        """Where the normalised character at `position` starts (or ends, `at_end`)
        in the original, inside a word whose length NFC changed: the
        character with its own combining marks (`_nfc_pieces`), not the whole
        word, so that "Müller" in "(Mu\u0308ller)." spans no bracket or stop.
        Worked out only for a span's two ends: a text of a million such
        words is normalised as fast as before."""
        changed_at, changed_from, changed_to = self._changed
        index = bisect.bisect_right(changed_at, position) - 1
        if index < 0:
            return mapped
        word_start, word_end = changed_from[index], changed_to[index]
        if not word_start <= mapped <= word_end:
            return mapped  # another word: mapped character by character already
        offset = position - changed_at[index]
        seen = 0
        for piece_start, length, composed in _nfc_pieces(self.original[word_start:word_end]):
            if offset < seen + len(composed):
                first = word_start + piece_start
                if len(composed) == length:  # character by character
                    first += offset - seen
                    return first + 1 if at_end else first
                return first + length if at_end else first
            seen += len(composed)
        return mapped

    def _original_start(self, position: int) -> int:
        index = bisect.bisect_right(self._positions, position) - 1
        if index < 0:
            return position
        if self._positions[index] == position:
            return position + self._dropped_before[index]
        return position + self._dropped_before[index] + self._lengths[index] - 1

    def _original_end(self, position: int) -> int:
        """The original end (exclusive) of the normalised character at `position`."""
        index = bisect.bisect_right(self._positions, position) - 1
        if index >= 0 and self._positions[index] == position:
            return position + self._dropped_before[index] + self._lengths[index]
        return self._original_start(position) + 1

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every match of a normalised `needle`, as spans of the original text."""
        found: list[tuple[int, int]] = []
        if not needle:
            return found
        position = self.text.find(needle)
        while position != -1:
            found.append(self.original_span(position, position + len(needle)))
            position = self.text.find(needle, position + 1)
        return found

    def line_of(self, offset: int) -> int:
        """The 1-based line of the original text's `offset`."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.original)]
        return bisect.bisect_left(self._newlines, offset) + 1

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph(s) holding original[start:end] (see `paragraph_break`).

        `start` and `end` bound words (a match's first and last characters are
        not whitespace), so no break, which is only whitespace, straddles either.
        """
        breaks = self._breaks()
        before = bisect.bisect_right(self._break_ends, start) - 1
        paragraph_start = self._break_ends[before] if before >= 0 else 0
        following = bisect.bisect_left(breaks, end)
        paragraph_end = breaks[following] if following < len(breaks) else self._text_end()
        return paragraph_start, max(paragraph_end, end)

    def normalised_end(self, original_end: int) -> int:
        """How far the normalised text stands for the original's first
        `original_end` characters: a match ends by there, in the normalised
        text, exactly when it ends by `original_end` in the original."""
        if not self._by_word:
            return self._nfc_normalised_end(original_end)
        low, high = 0, len(self.text)
        while low < high:  # the first character that ends past `original_end`
            middle = (low + high) // 2
            if self.original_span(middle, middle + 1)[1] <= original_end:
                low = middle + 1
            else:
                high = middle
        return low

    def _nfc_normalised_end(self, original_end: int) -> int:
        """`normalised_end` by a bisect over the runs of whitespace (each one
        character of the normalised text), for text already in NFC."""
        if self._run_ends is None:
            self._run_ends = [
                position + dropped + length
                for position, dropped, length in zip(
                    self._positions, self._dropped_before, self._lengths, strict=True
                )
            ]
        runs = bisect.bisect_right(self._run_ends, original_end)  # the runs ending by it
        shift = 0
        if runs:  # characters after the last of them are `shift` on in the original
            shift = self._dropped_before[runs - 1] + self._lengths[runs - 1] - 1
        following = self._positions[runs] if runs < len(self._positions) else len(self.text)
        return max(0, min(original_end - shift, following))

    def next_paragraph_end(self, paragraph_end: int) -> int:
        """Where the paragraph after the one ending at `paragraph_end` ends
        (`paragraph_end` itself when that one is the last)."""
        breaks = self._breaks()
        following = bisect.bisect_left(breaks, paragraph_end)
        if following >= len(breaks):
            return paragraph_end
        if following + 1 < len(breaks):
            return breaks[following + 1]
        return max(self._text_end(), paragraph_end)

    def _text_end(self) -> int:
        """Where the text ends, trailing whitespace left out: found once, not
        by a copy of the whole text for each match (quadratic in a text of
        one paragraph that repeats a quote's first words)."""
        if self._end is None:
            self._end = len(self.original.rstrip())
        return self._end

    def _breaks(self) -> list[int]:
        """Where each paragraph break starts (and, in `_break_ends`, ends)."""
        if self._break_starts is None:
            spans = [m.span() for m in self._paragraph_break.finditer(self.original)]
            self._break_starts = [first for first, _ in spans]
            self._break_ends = [last for _, last in spans]
        return self._break_starts

    def nearest_passage(self, needle: str) -> Passage | None:
        """The passage of the source most like `needle` (normalised), for a hint.

        Found near the longest stretch the two share, then aligned word by
        word within that paragraph: in the source's own characters, with one
        word of context on each side, and where the two first part ways.
        """
        needle = self._hint_needle(needle)
        haystack = self.text
        # Words that differ only in case are surely the ones meant, wherever a
        # longer stretch with other words may stand.
        same_but_case = re.search(re.escape(needle), haystack, re.IGNORECASE) if needle else None
        if same_but_case is not None:
            shared = same_but_case.start(), same_but_case.end()
        else:
            matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
            block = matcher.find_longest_match(0, len(haystack), 0, len(needle))
            if block.size == 0:
                return None
            shared = block.a, block.a + block.size
        shared_start, shared_end = self.original_span(*shared)
        first, last = self.paragraph_around(shared_start, shared_end)
        tokens = [(m.start(), m.group()) for m in _WORD.finditer(self.original, first, last)]
        wanted = needle.split()
        near = bisect.bisect_right([start for start, _ in tokens], shared_start) - 1
        if same_but_case is not None:  # the words are known: a word of context each side
            window = tokens[max(0, near - 1) : near + len(wanted) + 1]
        else:
            window = tokens[max(0, near - len(wanted) - 2) : near + 2 * len(wanted) + 2]
        if not window:
            return None  # the shared stretch is only whitespace, in a paragraph of none
        words = [word for _, word in window]
        # Case is said to matter only where it is all that differs: a quote of
        # other words was told "it has 'the' where the quote has 'The': case
        # must match" (an author's trial). Elsewhere the first other word is said.
        same = (lambda word: word) if same_but_case is not None else str.lower
        aligned = difflib.SequenceMatcher(
            None,
            [same(_bare(normalise(w))) for w in words],
            [same(_bare(w)) for w in wanted],
            autojunk=False,
        ).get_opcodes()
        inside = [_trimmed(op, len(wanted)) for op in aligned]
        inside = [op for op in inside if not (op[0] == "delete" and op[3] in (0, len(wanted)))]
        if not inside:
            return None
        core_start, core_end = inside[0][1], inside[-1][2]
        shown = words[max(0, core_start - 1) : core_end + 1]
        line = self.line_of(window[min(core_start, len(window) - 1)][0])
        return Passage(_shortened(shown), line, _first_difference(inside, words, wanted))

    def _hint_needle(self, needle: str) -> str:
        """At most HINT_NEEDLE_CHARS of `needle`: those from just before where it
        leaves the source (or its start, when it does not).

        The longest shared stretch costs the source's length times the needle's;
        a quote pasted whole from a long text would take minutes for a hint. How
        many of its words the source holds in a row from its start is found by a
        bisect of `in` tests, each a fast scan of the text.
        """
        if len(needle) <= HINT_NEEDLE_CHARS:
            return needle
        words = needle.split(" ")
        held, beyond = 0, len(words) + 1  # the source holds `held` words, not `beyond`
        while beyond - held > 1:
            middle = (held + beyond) // 2
            if " ".join(words[:middle]) in self.text:
                held = middle
            else:
                beyond = middle
        if held == len(words):  # all of it is there: start where it starts
            return needle[:HINT_NEEDLE_CHARS]
        return " ".join(words[max(0, held - HINT_CONTEXT_WORDS) :])[:HINT_NEEDLE_CHARS]


#: The most characters of a quote its nearest passage is looked for with, and
#: how many words it takes from before where a longer one leaves the source.
HINT_NEEDLE_CHARS = 400
HINT_CONTEXT_WORDS = 24


def _trimmed(op: tuple[str, int, int, int, int], wanted: int) -> tuple[str, int, int, int, int]:
    """A replacement at the quote's start or end, less the source words beyond it.

    Source words before the quote's first word (or after its last) are
    context: in a replacement there, the quote's words stand against the
    source words nearest the rest of the quote.
    """
    tag, i1, i2, j1, j2 = op
    extra = (i2 - i1) - (j2 - j1)
    if tag != "replace" or extra <= 0:
        return op
    if j1 == 0:
        return tag, i1 + extra, i2, j1, j2
    if j2 == wanted:
        return tag, i1, i2 - extra, j1, j2
    return op


def _first_difference(
    ops: list[tuple[str, int, int, int, int]], source_words: list[str], wanted: list[str]
) -> Difference | None:
    """The first place the aligned words part ways (context already left out)."""
    for tag, i1, _i2, j1, _j2 in ops:
        if tag == "equal":
            continue
        if tag == "delete":
            return Difference("missing", "", source_words[i1])
        theirs = source_words[i1] if tag == "replace" else ""
        return Difference("replace" if tag == "replace" else "extra", wanted[j1], theirs)
    return None


def _bare(word: str) -> str:
    """A word without the punctuation at its edges: a quote may start inside
    the source's “quotation marks” or end before its full stop."""
    return word.strip(_EDGE_PUNCTUATION)


_EDGE_PUNCTUATION = ".,;:!?\"'()[]-…"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Difference:
    """Where a quote and the passage most like it first part ways."""

    #: "replace" (another word), "extra" (the quote has a word the source does
    #: not have there), "missing" (the source has a word the quote leaves out)
    kind: str
    quote_word: str
    source_word: str

    @property
    def only_in_case(self) -> bool:
        """The two words differ in their letters' case alone ('Nobody', 'nobody').

        Not `casefold`, which also makes a ligature ('ﬁne') its letters ('fine'):
        the source's word would be said to differ in case where it does not."""
        quote, source = _bare(self.quote_word), _bare(normalise(self.source_word))
        return quote != source and quote.lower() == source.lower()


#: The most words a passage shows in a hint; longer ones are cut in the middle.
PASSAGE_WORDS = 24


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage of a source, as its own characters say it, for a hint."""

    #: the passage on one line (runs of whitespace as one space)
    text: str
    #: 1-based line of its start in the source file
    line: int
    #: the first word where it and the quote part ways; None: only punctuation
    differs: Difference | None


def _shortened(words: list[str]) -> str:
    if len(words) <= PASSAGE_WORDS:
        return " ".join(words)
    half = PASSAGE_WORDS // 2
    return " ".join([*words[:half], "…", *words[-half:]])


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """What anchoring a quote found: a span, or why there is none."""

    span: Span | None
    #: None when found, else one of: "not-found", "ambiguous",
    #: "occurrence-out-of-range", "no-words", and for quotes with editorial marks
    #: "part-not-found", "part-too-short", "only-insertions", "unreadable"
    failure: str | None = None
    count: int = 0
    lines: tuple[int, ...] = ()
    nearest: Passage | None = None
    #: the part of an elided quote that was not found, or is too short
    part: str = ""
    #: that part is in the source, only not after the part before it, within one
    #: paragraph of the first part
    part_elsewhere: bool = False
    #: that part comes after an insertion (so at most MAX_INSERTION_WORDS words on)
    part_after_insertion: bool = False
    #: "start" or "end": the quote begins or ends with an elision (a part of no words)
    edge: str = ""


def anchor(quote_text: str, source: NormalisedText, occurrence: int | None) -> AnchorResult:
    """Find `quote_text` in `source`; `occurrence` picks one of several matches.

    A quote with editorial marks (briefing.records.editorial) is read with
    them first: its parts found in order within one paragraph of the first
    (in its paragraph or the next), its insertions
    left out. When that reading finds nothing and the quote has no elision,
    it is matched as plain text, for a source that itself holds `[` or `]`.
    """
    plain = [Segment(quote_text, None)]
    if says_nothing(quote_text):
        return AnchorResult(None, "no-words")  # found everywhere, and shows nothing
    if not has_marks(quote_text):
        return _anchor_segments(plain, source, occurrence)
    pieces = read_quote(quote_text)
    if pieces is not None and all(p.kind is Piece.WORDS for p in pieces):
        return _anchor_segments(plain, source, occurrence)
    edited = _anchor_edited(pieces, source, occurrence) if pieces is not None else None
    if edited is not None and edited.failure in (None, "ambiguous", "occurrence-out-of-range"):
        return edited
    if edited is not None and any(p.kind is Piece.ELISION for p in pieces or ()):
        # The contract reads `[` and `]` as text when nothing else reads, not
        # an elision: its parts are held to the rules whatever the source has.
        return edited
    literal = _anchor_segments(plain, source, occurrence)
    if literal.failure != "not-found":
        return literal
    if edited is not None:
        return edited  # why the editorial reading failed says more than "not found"
    return AnchorResult(None, "unreadable", nearest=literal.nearest)


def _anchor_edited(
    pieces: list[QuotePiece], source: NormalisedText, occurrence: int | None
) -> AnchorResult:
    return _pieces_failure(pieces) or _anchor_segments(segments(pieces), source, occurrence)


def form_failure(quote_text: str) -> AnchorResult | None:
    """What breaks the rules of a quote's own words, whatever its source holds:
    no words at all, only insertions, an elided part under MIN_PART_WORDS
    words. For a quote whose source has no text, which is not anchored (its
    form is checked all the same). A bracket that pairs with nothing is not
    among them: the source may hold it, and without its text no one can say."""
    if says_nothing(quote_text):
        return AnchorResult(None, "no-words")
    if not has_marks(quote_text):
        return None
    pieces = read_quote(quote_text)
    return _pieces_failure(pieces) if pieces is not None else None


def _pieces_failure(pieces: list[QuotePiece]) -> AnchorResult | None:
    words = parts(pieces)
    if not words:
        inserted = any(piece.kind is Piece.INSERTION for piece in pieces)
        return AnchorResult(None, "only-insertions" if inserted else "no-words")
    if len(words) > 1:
        for part in words:
            if word_count(part) < MIN_PART_WORDS:
                return AnchorResult(None, "part-too-short", part=part)
    if _elisions_together(pieces):
        return AnchorResult(None, "part-too-short", part="")
    edge = _elision_at_edge(pieces)
    if edge is not None:
        return AnchorResult(None, "part-too-short", part="", edge=edge)
    return None


def _elision_at_edge(pieces: list[QuotePiece]) -> str | None:
    """ "start" or "end" when an elision has none of the speaker's words before
    it ("[…] we will", "[the mayor] … we will") or after it: a part of no
    words, which `parts` drops. (A bare `…` there is no elision at all: it is
    matched as written, see `editorial.edge_ellipsis`.)"""
    kinds = [piece.kind for piece in pieces if piece.kind is not Piece.INSERTION]
    if Piece.ELISION not in kinds:
        return None
    if kinds[0] is Piece.ELISION:
        return "start"
    if kinds[-1] is Piece.ELISION:
        return "end"
    return None


def _elisions_together(pieces: list[QuotePiece]) -> bool:
    """Whether two elisions stand with none of the speaker's words between them
    ("… …", "… [the minister] …"): a part of no words, which `parts` drops."""
    since_elision: bool | None = None  # None: no elision yet
    for piece in pieces:
        if piece.kind is Piece.ELISION:
            if since_elision is False:
                return True
            since_elision = False
        elif piece.kind is Piece.WORDS:
            since_elision = True
    return False


def _anchor_segments(
    wanted: list[Segment], source: NormalisedText, occurrence: int | None
) -> AnchorResult:
    """Find the segments in order within one paragraph of the first (in its
    paragraph or the next); every such match counts.

    After an elision the next segment may stand anywhere further on in those
    paragraphs; after an insertion, at most MAX_INSERTION_WORDS words further.
    The first match that fits is taken: a later one only stands further away.

    Matches are taken one at a time, and only as many as the answer needs
    (`_tally`): a text where the words occur millions of times costs no more
    memory than one where they occur once.
    """
    needles = [normalise(segment.words).strip() for segment in wanted]
    if needles[0] not in source.text:
        return AnchorResult(None, "not-found", nearest=source.nearest_passage(needles[0]))
    if len(needles) == 1:
        return _anchor_whole(needles[0], source, occurrence)
    reached = [0]  # the most segments a match of the first one was followed by

    def wholes() -> Iterator[tuple[list[tuple[int, int]], tuple[int, int]]]:
        for found, paragraph in _matches(wanted, needles, source):
            if len(found) == len(needles):
                yield found, paragraph
            else:
                reached[0] = max(reached[0], len(found))

    count, first, chosen = _tally(wholes(), occurrence)
    if count == 0:
        missing = needles[reached[0]]
        return AnchorResult(
            None,
            "part-not-found",
            nearest=source.nearest_passage(missing),
            part=wanted[reached[0]].words,
            part_elsewhere=missing in source.text,
            part_after_insertion=wanted[reached[0]].after is Piece.INSERTION,
        )
    lines = tuple(source.line_of(found[0][0]) for found, _ in first)
    if chosen is None:
        return _unplaced(count, lines, occurrence)
    found, (paragraph_start, paragraph_end) = chosen
    start, end = found[0][0], found[-1][1]
    span = Span(
        start,
        end,
        paragraph_start,
        max(paragraph_end, end),
        source.line_of(start),
        tuple(found) if len(found) > 1 else (),
    )
    return AnchorResult(span, count=count, lines=lines)


def _anchor_whole(needle: str, source: NormalisedText, occurrence: int | None) -> AnchorResult:
    """`_anchor_segments` for a quote of one part: every match is whole, so they are
    counted by position alone, and only those said or chosen are placed."""

    def positions() -> Iterator[int]:
        position = source.text.find(needle)
        while position != -1:
            yield position
            position = source.text.find(needle, position + 1)

    count, first, chosen = _tally(positions(), occurrence)
    lines = tuple(source.line_of(source.original_span(p, p + len(needle))[0]) for p in first)
    if chosen is None:
        return _unplaced(count, lines, occurrence)
    start, end = source.original_span(chosen, chosen + len(needle))
    paragraph_start, paragraph_end = source.paragraph_around(start, end)
    span = Span(start, end, paragraph_start, max(paragraph_end, end), source.line_of(start))
    return AnchorResult(span, count=count, lines=lines)


Match = TypeVar("Match")


def _tally(
    matches: Iterator[Match], occurrence: int | None
) -> tuple[int, list[Match], Match | None]:
    """How many `matches` there are, the first MAX_LINES_SAID of them, and the one
    `occurrence` picks (without one: the match, when there is exactly one).

    Only as many are taken as the answer needs: up to `occurrence`, or without
    one up to MAX_COUNTED (an ambiguous quote occurs "at least" that often).
    """
    count, chosen = 0, None
    first: list[Match] = []
    enough = occurrence if occurrence is not None else MAX_COUNTED
    for match in matches:
        count += 1
        if len(first) < MAX_LINES_SAID:
            first.append(match)
        if count == (occurrence or 1):
            chosen = match
        if count >= enough and (occurrence is not None or count > 1):
            break
    if occurrence is None and count > 1:
        chosen = None  # several, and none picked
    return count, first, chosen


def _unplaced(count: int, lines: tuple[int, ...], occurrence: int | None) -> AnchorResult:
    """Matches were found, but none is the quote's: several and no `occurrence`,
    or fewer than it asks for."""
    failure = "ambiguous" if occurrence is None else "occurrence-out-of-range"
    return AnchorResult(None, failure, count=count, lines=lines)


def _matches(
    wanted: list[Segment], needles: list[str], source: NormalisedText
) -> Iterator[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Each match of the first segment, with as many of the next segments as follow
    it in order within one paragraph of it (all of them: a whole match), and the
    paragraphs they stand in.

    "Within one paragraph of the first" (the contract): in the first segment's
    paragraph or the one right after it. Each later segment is taken at its
    first place that lets the rest follow (`_Following`): taking its first
    place alone refused "a b c … d e f [x] g h" when the first "d e f" was
    followed by six words before "g h" and a later one by none (the audit of
    the contract)."""
    text = source.text
    following = _Following(wanted, needles, source)
    position = text.find(needles[0])
    while position != -1:
        first_end = position + len(needles[0])
        first = source.original_span(position, first_end)
        paragraph = source.paragraph_around(*first)
        limit = source.next_paragraph_end(paragraph[1])
        found = [first, *following.after(first_end, first[1], limit)]
        if found[-1][1] > paragraph[1]:
            paragraph = (paragraph[0], limit)
        yield found, paragraph
        position = text.find(needles[0], position + 1)


class _Following:
    """The places of the segments after the first, for each place of the first.

    Depth first, each segment tried at its places in order: the first whole
    match found is the one a quote's `occurrence` counts, and the same as the
    first places alone give whenever they fit.

    Whether the rest can follow a segment's place depends on that place alone
    (and the paragraphs' end), not on how it was reached: a place found to
    leave no room for the rest is skipped from then on, for every place of
    the first segment (`_skip`). Without it, each place of the first tried
    every such place again: a thousand times over a text of one paragraph
    repeating the quote's words, when the quote is ambiguous. A segment is
    looked for no further than the paragraphs' end, and from where its last
    search left off when that search found nothing before it (`_find`): a
    text of many paragraphs was read to its end once for each of them.
    """

    def __init__(self, wanted: list[Segment], needles: list[str], source: NormalisedText) -> None:
        self.wanted, self.needles, self.source = wanted, needles, source
        #: (segment, paragraphs' end) -> {a place the rest cannot follow: the next place}
        self._skip: dict[tuple[int, int], dict[int, int]] = {}
        #: for each segment, its last search to the paragraphs' end: (from, found, stop)
        self._searched: list[tuple[int, int, int]] = [(0, -1, -1)] * len(needles)
        #: paragraphs' end in the source -> the same in the normalised text
        self._stops: dict[int, int] = {}
        self._longest: list[tuple[int, int]] = []
        self._limit = self._stop = 0

    def after(self, end: int, original_end: int, limit: int) -> list[tuple[int, int]]:
        """The places of segments 1.. after a first one ending at `end` (`original_end`
        in the source as written), up to `limit`: all of them, or the most found."""
        self._longest, self._limit = [], limit
        if limit not in self._stops:
            self._stops[limit] = self.source.normalised_end(limit)
        self._stop = self._stops[limit]
        whole = self._from(1, end, original_end, [])
        return whole if whole is not None else self._longest

    def _from(
        self, index: int, end: int, original_end: int, so_far: list[tuple[int, int]]
    ) -> list[tuple[int, int]] | None:
        if index == len(self.needles):
            return so_far
        source, needle = self.source, self.needles[index]
        after_insertion = self.wanted[index].after is Piece.INSERTION
        # after an insertion, a few words on at most: not a search to the paragraphs' end
        stop = self._stop
        if after_insertion:
            stop = min(stop, _reach(source.text, end, len(needle)))
        skip = self._skip.setdefault((index, self._limit), {})
        at = self._next(index, end, stop, skip)
        while at != -1:
            span = source.original_span(at, at + len(needle))
            if after_insertion and _more_words_than(
                source.original, original_end, span[0], MAX_INSERTION_WORDS
            ):
                break  # a later place stands further away still
            found = [*so_far, span]
            if len(found) > len(self._longest):
                self._longest = found
            whole = self._from(index + 1, at + len(needle), span[1], found)
            if whole is not None:
                return whole
            following = self._next(index, at + 1, self._stop, skip)
            skip[at] = following  # the rest cannot follow it: never tried again
            at = following if following == -1 or following + len(needle) <= stop else -1
        return None

    def _next(self, index: int, start: int, stop: int, skip: dict[int, int]) -> int:
        """The first place of segment `index` at or after `start` that ends by
        `stop` and is not known to leave no room for the rest, or -1."""
        at = self._find(index, start, stop)
        path = []
        while at in skip:
            path.append(at)
            at = skip[at]
        for passed in path[:-1]:
            skip[passed] = at  # the next search over them goes straight here
        return at if at == -1 or at + len(self.needles[index]) <= stop else -1

    def _find(self, index: int, start: int, stop: int) -> int:
        needle, text = self.needles[index], self.source.text
        if stop != self._stop:
            return text.find(needle, start, stop)  # a few words after an insertion
        searched_from, found, searched_stop = self._searched[index]
        if searched_stop == stop and searched_from <= start and (found == -1 or start <= found):
            return found  # nothing between: the last search said where the next place is
        found = text.find(needle, start, stop)
        self._searched[index] = (start, found, stop)
        return found


def _reach(text: str, start: int, length: int) -> int:
    """Where a part of `length` characters that follows an insertion at `start`
    must end by: past it, more than MAX_INSERTION_WORDS words stand between
    (a bound; `_more_words_than` holds each place found to the rule)."""
    words = 0
    for run in _WORD.finditer(text, start):
        if any(char.isalnum() for char in run.group()):
            words += 1
            if words > MAX_INSERTION_WORDS + 1:
                return run.start() + length
    return len(text)


def _more_words_than(text: str, start: int, end: int, most: int) -> bool:
    """Whether text[start:end] holds more than `most` words (as `word_count`
    counts them), read no further than the word after them: a later part
    may stand a whole text away."""
    words = 0
    for run in _WORD.finditer(text, start, end):
        if any(char.isalnum() for char in run.group()):
            words += 1
            if words > most:
                return True
    return False
