"""Warnings about what a quote's insertions stand for in its source.

An insertion is the author's words, not matched: `[the president]` may stand
for the source's "he". It may also stand for words that change what the
speaker said. "Russia [will] attack" passed against "Russia will not, under
any circumstances, attack", and `[.]` stood for "not" (a security review):
the reader shows the brackets, but the words left out only in the quote
viewer. The contract allows insertions, so these are warnings.

An insertion that adds words of its own may put them in place of what was
said: "We are [cutting] our outlook" for "raising", "[more] than" for
"less than", "[€95m]" for "$95m", "Bank Rate [will] fall" for "may need to
fall" all passed (a fact-checker's trial). What an insertion is for is to
say whom or what a pronoun means (`[the bridge]` for "it"): in an English
briefing, one that stands for any other word it does not hold is warned of
(`insertion-replaces`); in any language, one that stands for a number, a
currency or a unit it does not hold.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from briefing.check.negations import Negations
from briefing.check.passage_checks import PassageChecks
from briefing.check.raw import RawRecord
from briefing.records.anchor_results import Span
from briefing.records.editorial import Piece, read_quote
from briefing.records.folding import fold
from briefing.records.scripts import WORD
from briefing.records.text import shown

#: Characters that draw nothing of their own (beside white space).
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")


def warn_insertions_leaving_out(
    record: RawRecord,
    words: str,
    original: str,
    span: Span,
    source_id: str,
    checks: PassageChecks,
) -> None:
    """Warn of an insertion that stands for source words and adds none of its
    own (its words are among them, or it holds none): it leaves words out
    with no elision mark; or that puts words of its own in place of what was
    said (`replaced`), read in the briefing's language (`checks`)."""
    english, negations = checks.english, checks.negations
    insertions = insertions_between_parts(words)
    if len(insertions) != len(span.pieces) - 1:
        return  # matched as plain text, brackets and all
    found = []
    replacing = []
    for inserted, (before, end), (start, after) in zip(
        insertions, span.pieces[:-1], span.pieces[1:], strict=True
    ):
        if inserted is None:
            continue  # an elision: marked as one
        if not _any_word(original, before, end) or not _any_word(original, start, after):
            # `[cutting].`: the full stop found after the attribution made the
            # insertion stand for "month Holt said" (a review); it ends the
            # quote's words, and stands for nothing known
            continue
        stood_for = original[end:start]
        if shows_nothing(inserted) and not _words(stood_for):
            continue  # brackets for nothing: said as such (insertion-empty)
        # `it is [] a metaphor` for "it is not a metaphor": insertion-empty
        # alone told to remove the brackets, and not that they stood for "not"
        # (a trial of transcripts)
        if leaves_out(inserted, stood_for):
            found.append((inserted, " ".join(stood_for.split())))
            continue
        lost = replaced(inserted, stood_for, english, negations)
        if lost:
            replacing.append((inserted, " ".join(stood_for.split()), lost))
    for inserted, stood_for, lost in replacing[:1]:  # the first: the quote is to be read again
        node = record.place("text")
        record.sink.warning(
            node.line,
            node.column,
            "insertion-replaces",
            f"the insertion {shown(f'[{inserted}]')} stands for {shown(stood_for)} in the "
            f"source {shown(source_id)} and does not hold {lost}: the author's words in "
            "place of the speaker's, which the reader shows as part of the quote",
            "quote the speaker's words as they stand; an insertion says whom or what a "
            "pronoun means ('[the bridge]' for 'it')",
        )
    for inserted, stood_for in found:
        node = record.place("text")
        holds = "holds no words" if not _words(inserted) else "adds no word of its own"
        record.sink.warning(
            node.line,
            node.column,
            "insertion-leaves-out",
            f"the insertion {shown(f'[{inserted}]')} stands for {shown(stood_for)} in the "
            f"source {shown(source_id)} and {holds}: the quote leaves the source's "
            "words out with no elision mark",
            "quote the source's words as they stand, or mark the words left out "
            "with an elision (…)",
        )


