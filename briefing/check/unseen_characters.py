"""Differences between a quote's word and its source's that no one can see.

A hint says "it has 'co­operate' where the quote has 'cooperate'" and the
author sees the same word twice: the source's holds a soft hyphen, which a
terminal shows as nothing. Where two words differ by a character that shows
as nothing (a soft hyphen, a zero-width space, another format character) or
looks like another one (a non-breaking hyphen for '-', a prime for an
apostrophe, the ligature 'ﬁ' for 'fi', a Cyrillic 'а' for a Latin 'a'),
the hint names it by code point and name. The matching does not change: the
contract forgives what it lists, and nothing else.
"""

from __future__ import annotations

import difflib
import unicodedata

from briefing.records.normalising import plain_quotes
from briefing.records.text import shown

#: Characters drawn as, or nearly as, another one, beyond those NFKC folds.
_LOOK_ALIKE = frozenset(
    "\u2010\u2011\u2012\u2043\u2212\ufe63"  # hyphens, the minus sign
    "\u2032\u2035\u02b9\u02bc\u02bb\u00b4"  # primes, modifier apostrophes, acute
    "\u2033\u02ba"  # double primes
)
#: The most differences one hint names.
_MOST_NAMED = 3
#: The longest differing stretch of two words compared character by character.
_MOST_COMPARED = 64


def unseen_difference(quote_word: str, source_word: str) -> tuple[str, bool] | None:
    """How `source_word` differs from `quote_word` where the difference cannot be
    seen ("the source has a soft hyphen (U+00AD) inside 'cooperate'"), and
    whether that is all that differs; None where every difference can be seen.
    Compared as the matching compares them (NFC, typographic quotes as
    plain ones), so what the contract forgives is never named."""
    ours, theirs = _matched(quote_word), _matched(source_word)
    # The source's characters as it has them, to name: the source's `’` was
    # said to be "'", the form it is matched in (an author's trial).
    written = unicodedata.normalize("NFC", source_word)
    if len(written) != len(theirs):
        written = theirs
    said: dict[str, None] = {}  # each difference said once ('＂no＂' has two alike)
    seen = False
    word = shown(_without_unseen(ours))
    # What the two share at their ends is left out of the comparison, which
    # is quadratic: a "word" of a script written without spaces is a whole run
    # (30,000 characters took 16 s), and differences this long are seen anyway.
    head = _common_start(ours, theirs)
    tail = _common_start(ours[head:][::-1], theirs[head:][::-1])
    inner_ours, inner_theirs = ours[head : len(ours) - tail], theirs[head : len(theirs) - tail]
    if max(len(inner_ours), len(inner_theirs)) > _MOST_COMPARED:
        return None
    matcher = difflib.SequenceMatcher(None, inner_ours, inner_theirs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        quote_part, source_part = inner_ours[i1:i2], inner_theirs[j1:j2]
        source_written = written[head + j1 : head + j2]
        # the word said too, unless the difference is the whole of it ('−' for '-')
        where = f", in {word}" if len(quote_part) < len(ours) else ""
        if not any(map(_unseen, quote_part + source_part)) or not _alike(quote_part, source_part):
            seen = True
        elif not quote_part:
            said[f"the source has {_named(source_written)} {_where(head + i1, ours)} {word}"] = None
        elif not source_part:
            where = _where(head + i1, ours)  # at i2 for the quote's own: the same place
            said[f"the quote has {_named(quote_part)} {where} {word}, which the source lacks"] = (
                None
            )
        else:
            said[
                f"the source has {_named(source_written)} where the quote has "
                f"{_named(quote_part)}{where}"
            ] = None
    if not said:
        return None
    return "; ".join(list(said)[:_MOST_NAMED]), not seen


def _where(at: int, word: str) -> str:
    """Where characters stand beside `word`, by their place in it: "2℃" is a
    degree sign after '2', not inside it (a fact-checker's trial)."""
    if at == 0:
        return "before"
    return "after" if at >= len(word) else "inside"


def _common_start(one: str, other: str) -> int:
    """How many characters `one` and `other` share at their start."""
    shared = 0
    for mine, theirs in zip(one, other, strict=False):
        if mine != theirs:
            break
        shared += 1
    return shared


def _alike(quote_part: str, source_part: str) -> bool:
    """Whether a stretch of the quote and the source's in its place may look
    the same: a few characters, each one no one sees, or one drawn like
    another, or one typed (`fi` for `ﬁ`). Not `Moskva` for `Москва`, which
    holds a look-alike letter or two among others one tells apart."""
    if not (quote_part and source_part):
        # characters more on one side, said as such where no one sees them: not
        # '汪，' beside a full-width comma, which one sees (a trial)
        return (
            all(map(_unseen, quote_part or source_part))
            and len(quote_part or source_part) <= _MOST_ALIKE
        )
    if max(len(quote_part), len(source_part)) > _MOST_ALIKE:
        return False
    return all(_unseen(char) or char.isascii() for char in quote_part + source_part)


#: The most characters of a stretch replaced by another said to look alike.
_MOST_ALIKE = 3


def unseen_word(word: str) -> str | None:
    """A word of the source made only of characters no one sees, named
    ("a zero width space (U+200B)"); None for a word one can see."""
    matched = _matched(word)
    if not matched or not all(map(_unseen, matched)):
        return None
    return _named(matched)


def _matched(word: str) -> str:
    return plain_quotes(unicodedata.normalize("NFC", word))


def _unseen(char: str) -> bool:
    """Whether `char` shows as nothing, or as another character would."""
    if unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Co", "Cn"):
        return char != " "
    if char in _LOOK_ALIKE:
        return True
    if unicodedata.normalize("NFKC", char) != char:
        return True  # a ligature, a full-width form, a superscript
    return _other_scripts_letter(char)


def _other_scripts_letter(char: str) -> bool:
    """A letter of Cyrillic or Greek named as a Latin one is ("CYRILLIC SMALL
    LETTER A"), drawn the same."""
    name = unicodedata.name(char, "")
    script, _, rest = name.partition(" ")
    if script not in ("CYRILLIC", "GREEK") or not rest.startswith(("SMALL LETTER", "CAPITAL")):
        return False
    try:
        unicodedata.lookup(f"LATIN {rest}")
    except KeyError:
        return False
    return True


def _named(characters: str) -> str:
    """`a soft hyphen (U+00AD)`; each of several, with `and`; characters one
    can type and see (`-`, `fi`) as themselves."""
    named: list[str] = []
    typed = ""
    for char in characters + "\0":  # the NUL ends a last run of typed characters
        if char.isascii() and char.isprintable() and char != " ":
            typed += char
            continue
        if typed:
            named.append(f'"{typed}"' if "'" in typed else shown(typed))
            typed = ""
        if char != "\0":
            named.append(_name(char))
    return " and ".join(named)


def _name(char: str) -> str:
    name = unicodedata.name(char, "").lower() or "character"
    article = "an" if name[0] in "aeiou" else "a"
    return f"{article} {name} (U+{ord(char):04X})"


def _without_unseen(word: str) -> str:
    """The word as one sees it: without the characters that show as nothing."""
    return "".join(
        char for char in word if unicodedata.category(char) not in ("Cf", "Cc", "Zl", "Zp")
    )
