"""Where a source's paragraph puts words in quotation marks.

A report puts what people said in quotation marks and its own words outside
them; a quotation inside a quotation is someone's words relayed by the
speaker. Read one paragraph (the contract's) at a time, from the original
text (a quote's span is in its offsets):

- double marks, `"` `“` `”` `„` `‟`, open and close in turn (English “…”,
  German „…“, Swedish ”…”, and a straight mark closed by a curly one, as
  copied text mixes them); guillemets close with the other glyph («…»,
  German »…«; ‹…› alike), so that a « inside «…» nests; corner brackets
  「…」 and 『…』 (and half-width ｢…｣) open and close by their glyph;
- single marks, `'` `‘` `’` `‚`, are read as quotation marks only where they
  cannot be apostrophes: one opens before a letter, after a space, an opening
  bracket or mark, or the paragraph's start (not 'em, 'tis, 'n' and the like,
  nor '90s: a digit), and the last mark before the next such opener that
  stands after a word and before no letter closes it (so the workers' pay
  inside 'the workers' pay is low' does not close it). Singles pair within
  the quotation they stand in, or outside all.
- A quotation still open at the paragraph's end ends there: English opens
  each paragraph of a long quotation anew and closes only the last
  (`closed` False: it runs on). A paragraph whose first double mark stands
  after a word and before a space, and no quotation was opened, was opened
  before it (`opened` False).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

#: Marks that show a source puts words in quotation marks at all (single
#: straight marks are apostrophes too often to say so).
SHOWN_BY = '"“”„‟«»「」『』｢｣‘'
_EN = frozenset('"“”„‟')
_GUILLEMETS = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_CORNERS = {"「": "」", "『": "』", "｢": "｣"}
_CORNERS_CLOSE = {close: open_ for open_, close in _CORNERS.items()}
_SINGLES = frozenset("'‘’‚")
_MARK = re.compile("[\"“”„‟«»‹›「」『』｢｣'‘’‚]")
#: What may stand right before an opening single mark, beside white space.
_BEFORE_OPENING = frozenset('([{—–-/"“„«‹「『｢')
#: Words English writes with an apostrophe in front: no quotation opens there.
_ELIDED = frozenset({"em", "tis", "twas", "til", "cause", "n", "bout", "round", "s", "t"})
_LETTERS = re.compile(r"[^\W\d_]+")
_OPENING_CURLY = re.compile(r"‘[^\W\d_]")


class Quotation(NamedTuple):
    """Words in quotation marks: from `start` (after the opening mark) to `end`
    (the closing mark), in the text's offsets."""

    start: int
    end: int
    #: 1: a quotation; 2: one inside another; ...
    depth: int
    #: False: it began before the paragraph (no opening mark in it)
    opened: bool = True
    #: False: it runs on past the paragraph (no closing mark in it)
    closed: bool = True


class Quotations:
    """A paragraph's quotations, by depth, for finding what holds a word."""

    def __init__(self, start: int, end: int, found: list[Quotation]) -> None:
        """`found`: in the order they open."""
        self.start, self.end = start, end
        self.by_depth: list[list[Quotation]] = []
        self._starts: list[list[int]] = []
        for quotation in found:
            depth = quotation.depth
            while len(self.by_depth) < depth:
                self.by_depth.append([])
                self._starts.append([])
            self.by_depth[depth - 1].append(quotation)
            self._starts[depth - 1].append(quotation.start)

    def holding(self, position: int, depth: int = 1) -> Quotation | None:
        """The quotation of `depth` that holds the character at `position`."""
        if depth > len(self.by_depth):
            return None
        index = bisect.bisect_right(self._starts[depth - 1], position) - 1
        if index < 0:
            return None
        quotation = self.by_depth[depth - 1][index]
        return quotation if position < quotation.end else None

    def starts_within(self, first: int, last: int) -> bool:
        """Whether a quotation opens after `first` and by `last`."""
        if not self.by_depth:
            return False
        starts = self._starts[0]
        index = bisect.bisect_right(starts, first)
        return index < len(starts) and starts[index] <= last

    def innermost(self, first: int, last: int) -> Quotation | None:
        """The deepest quotation that holds every character from `first` to `last`."""
        found = None
        for depth in range(1, len(self.by_depth) + 1):
            quotation = self.holding(first, depth)
            if quotation is None or last >= quotation.end:
                break
            found = quotation
        return found

    @property
    def first(self) -> Quotation | None:
        return self.by_depth[0][0] if self.by_depth else None

    @property
    def last(self) -> Quotation | None:
        return self.by_depth[0][-1] if self.by_depth else None


def uses_quotation_marks(text: str) -> bool:
    """Whether `text` holds a quotation mark that is no apostrophe (a `‘` before
    a letter: the ‘90s is none, a review)."""
    return (
        any(mark in text for mark in SHOWN_BY if mark != "‘")
        or _OPENING_CURLY.search(text) is not None
    )