def insertions_between_parts(words: str, insertions: bool = True) -> list[str | None]:
    """For each gap between two stretches of the speaker's words, in order (as
    `editorial.segments` finds them): the insertion that stands there (None:
    an elision, whatever else stands with it). `insertions` False: the
    reading with every bracket as text but an elision's (`editorial.readings`)."""
    gaps: list[str | None] = []
    seen_words = False
    current: str | None = None
    elided = False
    for piece in read_quote(words, insertions):
        if piece.kind is Piece.WORDS:
            if seen_words:
                gaps.append(None if elided else current)
            seen_words, current, elided = True, None, False
        elif piece.kind is Piece.INSERTION:
            current = piece.text if current is None else f"{current} {piece.text}"
        else:
            elided = True
    return gaps


#: English words whose sense an insertion turns when it stands for them and
#: does not hold them: how sure (modals, hedges), how much and which way
#: (comparisons, quantities, rises and falls), for or against. Not a name,
#: a noun or a date, which an insertion spells out ("[Aasen]" for "the
#: minister", "[in 2025]" for "next year": the review found those warned of
#: when every word but a pronoun was).
_TURNING = frozenset(
    """will would shall should can could may might must need needs needed ought
    possibly probably likely unlikely perhaps maybe reportedly allegedly apparently
    supposedly seemingly expected more less fewer most least higher lower greater
    smaller larger bigger above below over under up down all none some few many
    much several only raise raises raised raising rise rises rose risen rising
    increase increases increased increasing grow grows grew grown growing gain
    gains gained gaining cut cuts cutting reduce reduces reduced reducing decrease
    decreases decreased decreasing fall falls fell fallen falling drop drops
    dropped dropping decline declines declined declining shrink shrinks shrank
    shrinking lose loses lost losing win wins won winning support supports
    supported supporting oppose opposes opposed opposing accept accepts accepted
    accepting reject rejects rejected rejecting approve approves approved
    approving deny denies denied denying confirm confirms confirmed confirming
    agree agrees agreed agreeing disagree disagrees disagreed before after
    earlier later already still again two three four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion dozen half third quarter double
    twice triple""".split()
)
#: Units of time: one for another turns what was said ("[two years]" for "two
#: weeks"); a date for them spells it out ("[in 2025]" for "next year").
_TIME_UNITS = frozenset(
    """second seconds minute minutes hour hours day days week weeks month months
    year years decade decades century centuries""".split()
)
#: A number's size, glued or written out ("95m", "4.1 billion"), as a power of ten.
_SIZE = re.compile(
    r"(?:(?<=\d)|(?<=\d\s))(thousand|million|billion|trillion|k|mn|mln|m|bn|bln|b|tn|trn)\b",
    re.IGNORECASE,
)
_POWERS = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "m": 6, "billion": 9,
           "bn": 9, "bln": 9, "b": 9, "trillion": 12, "tn": 12, "trn": 12}  # fmt: skip


def _sizes(text: str) -> set[int]:
    """The sizes of `text`'s numbers ({6} for "$95m" and "95 million")."""
    return {_POWERS[found.group(1).lower()] for found in _SIZE.finditer(text)}


#: The words that spell out a sign or a currency's code.
_SPELLED_OUT: dict[str, frozenset[str]] = {
    "%": frozenset({"percent", "cent", "pct"}),
    "°": frozenset({"degree", "degrees"}),
    "℃": frozenset({"degree", "degrees", "celsius"}),
    "℉": frozenset({"degree", "degrees", "fahrenheit"}),
    "$": frozenset({"dollar", "dollars", "usd"}),
    "€": frozenset({"euro", "euros", "eur"}),
    "£": frozenset({"pound", "pounds", "sterling", "gbp"}),
    "¥": frozenset({"yen", "yuan", "jpy", "cny"}),
    "usd": frozenset({"dollar", "dollars"}),
    "eur": frozenset({"euro", "euros"}),
    "gbp": frozenset({"pound", "pounds", "sterling"}),
    "jpy": frozenset({"yen"}),
    "cny": frozenset({"yuan", "renminbi"}),
    "rmb": frozenset({"yuan", "renminbi"}),
    "nok": frozenset({"krone", "kroner"}),
    "dkk": frozenset({"krone", "kroner"}),
    "sek": frozenset({"krona", "kronor"}),
    "isk": frozenset({"krona", "kronur"}),
    "chf": frozenset({"franc", "francs"}),
    "inr": frozenset({"rupee", "rupees"}),
}
#: Currencies written as their ISO codes ("NOK 40 billion").
_CURRENCY_CODES = frozenset(
    """usd eur gbp jpy chf cny rmb cad aud nzd sek nok dkk isk pln czk huf ron bgn
    rub uah try inr pkr bdt krw twd hkd sgd myr idr thb php vnd zar ngn kes egp
    mad brl mxn ars clp cop pen ils aed sar qar kwd""".split()
)
#: A number's digits ("1.2" is 1 and 2, as the words are read).
_DIGITS = re.compile(r"\d+")
#: Signs of units that stand beside a number (currency signs are told by category).
_UNITS = frozenset("%‰°℃℉")


