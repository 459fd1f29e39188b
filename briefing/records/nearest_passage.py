"""The passage of a source most like a quote that is not there, for a hint.

Said with a quote's failure to anchor: in the source's own characters, with
a word of context on each side, and the first word where the two part ways.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from briefing.records.normalising import WORD, normalise
from briefing.records.shared_stretch import (
    found_but_case,
    found_past_footnote_marks,
    longest_shared,
)


class NormalisedSource(Protocol):
    """What a hint reads of a source (a NormalisedText, which calls this module:
    named here by what it has, not imported)."""

    text: str
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]: ...

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]: ...

    def line_of(self, offset: int) -> int: ...


def nearest_passage(source: NormalisedSource, needle: str, written: str = "") -> Passage | None:
    """The passage of the source most like `needle` (normalised), for a hint.

    Found near the longest stretch the two share, then aligned word by
    word within that paragraph: in the source's own characters, with one
    word of context on each side, and where the two first part ways.
    `written`: the needle as the quote writes it, whose words the hint shows
    (an em dash, not the hyphen it is matched as); the needle's own words
    where it is not given.
    """
    whole = needle
    needle, skipped = _hint_needle(source, needle)
    haystack = source.text
    # Words that differ only in case are surely the ones meant, wherever a
    # longer stretch with other words may stand; so are words found whole once
    # the source's footnote marks are read past.
    found_whole = found_but_case(haystack, needle) or found_past_footnote_marks(haystack, needle)
    in_needle = 0  # where the shared stretch starts in the needle
    if found_whole is not None:
        shared = found_whole
    else:
        block = longest_shared(haystack, needle)  # bounded work (shared_stretch)
        if block is None:
            return None
        shared = block[0], block[0] + block[2]
        in_needle = block[1]
    shared_start, shared_end = source.original_span(*shared)
    first, last = source.paragraph_around(shared_start, shared_end)
    tokens = [(m.start(), m.group()) for m in WORD.finditer(source.original, first, last)]
    wanted = needle.split()
    near = bisect.bisect_right([start for start, _ in tokens], shared_start) - 1
    if found_whole is not None:  # the words are known: a word of context each side
        # Case is said to matter only where it is all that differs: a quote of
        # other words was told "it has 'the' where the quote has 'The': case
        # must match" (an author's trial). Elsewhere the first other word is said.
        window = tokens[max(0, near - 1) : near + len(wanted) + 1]
        found = _aligned(window, wanted, lambda word: word)
    else:
        # The quote's words before the shared stretch stand just before it in
        # the source, give or take a few: a window reaching further back let
        # them align with the same words sentences earlier ("minister bordr
        # diplomats" read against a "minister" 24 words before; a user's trial).
        # Unless the quote left words out there: the window reaching back as
        # far as the quote is long is read too, and kept where more words agree.
        before = len(needle[:in_needle].split()) - _mid_word(needle, in_needle)
        end = near + 2 * len(wanted) + 2
        found = max(
            (
                _aligned(tokens[max(0, start) : end], wanted, str.lower)
                for start in (near - before - 2 - before // 4, near - len(wanted) - 2)
            ),
            key=lambda each: each[0],  # the first, the nearer, when as many agree
        )
    _, window, inside = found
    if not window:
        return None  # the shared stretch is only whitespace, in a paragraph of none
    if not inside:
        return None
    words = [word for _, word in window]
    core_start, core_end = inside[0][1], inside[-1][2]
    shown = words[max(0, core_start - 1) : core_end + 1]
    line = source.line_of(window[min(core_start, len(window) - 1)][0])
    quote_words = written.split()
    if len(quote_words) == len(whole.split()):  # as normalising keeps them: word for word
        quote_words = quote_words[skipped : skipped + len(wanted)]
    else:
        quote_words = wanted
    difference = _first_difference(inside, words, wanted, quote_words)
    return Passage(_shortened(shown), line, difference)


#: A step of difflib's alignment of the source's words with the quote's: (tag, i1, i2, j1, j2).
Opcode = tuple[str, int, int, int, int]


def _aligned(
    window: list[tuple[int, str]], wanted: list[str], same: Callable[[str], str]
) -> tuple[int, list[tuple[int, str]], list[Opcode]]:
    """How many of the quote's words the window's words agree with, the window,
    and the steps from one to the other less the context around the quote's."""
    theirs = [same(_bare(normalise(word))) for _, word in window]
    ours = [same(_bare(word)) for word in wanted]
    aligned = difflib.SequenceMatcher(None, theirs, ours, autojunk=False).get_opcodes()
    inside = [_trimmed(op, theirs, ours) for op in aligned]
    inside = [op for op in inside if not (op[0] == "delete" and op[3] in (0, len(wanted)))]
    agreeing = sum(i2 - i1 for tag, i1, i2, _, _ in inside if tag == "equal")
    return agreeing, window, inside


def _mid_word(text: str, index: int) -> int:
    """1 when `index` falls inside a word of `text` (a stretch starting there), else 0."""
    return int(0 < index < len(text) and not text[index - 1].isspace())


def _hint_needle(source: NormalisedSource, needle: str) -> tuple[str, int]:
    """At most HINT_NEEDLE_CHARS of `needle`: those from just before where it
    leaves the source (or its start, when it does not); and how many of its
    words come before them.

    The longest shared stretch costs the source's length times the needle's;
    a quote pasted whole from a long text would take minutes for a hint. How
    many of its words the source holds in a row from its start is found by a
    bisect of `in` tests, each a fast scan of the text.
    """
    if len(needle) <= HINT_NEEDLE_CHARS:
        return needle, 0
    words = needle.split(" ")
    held, beyond = 0, len(words) + 1  # the source holds `held` words, not `beyond`
    while beyond - held > 1:
        middle = (held + beyond) // 2
        if " ".join(words[:middle]) in source.text:
            held = middle
        else:
            beyond = middle
    if held == len(words):  # all of it is there: start where it starts
        return needle[:HINT_NEEDLE_CHARS], 0
    skipped = max(0, held - HINT_CONTEXT_WORDS)
    return " ".join(words[skipped:])[:HINT_NEEDLE_CHARS], skipped