def paragraph_quotations(text: str, start: int, end: int) -> Quotations:
    """The quotations of the paragraph `text[start:end]`."""
    made: list[list[int]] = []  # [start, end, opened, closed, depth] of each double quotation
    stack: list[tuple[str, int, str]] = []  # (kind, index in made, opening glyph)
    singles: dict[int, list[tuple[int, bool]]] = {}  # by quotation (-1: none): (offset, opens)
    seen_double = False
    for match in _MARK.finditer(text, start, end):
        at = match.start()
        mark = text[at]
        if mark in _SINGLES:
            opens = _single_opens(text, at, start, end, mark)
            if opens or _single_closes(text, at, start, end):
                singles.setdefault(stack[-1][1] if stack else -1, []).append((at, opens))
            continue
        if mark in _EN:
            kind = '"'
            if not stack:
                closes = None
            elif stack[-1][0] == '"':
                closes = len(stack) - 1
            else:
                closes = _open_of(stack, '"', None)
        elif mark in _GUILLEMETS:
            kind = "«" if mark in "«»" else "‹"
            closes = _open_of(stack, kind, _GUILLEMETS[mark])
        elif mark in _CORNERS:
            kind, closes = mark, None
        else:
            kind = _CORNERS_CLOSE[mark]
            closes = _open_of(stack, kind, None)
            if closes is None:
                continue  # closes nothing open: a stray mark
        if closes is not None:
            for _kind, index, _glyph in stack[closes:]:
                made[index][1], made[index][3] = at, 1
            del stack[closes:]
        elif not seen_double and kind == '"' and not stack and _looks_closing(text, at, start, end):
            made.append([start, at, 0, 1, 1])  # opened in a paragraph before
        else:
            made.append([at + 1, end, 1, 0, len(stack) + 1])
            stack.append((kind, len(made) - 1, mark))
        seen_double = True
    for _kind, index, _glyph in stack:
        made[index][1] = end  # runs on past the paragraph (closed stays 0)
    if not singles:  # in the order they open, each with its depth
        return Quotations(
            start, end, [Quotation(q[0], q[1], q[4], bool(q[2]), bool(q[3])) for q in made]
        )
    found = [(q[0], q[1], bool(q[2]), bool(q[3])) for q in made]
    for within, marks in singles.items():
        bounds = (made[within][0], made[within][1]) if within >= 0 else (start, end)
        found.extend(_single_quotations(text, marks, *bounds))
    return Quotations(start, end, _with_depths(found))


def _open_of(stack: list[tuple[str, int, str]], kind: str, closing: str | None) -> int | None:
    """Where in `stack` the open quotation of `kind` that a mark closes stands
    (`closing`: the glyph that opened it must differ from this mark's)."""
    for place in range(len(stack) - 1, -1, -1):
        open_kind, _index, glyph = stack[place]
        if open_kind == kind:
            return place if closing is None or glyph == closing else None
    return None


def _looks_closing(text: str, at: int, start: int, end: int) -> bool:
    """A double mark right after a word and before a space or punctuation."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    return not before.isspace() and not after.isalnum()


def _single_opens(text: str, at: int, start: int, end: int, mark: str) -> bool:
    after = text[at + 1] if at + 1 < end else " "
    if mark == "‚":
        return not after.isspace()
    before = text[at - 1] if at > start else " "
    if not (before.isspace() or before in _BEFORE_OPENING) or not after.isalpha():
        return False
    word = _LETTERS.match(text, at + 1, end)
    return word is None or word.group().lower() not in _ELIDED


def _single_closes(text: str, at: int, start: int, end: int) -> bool:
    if text[at] == "‚" or at == start:
        return False
    after = text[at + 1] if at + 1 < end else " "
    return not text[at - 1].isspace() and not after.isalnum()


def _single_quotations(
    text: str, marks: list[tuple[int, bool]], start: int, end: int
) -> list[tuple[int, int, bool, bool]]:
    """Single-mark quotations among `marks` within `start`..`end`: each opener
    closed by the last closer before the next opener; an opener closed by
    none is a quotation only at the start (a paragraph's, or a quotation's),
    running on to `end`."""
    found: list[tuple[int, int, bool, bool]] = []
    openers = [i for i, (_, opens) in enumerate(marks) if opens]
    first = start  # the first character that is not white space
    while first < end and text[first].isspace():
        first += 1
    for number, index in enumerate(openers):
        at = marks[index][0]
        following = openers[number + 1] if number + 1 < len(openers) else len(marks)
        closers = [m for m, opens in marks[index + 1 : following] if not opens]
        if closers:
            found.append((at + 1, _closer(text, closers), True, True))
        elif at <= first or (text[at] == "‘" and text[at + 1 : at + 2].isupper()):
            # A quotation run on to the next paragraph: at the start, or (as
            # British papers open one: `Berg said: ‘We did not…`) a curly
            # opening mark before a capital (a review read it as narration)
            found.append((at + 1, end, True, False))
    return found


def _closer(text: str, closers: list[int]) -> int:
    """Which of an opener's `closers` closes it: the first that does not follow
    an `s` (`'no' … the bosses' offer`: the plural's apostrophe closed the
    quotation, a review), else the last (`'the workers' pay is low'`)."""
    return next((at for at in closers if text[at - 1] not in "sS"), closers[-1])


def _with_depths(found: list[tuple[int, int, bool, bool]]) -> list[Quotation]:
    """Each quotation with its depth: one more than the quotations around it."""
    ordered = sorted(found, key=lambda q: (q[0], -q[1]))
    ends: list[int] = []
    made: list[Quotation] = []
    for start, end, opened, closed in ordered:
        while ends and ends[-1] <= start:
            ends.pop()
        made.append(Quotation(start, end, len(ends) + 1, opened, closed))
        ends.append(end)
    return made