def unit_or_currency(character: str) -> bool:
    """A unit or a currency sign, written beside a number ("22%", "$95m")."""
    return character in _UNITS or unicodedata.category(character) == "Sc"


def replaced(
    inserted: str, stood_for: str, english: bool, negations: Negations | None = None
) -> str | None:
    """What an insertion puts its own words in place of, said for a warning
    ("'raising'", "'$'"); None when it only spells out what the words meant.
    In any language a number, a currency or a unit it does not hold ("$95m"
    as "[$95 million]" holds them); in English, a word of `_TURNING`."""
    own = _words(inserted)
    # a sign or a code the insertion spells out is held ("[19 degrees]" for
    # "19°C", "[4.1 billion kroner]" for "NOK 4.1 billion": the second review)
    signs = {
        sign
        for sign in _signs(stood_for) - _signs(inserted)
        if not _SPELLED_OUT.get(sign, frozenset()) & own.keys()
    }
    lost = _words(stood_for) - own
    numbers = set(_DIGITS.findall(inserted))
    sizes = _sizes(stood_for)
    changed = [
        word
        for word in lost
        if (word in _CURRENCY_CODES and not _SPELLED_OUT.get(word, frozenset()) & own.keys())
        or (english and word in _TURNING)
        or (english and word in _TIME_UNITS and not _TIME_UNITS.isdisjoint(own))
        or any(number not in numbers for number in _DIGITS.findall(word))
        or (sizes and _sizes(inserted) != sizes and _SIZE.search(word) is not None)
    ]
    if not changed and not signs:
        return None
    phrases = _phrases(stood_for, set(changed), set(signs), negations)
    return ", ".join(shown(phrase) for phrase in phrases) or None


def _phrases(
    text: str, folded: set[str], signs: set[str], negations: Negations | None
) -> list[str]:
    """The runs of `text`'s words (split at spaces, their punctuation aside)
    that hold a word of `folded` or a sign of `signs`, as written: "1.2%",
    "may need to", "$95m". Not a negation: negation-left-out says it."""
    phrases: list[list[str]] = []
    joined = False  # whether the last word was one of them
    for chunk in unicodedata.normalize("NFC", text).split():
        word = chunk.strip(_AROUND)
        negated = negations is not None and negations.found_in(word) is not None
        taken = not negated and any(fold(w) in folded for w in WORD.findall(word))
        if not taken and signs & set(word):  # only its sign: '$' of "$95m"
            word, taken = "".join(c for c in word if c in signs), True
        if taken and joined:
            phrases[-1].append(word)
        elif taken:
            phrases.append([word])
        joined = taken
    return [" ".join(phrase) for phrase in phrases]


#: Punctuation around a word that is not part of what it says.
_AROUND = ".,;:!?\"'“”‘’()[]«»"


def _any_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, a part of a quote found, holds a letter or digit."""
    return any(c.isalnum() for c in text[start:end])


def _signs(text: str) -> Counter[str]:
    """The currency signs and units of `text` ($, €, %, ° …)."""
    return Counter(c for c in text if unit_or_currency(c))


def leaves_out(inserted: str, stood_for: str) -> bool:
    """Whether an insertion drops source words it stands for and adds none of
    its own: no word, and no currency sign or unit either (`[€40 billion]`
    for "NOK 40 billion" puts a currency in place of another: `replaced`)."""
    stood_words = _words(stood_for)
    own = _words(inserted)
    if _signs(inserted) - _signs(stood_for):
        return False
    return bool(stood_words - own) and not own - stood_words


def _words(text: str) -> Counter[str]:
    """The words of `text`, case and accents aside, as search compares them."""
    return Counter(fold(word) for word in WORD.findall(unicodedata.normalize("NFC", text)))


def shows_nothing(text: str) -> bool:
    """Whether `text` draws nothing: white space, format characters, fillers."""
    return all(
        char.isspace() or char in _FILLERS or unicodedata.category(char) in ("Cf", "Mn", "Me")
        for char in text
    )
