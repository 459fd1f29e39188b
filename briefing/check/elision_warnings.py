"""Warnings about what a found quote's elisions leave out of its source.

An elision shortens a quote; the contract holds each part to three words and
the parts to one paragraph and the next, and allows the rest. A desk
editor's trial found what that lets through:

- `elision-drops-few-words`: an elision that leaves out only one or two
  words within a clause (no punctuation among them): "The authority will …
  accept" for "will not accept". The words on either side then read as said
  together, and a word or two changes what they say. Not where what is left
  out holds punctuation ("safe for people on foot … not for the weight" for
  "foot, but not"): the elision stands between clauses there. Scripts
  written without spaces count a character a word, as the contract does;
- `elision-joins-passages`: the words left out between two parts close one
  quotation and open another (`take it," Berg said. "`), or the parts stand
  in different paragraphs (a transcript's lines: different turns): the parts
  may be two people's words. Not where one quotation runs on from a
  paragraph into the next (English opens it anew there, and closes it only
  at its end), nor where the words between two quotations of one paragraph
  name the quote's speaker and nobody else names the second (`"…," Moller
  said. "…"`: one person's two sentences). Said of any gap between parts,
  an insertion's too.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from briefing.check.negations import Negations
from briefing.check.passage_checks import PassageChecks
from briefing.check.quote_places import REACH, Marks, PartPlace, SourcePlaces, around, excerpt
from briefing.check.raw import RawRecord
from briefing.check.turn_labels import SMALL_WORDS, TurnNames
from briefing.records.editorial import word_count
from briefing.records.text import shown

#: The most words an elision may leave out and be warned of.
FEW_WORDS = 2
#: Punctuation inside a word or a number (won't, Vice-President, 1.5): no clause ends there.
_JOINED = re.compile(r"(?<=\w)['’\-‐‑.,](?=\w)")


def warn_elisions(
    record: RawRecord,
    places: list[PartPlace | None],
    gaps: list[str | None],
    source: SourcePlaces,
    source_id: str,
    checks: PassageChecks,
) -> set[int]:
    """Warn of the elisions that leave out a word or two and of the gaps that
    join two passages; the gaps of the first kind, by number."""
    short: set[int] = set()
    joined = False
    original = source.original
    negations = checks.negations
    speakers = tuple(i for i in (record.text("speaker"), record.text("reported_by")) if i)
    for number, (before, after) in enumerate(pairwise(places)):
        if before is None or after is None or before.break_at >= 0 or after.break_at >= 0:
            continue  # no words, or across a paragraph break (said of the part)
        left_out = original[before.end : after.start]
        if (
            not joined
            and _joins(before, after, source)
            and not _said_by_them(before, after, original, checks.names, speakers)
        ):
            joined = True
            _warn_joined(record, before, after, source, source_id)
        elif gaps[number] is None and _few_words(left_out, before, after):
            short.add(number)
            _warn_few(record, before, after, source, source_id, negations)
    return short


def _joins(before: PartPlace, after: PartPlace, source: SourcePlaces) -> bool:
    if before.paragraph != after.paragraph:
        return not source.runs_on(before, after)
    return (
        before.marks is Marks.INSIDE
        and after.marks is Marks.INSIDE
        and before.quotation != after.quotation
    )


#: The most words between two quotations that say who spoke them (`," Moller
#: said, "`, `," Aasen told a news conference in Oslo on Tuesday. "`).
_ATTRIBUTION_WORDS = 16


def _said_by_them(
    before: PartPlace,
    after: PartPlace,
    original: str,
    names: TurnNames,
    speakers: tuple[str, ...],
) -> bool:
    """Whether the words between two quotations of one paragraph are a short
    attribution that names the quote's speaker: `"We do not have evidence …,"
    Moller said. "What we see …"` is one person's two sentences (a
    fact-checker's trial was told they may be two people's)."""
    if before.quotation is None or after.quotation is None or not speakers:
        return False
    between = original[before.quotation.end : after.quotation.start]
    if not 1 <= word_count(between) <= _ATTRIBUTION_WORDS:
        return False
    if not (
        names.is_theirs(between, speakers)
        or _by_pronoun(between, names, speakers)
        or _by_role(between, names, speakers)
    ):
        return False
    # `"… take it," Berg said. "The members will decide," Okafor replied.`:
    # the second quotation has its own speaker, named after it
    # (a name: a capitalised word, known to the briefing or not); none after
    # one that ends its sentence: what follows is a sentence of its own
    # (`"… panic." The ministry will meet again`: a review)
    words = original[after.quotation.start : after.quotation.end].rstrip(_CLOSING)
    if words.endswith(".") and not words.endswith(".."):
        return True  # (after "!", "?" or "…" an attribution may follow: "Sande shouted")
    rest = original[after.quotation.end : after.paragraph[1]]
    attributed = rest[: _sentence_end(rest)]
    if _by_another_role(attributed, names, speakers):
        return False  # `"…," the transport minister said.` after the PM's (a review)
    return all(
        names.is_theirs(word, speakers) for word in _WORD.findall(attributed) if word[0].isupper()
    )


#: Pronouns a reporter attributes the next quotation of one speaker with:
#: `"…," he said. "…"`, `„…“, sagte er. „…“` (the second review).
_PRONOUNS = frozenset("he she they er sie il elle ils elles él ella".split())


def _by_pronoun(between: str, names: TurnNames, speakers: tuple[str, ...]) -> bool:
    """Whether an attribution between two quotations names its speaker by a
    pronoun, and no other actor of the briefing (`," he told MPs. "`): the
    same speaker, as a reporter writes the next quotation of one (a new
    speaker would be named)."""
    words = _WORD.findall(between)
    if not any(word.lower() in _PRONOUNS for word in words):
        return False
    return not any(
        names.names_anyone(word, "") and not names.is_theirs(word, speakers)
        for word in words
        if word[0].isupper() and word.lower() not in _PRONOUNS
    )


#: The words before a role that says who spoke: `," her daughter said. "`,
#: `," the minister added. "`.
_ROLE_DETERMINERS = frozenset("the her his their its".split())


def _by_role(between: str, names: TurnNames, speakers: tuple[str, ...]) -> bool:
    """Whether an attribution between two quotations names its speaker by
    their role (`role: daughter`, `," her daughter said. "`: a review's
    obituary was told its daughter's two sentences may be two people's), and
    no other actor of the briefing."""
    roles = names.roles(speakers)
    if not roles:
        return False
    words = _WORD.findall(between)
    folded = [word.casefold() for word in words]
    if not any(_names_role(folded, role) for role in roles):
        return False
    return not any(
        names.names_anyone(word, "") and not names.is_theirs(word, speakers)
        for word in words
        if word[0].isupper() and word.casefold() not in _ROLE_DETERMINERS
    )


def _by_another_role(attributed: str, names: TurnNames, speakers: tuple[str, ...]) -> bool:
    """Whether an attribution names another actor than the speakers by their
    whole role (`said the leader of the council`)."""
    folded = [word.casefold() for word in _WORD.findall(attributed)]
    if any(_names_role(folded, role) for role in names.roles(speakers)):
        return False
    by_first = names.roles_by_first_word()
    return any(
        _names_role(folded, role) and ident not in speakers
        for word in folded
        for role, ident in by_first.get(word, ())
    )


def _names_role(folded: list[str], role: tuple[str, ...]) -> bool:
    """Whether the words say the whole role after a determiner (`the leader of
    the council` for `leader of the council`): one word of it (`the minister`
    for a Prime Minister, `the council` for its leader) may be another's, and
    joined two people's words unwarned (a review)."""
    for start, word in enumerate(folded):
        if word != role[0] or start == 0 or folded[start - 1] not in _ROLE_DETERMINERS:
            continue
        rest = [w for w in folded[start:] if w not in SMALL_WORDS]
        if tuple(rest[: len(role)]) == role:
            return True
    return False


def _sentence_end(text: str) -> int:
    """Where the sentence `text` starts in ends: after its first full stop,
    question or exclamation mark (past the closing quotation mark it may
    start with), else its end."""
    found = _SENTENCE_END.search(text, 1)
    return found.end() if found is not None else len(text)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
#: A quotation's closing marks and the spaces before them.
_CLOSING = "\"'”’»›“\u00a0\u202f \t"
_WORD = re.compile(r"[^\W_][\w'’-]*")


def _few_words(left_out: str, before: PartPlace, after: PartPlace) -> bool:
    if before.paragraph != after.paragraph or not 1 <= word_count(left_out) <= FEW_WORDS:
        return False
    return not any(unicodedata.category(c)[0] == "P" for c in _JOINED.sub("", left_out))


def _warn_few(
    record: RawRecord,
    before: PartPlace,
    after: PartPlace,
    source: SourcePlaces,
    source_id: str,
    negations: Negations | None,
) -> None:
    original = source.original
    left_out = " ".join(original[before.end : after.start].split())
    negation = negations.found_in(left_out) if negations is not None else None
    meaning = (
        f"{shown(negation)} is a negation: without it the quote says the opposite"
        if negation
        else "an elision shortens a quote, and one that leaves out a word or two changes "
        "what the words on either side say together"
    )
    gap = around(original, before.end, after.start, before.start, after.end)
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "elision-drops-few-words",
        f"an elision of this quote leaves out only {shown(left_out)} of the source "
        f"{shown(source_id)}, {shown(gap, 80)}: {meaning}",
        "quote the words left out, or end the quote before them",
    )


def _warn_joined(
    record: RawRecord, before: PartPlace, after: PartPlace, source: SourcePlaces, source_id: str
) -> None:
    original = source.original
    if before.paragraph != after.paragraph:
        lines = original.count("\n", before.paragraph[1], after.paragraph[0]) < 2
        kind = "lines (in a transcript, different turns)" if lines else "paragraphs"
        tail = excerpt(original, max(before.start, before.end - REACH), before.end)
        head = excerpt(original, after.start, min(after.end, after.start + REACH))
        where = (
            f"its parts stand in different {kind} of the source {shown(source_id)}, "
            f"{shown(tail)} and {shown(head)}"
        )
    else:
        where = (
            f"the words it leaves out of the source {shown(source_id)}, "
            f"{shown(' '.join(original[before.end : after.start].split()), 80)}, close one "
            "quotation and "
            "open another"
        )
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "elision-joins-passages",
        f"{where}: the parts of this quote may be two people's words, shown as one speaker's",
        "quote each passage apart, with its own speaker",
    )
