"""A quote that leaves out the hedge its source said it with (English briefings).

A fact-checker's trial on science and economics copy: "reduced the risk of a
second stroke" from "the drug may have reduced the risk", "the Barents Sea
will be … ice-free" from "It is very likely that the Barents Sea will be …",
"Consumer price inflation … return to the 2% target" with "is expected to"
left out by an elision. Every word is the source's, and the quote says for
certain what the source says may be. Said as `hedge-left-out`:

- the quote, or a part of it, starts a few words after a hedge of its source
  (`may`, `might`, `likely`, `reportedly`, `expected` …: HEDGES), in the
  same clause and the same quotation (no punctuation, "and" or "but"
  between; not "than expected");
- an elision leaves out words that hold one.

Not "May" (the month, capitalised); not where an elision leaves out only a
word or two (elision-drops-few-words names them); an insertion that stands
for a hedge is insertion-replaces'. A warning: the contract allows it.
"""

from __future__ import annotations

import re

from briefing.check.negations import ENGLISH
from briefing.check.quote_places import around
from briefing.check.raw import RawRecord
from briefing.records.text import shown

#: Words that say a thing may be so, not that it is ("would", "should" and
#: "could" are grammar or ability as often: "said he would resign", "the
#: members should take it", "we could see the tumours shrink": a review).
HEDGES = frozenset(
    """may might possibly probably likely unlikely perhaps maybe
    reportedly allegedly apparently supposedly seemingly expected""".split()
)
#: Words that start another clause: a hedge before one is that clause's
#: ("The details may change but the principle stands": a review).
_CLAUSE_WORDS = frozenset("and but or while whereas because".split())  # not "may then decide"
#: "could" hedges what it says with "be" or "have" ("we could have been 2-0
#: up", "could be stubborn"); alone it is as often ability ("we could see").
_COULD = frozenset({"be", "have", "well"})
#: Verbs a hedge goes with that say how a thing looks, not whether it is so:
#: "What may seem a small change will save lives" (the second review).
_LOOKS = frozenset("seem seems appear appears look looks sound sounds".split())
#: Words before "expected" that make it a comparison ("than expected", "as expected").
_COMPARING = frozenset({"than", "as"})
#: Any of HEDGES, as a word.
_ANY_HEDGE = re.compile(rf"\b(?:{'|'.join(sorted(HEDGES | {'could'}))})\b", re.IGNORECASE)
#: How many words before a quote's start a hedge may stand ("may have
#: reduced", "likely that the sea", "is expected to return").
_BEFORE = 3
#: A word, as hedges are written (an apostrophe within: "could've").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: What ends a clause between a hedge and the quote; and a quotation mark:
#: a hedge outside the quotation a quote's words open is the reporter's
#: ("the drills would center around \"suppressing …\"").
_CLAUSE_ENDS = re.compile(r"[.,;:!?…()\[\]—–\"“”„‟«»‹›‘‚]|\n|(?:^|(?<=\s))'")


def hedge_before(original: str, position: int, since: int) -> str | None:
    """The hedge among the few words right before `position`, in its clause
    and wholly after `since` (the paragraph's start, or a part's end)."""
    window = original[max(since, position - 60) : position]
    if _ANY_HEDGE.search(window) is None:
        return None  # the most quotes: read no further (issue 17's cost)
    ends = [found.end() for found in _CLAUSE_ENDS.finditer(window)]
    clause: list[str] = _WORD.findall(window[ends[-1] if ends else 0 :])
    starts = [n + 1 for n, word in enumerate(clause) if word.lower() in _CLAUSE_WORDS]
    words = clause[starts[-1] if starts else 0 :][-_BEFORE:]
    offset = len(clause) - len(words)
    first = _WORD.match(original, position)  # the quote's first word
    for index, word in enumerate(words):
        previous = clause[offset + index - 1].lower() if offset + index > 0 else ""
        after = words[index + 1 :]
        # the word after it, the quote's first when it is the last before it
        following = (after[0] if after else first.group() if first else "").lower()
        lowered = word.lower()
        hedging = _is_hedge(word) or (lowered == "could" and following in _COULD)
        if not hedging or following in _LOOKS:
            continue
        if lowered == "expected" and previous in _COMPARING:
            continue
        # "should not stop": the negation is nearer, and negation-left-out's
        return None if any(ENGLISH.negates(w) for w in after) else word
    return None


def hedge_in(text: str) -> str | None:
    """The first hedge among the words of `text`."""
    words: list[str] = _WORD.findall(text)
    return next((word for word in words if _is_hedge(word)), None)


def _is_hedge(word: str) -> bool:
    if word == "May":
        return False  # the month
    return word.lower() in HEDGES


def warn_hedges(
    record: RawRecord,
    pieces: tuple[tuple[int, int], ...],
    gaps: list[str | None] | None,
    original: str,
    source_id: str,
    short: set[int],
    paragraph_start: int,
) -> None:
    """Warn, once, of the hedges a quote leaves out: before its first word or a
    part's, or among the words an elision leaves out. `gaps`: what stands
    between the parts (None: an elision; None for all: not known); `short`:
    the gaps elision-drops-few-words warned of."""
    found: list[str] = []
    start = pieces[0][0]
    hedge = hedge_before(original, start, paragraph_start)
    if hedge is not None:
        found.append(f"the quote starts right after {_in(hedge, original, start, paragraph_start)}")
    for number in range(len(pieces) - 1):
        if number in short or (gaps is not None and gaps[number] is not None):
            continue  # said already, or an insertion's (insertion-replaces)
        part_end, part_start = pieces[number][1], pieces[number + 1][0]
        if "\n" in original[part_end:part_start]:
            continue  # parts in two paragraphs: elision-joins-passages says so
        left_out = hedge_in(original[part_end:part_start])
        if left_out is not None:
            passage = around(
                original, part_end, part_start, pieces[number][0], pieces[number + 1][1]
            )
            found.append(f"an elision leaves out {shown(left_out)}, {shown(passage, 80)}")
        else:
            hedge = hedge_before(original, part_start, part_end)
            if hedge is not None:
                said = _in(hedge, original, part_start, part_end)
                found.append(f"a part starts right after {said}")
    if not found:
        return
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "hedge-left-out",
        f"in the source {shown(source_id)}, {'; '.join(found)}: the source says it may be "
        "so, and the quote alone says it is",
        "quote the hedge with the words it qualifies",
    )


def _in(hedge: str, original: str, position: int, since: int) -> str:
    """A hedge, and the source around the quote's edge beside it (from `since`)."""
    return f"{shown(hedge)}, {shown(around(original, position, position, since), 80)}"
