"""A quote whose source gives its quotation to someone else.

A wire story reads `"I would rather wait for the full data before we change
the label," Aasen said. Sande disagreed: "…"`. A quote of `I would rather
wait for the full data` given to Sande passed with nothing said, and the
reader made it look backed up: the quote viewer shows the paragraph, with
Sande's name bold beside it (a fact-checker's trial).

`quote-said-by-other` is said, in an English briefing, when the quotation a
quote's words stand in (the source's quotation marks around them, not a
quotation inside another: quotation-within-quotation says that) is
attributed in its own sentence to an actor of the briefing who is neither
the quote's speaker nor its reported_by, nor an actor affiliated with them
(an organisation's spokesperson speaks for it). The attribution is read only
right at the quotation's marks:

- after its closing mark (and a comma), up to the sentence's end: `"…,"
  Aasen said`, `"…," said Aasen`, `"…," Kari Aasen, the health minister,
  told reporters`, `"…," said the minister, Kari Aasen`, `"…," according
  to Aasen`; not after a quotation that ends its sentence with a full stop
  (`"… label." Aasen said later that …` is a new sentence);
- else before its opening mark, after a colon or comma, from the sentence's
  start: `Aasen said: "…"`, `Aasen told reporters on Tuesday, "…"`, `Said
  Aasen: "…"`, `According to Aasen, "…"`.

The verbs are a reporter's (`said`, `says`, `told`, `added`, `asked`,
`warned`, `wrote`, `stated`, `explained`, `argued`, `insisted`, `replied`,
`disagreed`, `retorted` and a few more). Who the attribution names is read
as a transcript's turn label is (briefing.check.turn_labels): another actor
strictly, by a whole name or alias or a person's surname; the quote's own
people leniently (a word of their name). A pronoun (`he said`) or a name the briefing does not
know says nothing, and the first attribution found decides: `"…," she
said` is not read past. A source whose `outlet` is the speaker (a press
release quoting its chief executive) gives every word to its publisher.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.check.passage_checks import PassageChecks
from briefing.check.quotations import Quotation
from briefing.check.quote_places import REACH, Marks, PartPlace, SourcePlaces, excerpt
from briefing.check.raw import RawRecord
from briefing.check.turn_labels import TurnNames
from briefing.records.text import shown

#: The most characters read on either side of a quotation for its attribution.
_READ = 120
#: The most words of a name read on the side of its verb (`Norwegian Health
#: Minister Kari Aasen`).
_NAME_WORDS = 6
#: The most words between the verb and the colon before a quotation
#: (`Aasen told reporters on Tuesday: "…"`).
_TAIL_WORDS = 6

#: A reporter's verbs of saying, in lower case (`"…," United States officials
#: said` is not `States`).
_VERBS = (
    "said says told tells added adds asked asks warned warns wrote writes stated states "
    "explained explains argued argues insisted insists replied replies declared declares "
    "stressed stresses noted notes cautioned cautions countered counters responded "
    "responds recalled recalls conceded concedes acknowledged acknowledges admitted "
    "admits answered answers claimed claims continued continues remarked remarks "
    "tweeted tweets disagreed disagrees agreed agrees objected objects retorted retorts"
).split()
_VERB = re.compile(rf"\b(?:{'|'.join(_VERBS)})\b")
_VERB_FIRST = re.compile(
    rf"(?:{'|'.join(_VERBS)}|[Aa]ccording\s+to)\s+(?P<who>\S.*)",
    re.DOTALL,
)
_OPENING_VERB = re.compile(
    rf"(?:{'|'.join(v.capitalize() for v in _VERBS)}|[Aa]ccording\s+to)\s+(?P<who>\S.*)",
    re.DOTALL,
)
#: Words a clause after a quotation opens with that make it no attribution
#: (`"…," and Sande said that was wrong`).
_CONJUNCTIONS = frozenset(
    "and but or nor so yet while as because since although though when whereas after "
    "before until if unless which that who whom where then even".split()
)
#: Words a name after its verb ends before (`said Aasen on Tuesday`).
_NAME_ENDS = re.compile(
    r"\s(?:on|in|at|after|before|during|when|while|as|who|which|that|to|from|with|by|"
    r"about|adding|referring|quoting|citing|speaking|and)\b"
)
#: Where a clause ends: a sentence's end (a full stop not after an
#: abbreviation), a semicolon, colon, dash, quotation mark, line break.
_CLAUSE_END = re.compile(r"[;:!?\"“”„‟«»‹›\n—–]|\.(?=\s|$)")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr rev hon maj adm cmdr "
    "supt insp det mt ft no vs".split()
)


def warn_said_by_other(
    record: RawRecord,
    places: Sequence[PartPlace | None],
    source: SourcePlaces,
    source_id: str,
    checks: PassageChecks,
) -> None:
    """Warn, once, of the first quotation a quote's parts stand in that its
    source attributes to another actor (see the module's doc)."""
    if not checks.english or not source.uses_marks:
        return
    speaker = record.text("speaker")
    if speaker is None:
        return
    names = checks.names
    reporter = record.text("reported_by")
    people = (speaker,) if reporter is None else (speaker, reporter)
    read: set[int] = set()
    for place in places:
        if place is None or place.marks is not Marks.INSIDE or place.quotation is None:
            continue  # the most quotes of a source without marks, or across them
        quotation = place.quotation
        if place.innermost is not quotation or quotation.start in read:
            continue  # a quotation inside one: quotation-within-quotation's
        read.add(quotation.start)
        found = _attribution(source.original, quotation, place.paragraph, names, people, source_id)
        if found is None:
            continue
        if any(names.publishes(source_id, ident) for ident in people):
            return  # a press release: its publisher's words, whoever it quotes
        other, passage = found
        _warn(record, source_id, names, people, other, passage)
        return


def _attribution(
    original: str,
    quotation: Quotation,
    paragraph: tuple[int, int],
    names: TurnNames,
    people: tuple[str, ...],
    source_id: str,
) -> tuple[str, str] | None:
    """The other actor a quotation's attribution names, and the passage that
    shows it; None when it names the quote's people, nobody known, or there
    is none."""
    low, high = paragraph
    if quotation.closed and not _ends_sentence(original, quotation):
        end = _clause_end(original, quotation.end + 1, high)
        clause = original[quotation.end + 1 : end]
        candidates = _after(clause)
        if candidates is not None:
            other = _other(candidates, names, people, source_id)
            seen = (max(low, quotation.end - REACH), min(end + 1, quotation.end + 1 + REACH))
            return (other, excerpt(original, *seen)) if other else None
    if quotation.opened:
        found = _clause_before(original, quotation.start - 1, low)
        if found is not None:
            start, clause = found
            candidates = _before(clause)
            if candidates is not None:
                other = _other(candidates, names, people, source_id)
                shown_to = min(high, quotation.start + REACH)
                start += len(clause) - len(clause.lstrip(", "))
                return (other, excerpt(original, start, shown_to)) if other else None
    return None


def _ends_sentence(original: str, quotation: Quotation) -> bool:
    """Whether a quotation's words end with a full stop: what follows its
    closing mark is a sentence of its own."""
    inside = original[quotation.start : quotation.end].rstrip()
    return inside.endswith(".") and not inside.endswith("..")


def _clause_end(original: str, start: int, high: int) -> int:
    """Where the clause that starts at `start` ends (within _READ)."""
    limit = min(high, start + _READ)
    for found in _CLAUSE_END.finditer(original, start, limit):
        if found.group() == "." and _abbreviation(original, found.start()):
            continue
        return found.start()
    return limit


def _clause_before(original: str, mark: int, low: int) -> tuple[int, str] | None:
    """The clause that ends with a colon or comma right before the opening
    mark at `mark`, from its sentence's start (within _READ): where it starts,
    and its words without that colon or comma."""
    begin = max(low, mark - _READ)
    head = original[begin:mark].rstrip()
    if not head.endswith((":", ",")):
        return None
    head = head[:-1]
    start = 0
    for found in _CLAUSE_END.finditer(head):
        if found.group() == "." and _abbreviation(head, found.start()):
            continue
        start = found.end()
    if begin > low and start == 0:
        return None  # no start of its sentence within reach: a long one
    return begin + start, head[start:]


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation or an initial
    (`Mr.`, `Dr.`, `U.S.`, `Kari J. Aasen`), not a sentence."""
    begin = stop
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:stop]
    return len(word) == 1 or word.casefold() in _ABBREVIATIONS


def _after(clause: str) -> list[str] | None:
    """The names an attribution after a closing mark may give, nearest its
    verb first; None: the clause is no attribution."""
    clause = clause.lstrip()
    if clause.startswith(","):
        clause = clause[1:].lstrip()
    first = _VERB_FIRST.match(clause)
    if first is not None:
        return _forward(first.group("who"))
    verb = _VERB.search(clause)
    if verb is None or not clause[:1].isalpha():
        return None
    subject = clause[: verb.start()]
    words = subject.split()
    if not words or len(words) > 2 * _NAME_WORDS or words[0] in _CONJUNCTIONS:
        return None
    return _backward(subject)


def _before(clause: str) -> list[str] | None:
    """The names an attribution before an opening mark may give (the clause
    without its colon or comma), nearest its verb first; None: the clause is
    no attribution."""
    clause = clause.strip().lstrip(",").lstrip()
    first = _OPENING_VERB.match(clause) or _VERB_FIRST.match(clause)
    if first is not None:
        return _forward(first.group("who"))
    verbs = list(_VERB.finditer(clause))
    if not verbs:
        return None
    verb = verbs[-1]
    tail = clause[verb.end() :]
    if "," in tail or len(tail.split()) > _TAIL_WORDS:
        return None  # `The report, which Aasen said was flawed, concluded:`
    return _backward(clause[: verb.start()])


def _forward(who: str) -> list[str]:
    """The names after a verb (`said Kari Aasen, the health minister`, `said the
    minister, Kari Aasen`): its first stretch up to a comma, then the next
    if it opens with a capital (a name; not `adding that …`)."""
    parts = [_name_part(part) for part in who.split(",")[:2]]
    found = [parts[0]]
    if len(parts) > 1 and parts[1][:1].isupper():
        found.append(parts[1])
    return [part for part in found if part]


def _name_part(part: str) -> str:
    part = part.strip()
    end = _NAME_ENDS.search(part)
    words = (part[: end.start()] if end is not None else part).split()
    return " ".join(words[:_NAME_WORDS])


def _backward(subject: str) -> list[str]:
    """The names before a verb: the stretch right before it; where that closes
    an apposition (`Kari Aasen, the health minister, said`), the one before
    too, the apposition first when it opens with a capital (`the minister,
    Kari Aasen, said`; not `Sande, responding to Aasen, said`)."""
    subject = subject.strip()
    apposition = subject.endswith(",")
    parts = [" ".join(part.split()[-_NAME_WORDS:]) for part in subject.rstrip(",").split(",")]
    if not apposition or len(parts) < 2:
        return parts[-1:]
    nearest, before = parts[-1], parts[-2]
    return [nearest, before] if nearest[:1].isupper() else [before]


def _other(
    candidates: list[str], names: TurnNames, people: tuple[str, ...], source_id: str
) -> str | None:
    """The first actor, not the quote's people, that a candidate names: the
    first candidate that names anyone decides (the quote's people: None)."""
    for candidate in candidates:
        if not candidate:
            continue
        owner = names.owner(candidate, people, source_id)
        if owner is not None:
            return owner.actor_id if owner.kind == "actor" else None
        if names.is_theirs(candidate, people):
            return None
    return None


def _warn(
    record: RawRecord,
    source_id: str,
    names: TurnNames,
    people: tuple[str, ...],
    other: str,
    passage: str,
) -> None:
    name = shown(names.name_of(other))
    speaker = shown(names.name_of(people[0]))
    given = speaker
    if len(people) > 1:
        given += f", as reported by {shown(names.name_of(people[1]))}"
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "quote-said-by-other",
        f"this quote's words stand in a quotation the source {shown(source_id)} gives to "
        f"{name} ({other}), {shown(passage, 80)}; this quote gives them to {given}",
        f"give the quote to {name} (speaker: {other}); or, if {name} relays the words of "
        f"{speaker}, keep its speaker and add reported_by: {other}",
    )
