"""English negations, for the warnings of a quote that leaves one out or adds one.

A short list, English only: `not`, `no`, `never`, `cannot`, `neither`,
`nor`, `without`, and every word written with `n't` (don't, won't, can't,
isn't ...). Not `nothing`, `nobody`, `none`, `nowhere`: they negate as
pronouns, and a quote rarely stops right beside one. "not only" and
"whether or not" are on it as any "not" is: a quote that starts right after
them is warned of too (its words say less than the source's, if not the
opposite).
"""

from __future__ import annotations

import re

NEGATIONS = frozenset({"not", "no", "never", "cannot", "neither", "nor", "without"})
_WORD = r"[A-Za-z]+(?:['’][A-Za-z]+)*"
_WORDS = re.compile(_WORD)
#: What may stand between a quote's edge and the word beside it: white space
#: (within a paragraph: one line break at most) and quotation marks, which a
#: report puts around a speaker's words (`would not "intervene"`), but not a
#: mark right after the first of the two (`said "no" and then`: it closes a
#: quotation, and the words after it are another's).
_SEPARATORS = " \t\n\r\xa0\u2009\u202f\"“”„‟«»'‘’"
_MARKS = "\"“”„‟«»'‘’"
_SENTENCE_ENDS = frozenset(".!?;:…")
_LAST_WORD = re.compile(f"{_WORD}\\Z")
_FIRST_WORD = re.compile(_WORD)
#: How far from a quote's edge the word beside it is looked for.
_REACH = 40


def is_negation(word: str) -> bool:
    lowered = word.lower()
    return lowered in NEGATIONS or lowered.endswith(("n't", "n’t"))


def negation_in(text: str) -> str | None:
    """The first negation among the words of `text`."""
    for match in _WORDS.finditer(text):
        if is_negation(match.group()):
            return match.group()
    return None


def negation_before(text: str, position: int, since: int = 0) -> str | None:
    """The negation right before `position`, only white space or quotation
    marks between (a comma, a full stop, a paragraph break stand between),
    wholly after `since` (a part's end: `can … accept` for "can't accept"
    takes part of the word, and quote-cuts-word says so)."""
    window = text[max(since, position - _REACH) : position]
    kept = window.rstrip(_SEPARATORS)
    if len(kept) == len(window) or not window[len(kept)].isspace():
        return (
            None  # nothing between (a word cut: said apart), or a mark closing the word's quotation
        )
    if window.count("\n", len(kept)) > 1:
        return None  # a paragraph break
    token = kept.rsplit(None, 1)[-1] if kept else ""  # the last run of non-space
    found = _LAST_WORD.search(token)
    if found is None or not is_negation(found.group()):
        return None
    start = found.start()
    if start > 0 and (token[start - 1].isalnum() or token[start - 1] in "'’"):
        return None  # the end of a longer word
    return found.group()


def negation_after(text: str, position: int, until: int | None = None) -> str | None:
    """The negation right after `position`, as `negation_before` finds one,
    wholly before `until`."""
    window = text[position : min(position + _REACH, len(text) if until is None else until)]
    kept = window.lstrip(_SEPARATORS)
    if len(kept) == len(window) or not window[0].isspace():
        return None  # nothing between, or a mark closing the quote's quotation
    if window.count("\n", 0, len(window) - len(kept)) > 1:
        return None
    if text[max(0, position - 8) : position].rstrip(_MARKS)[-1:] in _SENTENCE_ENDS:
        return None  # the quote ends a sentence: "We will win." Not everyone agrees.
    found = _FIRST_WORD.match(kept)
    if found is None or not is_negation(found.group()):
        return None
    end = found.end()
    if end < len(kept) and kept[end].isalnum():
        return None  # the start of a longer word
    return found.group()