#: The most characters of a quote its nearest passage is looked for with, and
#: how many words it takes from before where a longer one leaves the source.
HINT_NEEDLE_CHARS = 400
HINT_CONTEXT_WORDS = 24


def _trimmed(op: Opcode, theirs: list[str], ours: list[str]) -> Opcode:
    """A replacement at the quote's start or end, less the source words beyond it.

    Source words before the quote's first word (or after its last) are
    context: in a replacement there, the quote's words stand against the
    source words nearest the rest of the quote; where no word of the quote
    agrees at all, against the source words most like them ("cabinat" was
    set against "The", the window's last word, not "cabinet").
    """
    tag, i1, i2, j1, j2 = op
    extra = (i2 - i1) - (j2 - j1)
    if tag != "replace" or extra <= 0:
        return op
    if j1 == 0 and j2 == len(ours):
        size, quote = j2 - j1, " ".join(ours)

        def likeness(start: int) -> float:
            said = " ".join(theirs[start : start + size])
            return difflib.SequenceMatcher(None, said, quote, autojunk=False).ratio()

        best = max(range(i1, i1 + extra + 1), key=likeness)  # the first of equals
        return tag, best, best + size, j1, j2
    if j1 == 0:
        return tag, i1 + extra, i2, j1, j2
    if j2 == len(ours):
        return tag, i1, i2 - extra, j1, j2
    return op


def _first_difference(
    ops: list[tuple[str, int, int, int, int]],
    source_words: list[str],
    wanted: list[str],
    written: list[str],
) -> Difference | None:
    """The first place the aligned words part ways (context already left out):
    a word, or where every word agrees, the punctuation of one. `wanted`: the
    quote's words normalised, `written`: as the quote writes them."""
    for tag, i1, _i2, j1, _j2 in ops:
        if tag == "equal":
            continue
        if tag == "delete" and _glued(source_words[i1], written[j1 - 1] if j1 else ""):
            # `rien!` for the source's `rien !`: not a mark left out, a space
            # (French typing puts one there; a multilingual author's trial)
            return Difference("space", written[j1 - 1], source_words[i1])
        if tag == "delete":
            return Difference("missing", "", source_words[i1])
        theirs = source_words[i1] if tag == "replace" else ""
        return Difference("replace" if tag == "replace" else "extra", written[j1], theirs)
    return _punctuation_difference(ops, source_words, wanted, written)


def _punctuation_difference(
    ops: list[tuple[str, int, int, int, int]],
    source_words: list[str],
    wanted: list[str],
    written: list[str],
) -> Difference | None:
    """The first word whose marks differ, where the words agree but for them:
    "they differ only in punctuation" left the author to find which (a new
    author's trial: a '—' in the quote, '--' in the source). The quote's first
    word may end a longer one of the source, its last begin one, as matching
    allows (a quote may start inside quotation marks, end before a full stop)."""
    last = len(wanted) - 1
    for tag, i1, i2, j1, _j2 in ops:
        if tag != "equal":
            continue
        for offset in range(i2 - i1):
            theirs, ours = normalise(source_words[i1 + offset]), wanted[j1 + offset]
            at = j1 + offset
            fits = (
                (ours in theirs)
                if at == 0 and at == last
                else theirs.endswith(ours)
                if at == 0
                else theirs.startswith(ours)
                if at == last
                else theirs == ours
            )
            if not fits:
                return Difference("punctuation", written[at], source_words[i1 + offset])
    return None


def _glued(source_word: str, quote_word: str) -> bool:
    """Whether the quote's word ends with the source's next word, a mark alone
    (`!`, `:`, `»`) that the source sets apart with a space."""
    mark, word = normalise(source_word), normalise(quote_word)
    return (
        bool(mark) and not any(c.isalnum() for c in mark) and word.endswith(mark) and word != mark
    )


def _bare(word: str) -> str:
    """A word without the punctuation at its edges: a quote may start inside
    the source's “quotation marks” or end before its full stop."""
    return word.strip(_EDGE_PUNCTUATION)


_EDGE_PUNCTUATION = ".,;:!?\"'()[]-…"


@dataclass(frozen=True, slots=True)
class Difference:
    """Where a quote and the passage most like it first part ways."""

    #: "replace" (another word), "extra" (the quote has a word the source does
    #: not have there), "missing" (the source has a word the quote leaves out),
    #: "punctuation" (the same word, with other marks), "space" (the quote's word
    #: ends with the mark that the source sets after a space: `rien!`, `rien !`)
    kind: str
    #: as the quote writes it
    quote_word: str
    source_word: str

    @property
    def only_in_case(self) -> bool:
        """The two words differ in their letters' case alone ('Nobody', 'nobody').

        Not `casefold`, which also makes a ligature ('ﬁne') its letters ('fine'):
        the source's word would be said to differ in case where it does not."""
        quote, source = _bare(normalise(self.quote_word)), _bare(normalise(self.source_word))
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
    #: the first word where it and the quote part ways; None: none is found to
    differs: Difference | None


def _shortened(words: list[str]) -> str:
    if len(words) <= PASSAGE_WORDS:
        return " ".join(words)
    half = PASSAGE_WORDS // 2
    return " ".join([*words[:half], "…", *words[-half:]])
