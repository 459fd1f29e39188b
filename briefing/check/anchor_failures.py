"""Why a quote was not anchored in its source's text, in words.

The error for each way a quote fails (no words, not found, a part not found
or too short, only insertions, unreadable brackets, ambiguous, an occurrence
past the count), and the hints that come with them: the nearest passage of
the source and the first word that differs, or an ellipsis at a quote's edge
or glued between two words.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from briefing.check.raw import RawRecord, Where
from briefing.check.unseen_characters import unseen_difference, unseen_word
from briefing.check.word_places import word_place
from briefing.records.anchor_results import AnchorResult
from briefing.records.anchoring import MAX_COUNTED
from briefing.records.editorial import (
    MAX_INSERTION_WORDS,
    MIN_PART_WORDS,
    edge_ellipsis,
    unspaced_in,
)
from briefing.records.nearest_passage import Difference, Passage
from briefing.records.normalising import normalise
from briefing.records.scripts import UNSPACED_CHARACTER
from briefing.records.shared_stretch import FOOTNOTE_MARK
from briefing.records.text import cut, shown

#: Why a part is too short, said the same for one part or several: "between
#: elisions" was said of 'station' in `... go to sleep … station`, after the
#: one elision (an author's trial).
_PARTS_NEED = f"the parts an elision separates need at least {MIN_PART_WORDS} each"


def _parts_need(short: tuple[str, ...]) -> str:
    """`_PARTS_NEED`, and how a word is counted where the parts are of a script
    written without spaces (each letter counts as one)."""
    if not any(unspaced_in(part) for part in short):
        return _PARTS_NEED
    return _PARTS_NEED + (
        " (in Chinese, Japanese, Thai, Lao, Khmer and Myanmar, each character counts as a word)"
    )


def report_failure(
    record: RawRecord, words: str, found: AnchorResult, source_id: str, source_file: str | None
) -> None:
    """Why the quote `record` was not anchored; `source_file` None: its source has no text.

    Every problem found is said: a part too short, and each part not in the
    source (`found.also`), at the quote's text; a quote or a part not found at
    its first word that differs from the source, where it can be told
    (briefing.check.word_places)."""
    _report_first(record, words, found, source_id, source_file)
    node = record.place("text")
    for part in found.also:
        record.sink.error(
            node.line,
            node.column,
            "quote-not-found",
            f"the part {shown(part.part)} of this quote is not in the source "
            f"{shown(source_id)} ({source_file})",
            passage_hint(part.nearest),
        )


def _report_first(
    record: RawRecord, words: str, found: AnchorResult, source_id: str, source_file: str | None
) -> None:
    """The problem `found` names first."""
    node = record.place("text")
    if found.failure == "no-words":
        record.sink.error(
            node.line,
            node.column,
            "quote-no-words",
            f"this quote holds no words, only {shown(' '.join(words.split()))}: "
            "an ellipsis marks words left out between two parts of a quote, and there are none"
            if words.strip()
            else "this quote holds no words (it is empty): it would be found anywhere, and "
            "show nothing",
            "write the words the speaker said, as the source has them",
        )
    elif found.failure == "not-found":
        at = _at_difference(record, words, found.nearest)
        record.sink.error(
            at.line,
            at.column,
            "quote-not-found",
            f"these words are not in the source {shown(source_id)} ({source_file})",
            not_found_hint(words, found.nearest),
        )
    elif found.failure == "part-not-found" and found.part_after_insertion and found.part_elsewhere:
        record.sink.error(
            node.line,
            node.column,
            "quote-not-found",
            f"the part {shown(found.part)} of this quote is in the source {shown(source_id)} "
            f"({source_file}), but not within {MAX_INSERTION_WORDS} words after the words "
            "before it",
            f"an insertion in [brackets] stands in for at most {MAX_INSERTION_WORDS} of the "
            "source's words; where the quote leaves out more, mark it with an elision (…)",
        )
    elif found.failure == "part-not-found":
        at = node if found.part_elsewhere else _at_difference(record, words, found.nearest)
        record.sink.error(
            at.line,
            at.column,
            "quote-not-found",
            f"the part {shown(found.part)} of this quote is not in the source "
            f"{shown(source_id)} ({source_file}) after the words before it, "
            "within one paragraph of the first part (in its paragraph or the next)",
            _elsewhere_hint(found.nearest) if found.part_elsewhere else passage_hint(found.nearest),
        )
    elif found.failure in ("elision-at-edge", "ellipsis-at-edge"):
        # One wording, and each case keeps its code (codes are stable: the
        # contract): an elision there leaves a part of no words; a bare `…`
        # is no elision by the contract's letter, but text the source lacks.
        bare = found.failure == "ellipsis-at-edge"
        _report_edge(record, found, "quote-not-found" if bare else "elision-part-too-short")
    elif found.failure == "part-too-short" and not found.part:
        record.sink.error(
            node.line,
            node.column,
            "elision-part-too-short",
            "two elisions of this quote stand together, with none of the speaker's words "
            "between them",
            "write one elision where words are left out",
        )
    elif found.failure == "part-too-short" and len(found.short_parts) > 1:
        named = ", ".join(shown(part) for part in found.short_parts[:-1])
        record.sink.error(
            node.line,
            node.column,
            "elision-part-too-short",
            f"the parts {named} and {shown(found.short_parts[-1])} of this quote are each "
            f"under {MIN_PART_WORDS} words: {_parts_need(found.short_parts)}",
            "quote more of the words around each",
        )
    elif found.failure == "part-too-short":
        record.sink.error(
            node.line,
            node.column,
            "elision-part-too-short",
            f"the part {shown(found.part)} of this quote is under {MIN_PART_WORDS} words: "
            f"{_parts_need(found.short_parts)}",
            "quote more of the words around it, or drop it with its elision",
        )
    elif found.failure == "only-insertions":
        record.sink.error(
            node.line,
            node.column,
            "quote-only-insertions",
            "this quote holds only words in [brackets]: the author's, not the speaker's",
            "write out the words the speaker said",
        )
    elif found.failure == "unreadable":
        record.sink.error(
            node.line,
            node.column,
            "quote-unreadable",
            "this quote has a '[' or ']' that pairs with nothing, and the source "
            f"{shown(source_id)} ({source_file}) does not hold the words as written either",
            "close the bracket of an insertion, as in 'abide [by] the rules'",
        )
    elif found.failure == "ambiguous":
        at_least = "at least " if found.count >= MAX_COUNTED else ""
        record.sink.error(
            node.line,
            node.column,
            "quote-ambiguous",
            f"these words occur {at_least}{found.count} times in {source_file} "
            f"({_lines_said(found.lines, found.count)})",
            f"say which one with 'occurrence: N' (1 to {found.count}"
            f"{' or more' if at_least else ''})",
        )
    elif found.failure == "occurrence-out-of-range":
        occurrence = record.value("occurrence")
        where = record.place("occurrence")
        record.sink.error(
            where.line,
            where.column,
            "occurrence-out-of-range",
            f"occurrence is {occurrence}, but these words occur only {found.count} "
            f"time{'s' if found.count > 1 else ''} in {source_file}",
        )
    else:  # said of a part of `also` (above), or None: no problem to name first
        raise AssertionError(f"no message for a quote's failure {found.failure!r}")


def _at_difference(record: RawRecord, words: str, nearest: Passage | None) -> Where:
    """Where the quote's first word that differs from the nearest passage is
    written, or the start of its text (briefing.check.word_places)."""
    node = record.place("text")
    differs = nearest.differs if nearest is not None else None
    if differs is None or differs.kind == "missing" or not differs.quote_word:
        return node
    return word_place(record.sink, node, words, differs.quote_word)


#: How an ellipsis at each edge is said: where it stands, what stands on its
#: other side, and where a quote may start or end (a new author's trial met one
#: slip said two ways, "not in the source" and "elision-part-too-short").
_EDGES = {
    "start": ("starts", "before the speaker's first word", "before it", "start"),
    "end": ("ends", "after the speaker's last word", "after it", "end"),
    "both": (
        "starts and ends",
        "before the speaker's first word and after the last",
        "before the first or after the last",
        "start and end",
    ),
}


def _report_edge(record: RawRecord, found: AnchorResult, code: str) -> None:
    """An ellipsis before the speaker's first word or after the last: an elision
    (`[…] we will`), or a bare `…` that is none and is not in the source as text."""
    node = record.place("text")
    starts, where, beside, start = _EDGES[found.edge]
    marks = " and ".join(dict.fromkeys(shown(mark) for mark in found.edge_marks))
    hint = f"delete the {marks}"
    if found.edge != "both":
        hint += f", or quote at least {MIN_PART_WORDS} of the words said {beside}"
    if found.nearest is not None:
        hint += (
            f"; without it, the words are not in the source either: {passage_hint(found.nearest)}"
        )
    record.sink.error(
        node.line,
        node.column,
        code,
        f"this quote {starts} with an ellipsis {marks}, {where}: an ellipsis marks words left "
        f"out between two parts of a quote, and no part comes {beside} (a quote may {start} "
        "anywhere in the source, without a mark)",
        hint,
    )


def _lines_said(lines: tuple[int, ...], count: int) -> str:
    """Where the matches are: "lines 3, 9", "both on line 15", "lines 1, 2, … and more"."""
    distinct = sorted(set(lines))
    if len(distinct) == 1 and len(lines) == count:
        return f"{'both' if count == 2 else 'all'} on line {distinct[0]}"
    listed = ", ".join(str(n) for n in distinct)
    more = ", and further on" if len(lines) < count else ""
    return f"line{'s' if len(distinct) > 1 else ''} {listed}{more}"


def _elsewhere_hint(passage: Passage | None) -> str:
    where = f"at line {passage.line} of the source" if passage is not None else "in the source"
    return (
        f"those words are {where}, but not after the words before them within one "
        "paragraph of the first part: the parts of a quote with an elision come, in "
        "order, from the first part's paragraph or the one right after it; quote "
        "words from further on separately"
    )


#: An ellipsis between two words with no space: the author meant an elision.
#: Tried only where a run of characters without a space starts (and held
#: there, `*+`): from every character of a long word, each try read on to
#: the word's end (minutes for a quote of 200,000 characters and no space).
_GLUED_ELLIPSIS = re.compile(r"(?:(?<=[\s.…])|^)[^\s.…\w]*(\w[^\s.…]*+)(\.\.\.|…)([^\s.…]*\w)")


#: The marks Japanese and Chinese write for an elision and an insertion, which
#: the contract does not know: `……`, `（中略）`, and full-width brackets `［ ］`.
_CJK_MARKS = re.compile(r"……|[（(]中略[）)]|［[^］\n]{1,40}］")


def _cjk_marks_hint(words: str) -> str | None:
    """A Japanese or Chinese elision or insertion written as its own language
    writes it: matched as text, and the quote was "not found" with no hint (a
    correspondent's trial in Japanese)."""
    found = _CJK_MARKS.search(words)
    if found is None:
        return None
    mark = found.group()
    if mark.startswith("［"):
        return (
            f"the quote has {shown(mark)}: an insertion is written in square brackets "
            f"[{mark[1:-1]}], not full-width ones, which are matched as text"
        )
    return (
        f"the quote has {shown(mark)}, which is matched as text: an elision is written […] "
        "(or … with a space on each side), as in 当面[…]緩和的"
    )


def not_found_hint(words: str, passage: Passage | None) -> str | None:
    """Why words are not found: an ellipsis at their edge, a Japanese or Chinese
    mark, else the nearest passage."""
    edge = edge_ellipsis(words)
    if edge is not None:
        return (
            f"the quote {'starts' if edge == 'start' else 'ends'} with an ellipsis, which is "
            "not an elision (an elision stands between two parts of a quote, with a space or "
            "a bracket on each side): delete it"
        )
    glued = _GLUED_ELLIPSIS.search(words)
    if glued is not None and not (_bracketed(glued) or _in_passage(glued.group(1, 2, 3), passage)):
        # "argument...and" (an author's trial)
        before, mark, after = glued.groups()
        other = "..." if mark == "…" else "…"
        if _in_passage((before, other, after), passage):
            # `wait…what` where the source has `wait...what`: told to add spaces,
            # the author made an elision of two short parts (an author's trial)
            return (
                f"the source has {shown(before + other + after)} where the quote has "
                f"{shown(before + mark + after)}: write the ellipsis as the source does"
            )
        # the words at the mark: a word of 50,000 letters was written out whole
        if len(before) > _GLUED_WORD:
            before = "…" + before[1 - _GLUED_WORD :]
        after = cut(after, _GLUED_WORD)
        return (
            f"the quote has {shown(before + mark + after)}: an elision is written with a space on "
            f"each side ({before} {mark} {after}); without, the ellipsis is matched as text"
        )
    return _cjk_marks_hint(words) or passage_hint(passage)


def _bracketed(glued: re.Match[str]) -> bool:
    """Whether a glued ellipsis is in brackets, `win[…]world` or `win(…)world`: an
    elision as written, which needs no space (the bracket is on each side)."""
    return glued.group(1)[-1:] in "[(" and glued.group(3)[:1] in "])"


#: The most characters of each word beside a glued ellipsis that a hint shows.
_GLUED_WORD = 25


def _in_passage(words: tuple[str, ...], passage: Passage | None) -> bool:
    """Whether the nearest passage holds `words` as written: a glued ellipsis the
    source itself has is no slip of the author's (the words differ elsewhere)."""
    return passage is not None and normalise("".join(words)) in normalise(passage.text)


def passage_hint(passage: Passage | None) -> str | None:
    """The nearest passage of the source, where it is, and the first word that differs."""
    if passage is None:
        return None
    # In quotes: a passage ending in the source's own dash read "… — — it has"
    hint = f"the nearest passage (line {passage.line} of the source): {_passage(passage.text)}"
    difference = passage.differs
    if difference is None:
        return hint + " — they differ only in punctuation"
    unseen = _unseen(difference)
    if unseen is not None and unseen[1]:
        return hint + f" — {unseen[0]}"  # the words as shown would look the same
    also = f"; {unseen[0]}" if unseen is not None else ""
    if difference.kind == "space":
        return hint + f" — {_space_difference(difference)}"
    return hint + f" — {_seen_difference(difference)}{also}"


def _unseen(difference: Difference) -> tuple[str, bool] | None:
    """A difference of `difference`'s words that no one can see, named, and
    whether it is all that differs (briefing.check.unseen_characters)."""
    if difference.kind in ("replace", "punctuation"):
        return unseen_difference(difference.quote_word, difference.source_word)
    if difference.kind == "missing":
        named = unseen_word(difference.source_word)
        said = f"the source has {named} there, which the quote leaves out"
    else:
        named = unseen_word(difference.quote_word)
        said = f"the quote has {named} there, which the source lacks"
    return (said, True) if named else None


def _seen_difference(difference: Difference) -> str:
    """The first word where the quote and the passage part ways, in words."""
    quote_word, source_word = shown(difference.quote_word), shown(difference.source_word)
    if difference.kind == "punctuation":
        return f"the quote has {quote_word} where the source has {source_word}"
    if difference.kind == "replace" and difference.only_in_case:
        return f"it has {source_word} where the quote has {quote_word}: case must match"
    if difference.kind == "replace" and UNSPACED_CHARACTER.search(
        difference.quote_word + difference.source_word
    ):
        return _characters_differ(difference.quote_word, difference.source_word)
    if difference.kind == "replace" and _footnoted(difference):
        mark = FOOTNOTE_MARK.search(difference.source_word)
        assert mark is not None
        return (
            f"it has {source_word} where the quote has {quote_word}: the source's footnote "
            f"mark {shown(mark.group())}; leave it out with an elision, three words or more "
            f"on each side ({shown('… ' + difference.source_word[: mark.start()] + ' […] …')})"
        )
    if difference.kind == "replace":
        return f"it has {source_word} where the quote has {quote_word}"
    if difference.kind == "missing":
        return f"it has {source_word} there, which the quote leaves out"
    return f"the quote has {quote_word}, which it does not have there"


def _footnoted(difference: Difference) -> bool:
    """Whether the source's word is the quote's with a footnote mark glued to it."""
    source_word = difference.source_word
    return (
        FOOTNOTE_MARK.search(source_word) is not None
        and FOOTNOTE_MARK.sub("", source_word) == difference.quote_word
    )


def _characters_differ(quote_word: str, source_word: str) -> str:
    """Where two runs of a script written without spaces part ways, character by
    character: a "word" there is a whole sentence, and the hint named the whole
    paragraph as the word that differs (a multilingual author's trial). A few
    characters before it, to find it by; full-width forms of what the quote has
    typed (`２０２２` for `2022`) are said to be."""
    ops = difflib.SequenceMatcher(None, source_word, quote_word, autojunk=False).get_opcodes()
    while ops and ops[0][0] == "delete":  # the source's words before the quote's
        ops.pop(0)
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        theirs, ours = source_word[i1:i2], quote_word[j1:j2]
        before = quote_word[max(0, j1 - _CONTEXT) : j1]
        said = (
            f"it has {shown(before + theirs)} where the quote has {shown(before + ours)}"
            if theirs and ours
            else f"it has {shown(before + theirs)} there, which the quote leaves out"
            if theirs
            else f"the quote has {shown(before + ours)}, which it does not have there"
        )
        if theirs and unicodedata.normalize("NFKC", theirs) == ours:
            said += ": the source writes them in full-width forms"
        return said
    return f"it has {shown(source_word)} where the quote has {shown(quote_word)}"


#: The characters before a difference in a script without spaces that a hint shows.
_CONTEXT = 3


def _space_difference(difference: Difference) -> str:
    """The space the source sets before a mark, which the quote leaves out (any
    space matches it: French sets a narrow no-break one before `!`)."""
    return (
        f"it has a space before {shown(difference.source_word)}, which the quote's "
        f"{shown(difference.quote_word)} leaves out"
    )


#: The most characters of a nearest passage a hint shows: its words are at most
#: PASSAGE_WORDS, but a word may be a whole text without a space.
_PASSAGE_CHARACTERS = 300


def _passage(text: str) -> str:
    return shown(text, _PASSAGE_CHARACTERS)
