"""A quote whose source gives its quotation to someone else.

A wire story reads `"I would rather wait for the full data before we change
the label," Aasen said. Sande disagreed: "…"`. A quote of `I would rather
wait for the full data` given to Sande passed with nothing said, and the
reader made it look backed up: the quote viewer shows the paragraph, with
Sande's name bold beside it (a fact-checker's trial).

`quote-said-by-other` is said, in an English or a French briefing, when the
quotation a quote's words stand in (the source's quotation marks around
them, not a quotation inside another: quotation-within-quotation says that)
is attributed in its own sentence to an actor of the briefing who is
neither the quote's speaker nor its reported_by, nor an actor affiliated
with them (an organisation's spokesperson speaks for it). The attribution
is read only right at the quotation's marks:

- after its closing mark (and a comma), up to the clause's end: `"…,"
  Aasen said`, `"…," said Aasen`, `"…," Kari Aasen, the health minister,
  told reporters`, `"…," said the minister, Kari Aasen`, `"…," according
  to Aasen`; not after a quotation that ends its sentence with a full stop
  (`"… label." Aasen said later that …` is a new sentence);
- else before its opening mark, from the sentence's start: `Aasen said: "…"`,
  `Aasen told reporters on Tuesday, "…"`, `Said Aasen: "…"`, `According to
  Aasen, "…"`, and a few words quoted in reported speech, `Aasen said the
  offer was "an insult"`, `Lord Bridge said that the law should develop
  "…"` (a review: a judgment's citations, an interviewer's quotation of a
  body, passed), unless the words between its verb and the quotation may
  be someone else's (`_run_in`); a body's document is its words (`the
  Agency's report said`), its office or aide is not it (`Aasen's office
  said` names no one);
- in French, first an incise inside the quotation (`« Nous irons, a déclaré
  Emmanuel Macron, jusqu’au bout »`), then `« … », a déclaré Macron`, `«
  … », selon Macron`, `Macron a déclaré : « … »`, `Selon Macron, « … »`.

The verbs are a reporter's (`said`, `says`, `told`, `added`, `asked`,
`warned`, `wrote`, `stated`, `explained`, `argued`, `insisted`, `replied`,
`disagreed`, `retorted` and a few more; `a déclaré`, `déclare`, `a
précisé` ...). Who the attribution names is read as a transcript's turn
label is (briefing.check.turn_labels): another actor strictly, by a whole
name or alias or a person's surname; the quote's own people leniently (a
word of their name). A pronoun (`he said`, `a-t-il ajouté`) or a name the
briefing does not know says nothing, and the first attribution found
decides: `"…," she said` is not read past. A source whose `outlet` is the
speaker (a press release quoting its chief executive) gives every word to
its publisher. Other languages are not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class _Grammar:
    """How a language attributes a quotation (`"…," Aasen said`)."""

    #: a reporter's verb, its subject before it (`Aasen said`)
    verb: re.Pattern[str]
    #: a clause that opens with its verb, or `according to`: the name follows
    verb_first: re.Pattern[str]
    #: a sentence that opens so (`Said Aasen:`, `According to Aasen,`)
    opening: re.Pattern[str]
    #: words a name after its verb ends before (`said Aasen on Tuesday`)
    name_ends: re.Pattern[str]
    #: words a clause after a quotation opens with that make it no attribution
    #: (`"…," and Sande said that was wrong`)
    conjunctions: frozenset[str]
    #: words a subject's name stands before, not after (`the report that
    #: Aasen commissioned said` names no one)
    relatives: frozenset[str]
    #: words an unnamed person opens with (`a spokesman for Aasen`, `un proche
    #: de Kari Aasen`): not the one they name
    indefinite: frozenset[str]
    #: an attribution that names nobody, after a quotation (French `a-t-il dit`)
    pronoun_first: re.Pattern[str] | None = None
    #: an incise inside the quotation (French `« …, a déclaré Macron, … »`)
    incise: re.Pattern[str] | None = None


#: English verbs of saying, in lower case (`"…," United States officials said`
#: is not `States`).
_VERBS = (
    "said says told tells added adds asked asks warned warns wrote writes stated states "
    "explained explains argued argues insisted insists replied replies declared declares "
    "stressed stresses noted notes cautioned cautions countered counters responded "
    "responds recalled recalls conceded concedes acknowledged acknowledges admitted "
    "admits answered answers claimed claims continued continues remarked remarks "
    "tweeted tweets disagreed disagrees agreed agrees objected objects retorted retorts"
).split()
_ENGLISH = _Grammar(
    verb=re.compile(rf"\b(?:{'|'.join(_VERBS)})\b"),
    verb_first=re.compile(rf"(?:{'|'.join(_VERBS)}|according\s+to)\s+(?P<who>\S.*)", re.DOTALL),
    opening=re.compile(
        rf"(?:{'|'.join(v.capitalize() for v in _VERBS)}|According\s+to)\s+(?P<who>\S.*)",
        re.DOTALL,
    ),
    name_ends=re.compile(
        r"\s(?:on|in|at|after|before|during|when|while|as|who|which|that|to|from|with|by|"
        r"about|adding|referring|quoting|citing|speaking|and)\b"
    ),
    conjunctions=frozenset(
        "and but or nor so yet while as because since although though when whereas after "
        "before until if unless which that who whom where then even".split()
    ),
    relatives=frozenset("that which who whom whose".split()),
    indefinite=frozenset("a an one".split()),
)

#: French verbs of saying: a compound tense's participle (`a déclaré`), or the
#: present (`déclare`); not the present of a noun (`juge`, `note`, `tranche`).
_PARTICIPLES = (
    "déclaré dit affirmé expliqué ajouté estimé indiqué souligné martelé assuré précisé "
    "répondu confié insisté prévenu averti reconnu déploré écrit annoncé rappelé observé "
    "relevé commenté poursuivi résumé regretté dénoncé fustigé admis concédé répliqué "
    "rétorqué lancé jugé noté tranché avancé"
).split()
_PRESENTS = (
    "déclare dit affirme explique ajoute estime indique souligne martèle assure précise "
    "répond confie insiste prévient avertit reconnaît déplore écrit annonce rappelle "
    "observe relève commente poursuit résume regrette dénonce fustige admet concède "
    "réplique rétorque"
).split()
_FRENCH_VERB = (
    r"(?:(?:a|avait|ont|avaient)\s+(?:(?:\w+ment|encore|aussi|également|ensuite|alors|"
    rf"enfin|déjà|même|pourtant)\s+)?(?:{'|'.join(_PARTICIPLES)})|(?:{'|'.join(_PRESENTS)}))"
    r"(?![\w‑-])"
)
_FRENCH = _Grammar(
    verb=re.compile(rf"(?<![\w‑-]){_FRENCH_VERB}"),
    verb_first=re.compile(rf"(?:{_FRENCH_VERB}|selon)\s+(?P<who>\S.*)", re.DOTALL),
    opening=re.compile(r"Selon\s+(?P<who>\S.*)", re.DOTALL),
    name_ends=re.compile(
        r"\s(?:qui|que|lors|devant|dans|pendant|après|avant|en|et|ajoutant|citant|selon)\b"
    ),
    conjunctions=frozenset(
        "et mais ou donc car puis alors quand lorsque si que qui dont où tandis pendant "
        "après avant".split()
    ),
    relatives=frozenset("qui que qu dont".split()),
    indefinite=frozenset("un une des".split()),
    # `a-t-il dit`, `dit-elle`, `s'est-il exclamé`: a pronoun's, nobody's known
    pronoun_first=re.compile(
        r"(?:s['’])?[^\W\d_]+[-‑](?:t[-‑])?(?:il|elle|ils|elles|on)(?![\w‑-])"
    ),
    # `« Nous irons, a déclaré Emmanuel Macron, jusqu'au bout »`
    incise=re.compile(
        rf",\s+{_FRENCH_VERB}\s+(?P<who>[^,.;:!?«»\"“”\n]{{1,60}}?)\s*(?=[,.;:!?»\"”]|$)"
    ),
)

#: Where a clause ends: a sentence's end (a full stop not after an
#: abbreviation), a semicolon, colon, dash, quotation mark, line break.
_CLAUSE_END = re.compile(r"[;:!?\"“”„‟«»‹›\n—–]|\.(?=\s|$)")
_APOSTROPHE = re.compile("['’]")
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
) -> bool:
    """Warn, once, of the first quotation a quote's parts stand in that its
    source attributes to another actor (see the module's doc). Whether its
    sentence says whose the quotation is: another's (warned), or the quote's
    speaker's or reported_by's (a document credited to its speaker quoting
    them, `Kari Aasen said: "…"`, is not quoting someone else: the review)."""
    grammar = _ENGLISH if checks.english else _FRENCH if checks.french else None
    if grammar is None or not source.uses_marks:
        return False
    speaker = record.text("speaker")
    if speaker is None:
        return False
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
        found = _attribution(
            source.original, quotation, place.paragraph, grammar, (names, people, source_id)
        )
        if found is None:
            continue
        other, passage = found
        if not other:
            return True  # the quote's own people's, as the sentence says
        if any(names.publishes(source_id, ident) for ident in people):
            return False  # a press release: its publisher's words, whoever it quotes
        _warn(record, source_id, names, people, other, passage)
        return True
    return False


#: Whom a quote gives its words to: the actors' names, the quote's speaker
#: and reported_by, its source.
_Whom = tuple[TurnNames, tuple[str, ...], str]


def _attribution(
    original: str,
    quotation: Quotation,
    paragraph: tuple[int, int],
    grammar: _Grammar,
    whom: _Whom,
) -> tuple[str, str] | None:
    """The other actor a quotation's attribution names ("": the quote's
    people), and the passage that shows it; None when it names nobody known,
    or there is none. The first attribution found decides: an incise inside
    it (French), then one after its closing mark, then one before its
    opening mark."""
    low, high = paragraph
    if grammar.incise is not None:
        incise = grammar.incise.search(original, quotation.start, quotation.end)
        if incise is not None:
            other = _other(_forward(incise.group("who"), grammar), grammar, whom)
            seen = (max(low, incise.start() - REACH), incise.end())
            return (other, excerpt(original, *seen)) if other is not None else None
    if quotation.closed and not _ends_sentence(original, quotation):
        end = _clause_end(original, quotation.end + 1, high)
        candidates = _after(original[quotation.end + 1 : end], grammar)
        if candidates is not None:
            other = _other(candidates, grammar, whom)
            seen = (max(low, quotation.end - REACH), min(end + 1, quotation.end + 1 + REACH))
            return (other, excerpt(original, *seen)) if other is not None else None
    if quotation.opened:
        found = _clause_before(original, quotation.start - 1, low)
        if found is not None:
            start, clause, run_in = found
            candidates = _run_in(clause, grammar) if run_in else _before(clause, grammar)
            if candidates is not None:
                other = _other(candidates, grammar, whom)
                start += len(clause) - len(clause.lstrip(", "))
                seen = (start, min(high, quotation.start + REACH))
                return (other, excerpt(original, *seen)) if other is not None else None
    return None


def _ends_sentence(original: str, quotation: Quotation) -> bool:
    """Whether a quotation's words end with a full stop: what follows its
    closing mark is a sentence of its own. (After a question or exclamation
    mark an attribution may follow, `"Why wait?" Sande asked`, and reported
    speech may start, `… Aasen replied that`: `_reported` tells them apart.)"""
    at = quotation.end - 1  # read back from the mark: a quotation may be long
    while at > quotation.start and original[at].isspace():
        at -= 1
    return original[at] == "." and original[at - 1] != "."


def _clause_end(original: str, start: int, high: int) -> int:
    """Where the clause that starts at `start` ends (within _READ)."""
    limit = min(high, start + _READ)
    for found in _CLAUSE_END.finditer(original, start, limit):
        if found.group() == "." and _abbreviation(original, found.start()):
            continue
        return found.start()
    return limit


def _clause_before(original: str, mark: int, low: int) -> tuple[int, str, bool] | None:
    """The clause right before the opening mark at `mark`, from its sentence's
    start (within _READ): where it starts, its words without a colon or comma
    that ends it, and whether it has none (the quotation is run into it)."""
    begin = max(low, mark - _READ)
    head = original[begin:mark].rstrip()
    run_in = not head.endswith((":", ","))
    if not run_in:
        head = head[:-1]
    start = 0
    for found in _CLAUSE_END.finditer(head):
        if found.group() == "." and _abbreviation(head, found.start()):
            continue
        start = found.end()
    if begin > low and start == 0:
        return None  # no start of its sentence within reach: a long one
    return begin + start, head[start:], run_in


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation or an initial
    (`Mr.`, `Dr.`, `U.S.`, `Kari J. Aasen`), not a sentence."""
    begin = stop
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:stop]
    return len(word) == 1 or word.casefold() in _ABBREVIATIONS


def _after(clause: str, grammar: _Grammar) -> list[str] | None:
    """The names an attribution after a closing mark may give, nearest its
    verb first ([]: a pronoun's); None: the clause is no attribution."""
    clause = clause.lstrip()
    if clause.startswith(","):
        clause = clause[1:].lstrip()
    if grammar.pronoun_first is not None and grammar.pronoun_first.match(clause):
        return []
    first = grammar.verb_first.match(clause)
    if first is not None:
        return _forward(first.group("who"), grammar)
    verb = grammar.verb.search(clause)
    if verb is None or not clause[:1].isalpha() or _reported(clause, verb):
        return None
    subject = clause[: verb.start()]
    words = subject.split()
    if not words or len(words) > 2 * _NAME_WORDS or words[0] in grammar.conjunctions:
        return None
    return _backward(subject, grammar)


def _before(clause: str, grammar: _Grammar) -> list[str] | None:
    """The names an attribution before an opening mark may give (the clause
    without its colon or comma), nearest its verb first; None: the clause is
    no attribution."""
    clause = clause.strip().lstrip(",").lstrip()
    # `Asked whether Sande was right …, Aasen said:`: the last clause's subject
    # speaks, not whom an opening `Asked`/`Told` clause names (a review)
    opening, comma, last = clause.rpartition(",")
    said = grammar.verb.search(last) if comma and opening.strip() else None
    if said is not None and last[: said.start()].strip() and not _reported(last, said):
        return _backward(last[: said.start()], grammar)
    first = grammar.opening.match(clause) or grammar.verb_first.match(clause)
    if first is not None:
        return _forward(first.group("who"), grammar)
    verbs = list(grammar.verb.finditer(clause))
    if not verbs:
        return None
    verb = verbs[-1]
    tail = clause[verb.end() :]
    if "," in tail or len(tail.split()) > _TAIL_WORDS:
        return None  # `The report, which Aasen said was flawed, concluded:`
    return _backward(clause[: verb.start()], grammar)


def _run_in(clause: str, grammar: _Grammar) -> list[str] | None:
    """The names an attribution may give to a few words quoted in reported
    speech (`Aasen said the offer was "an insult"`: the clause runs into the
    quotation); None when the words between its verb and the quotation may
    be someone else's: they name anyone (`Sande disagreed with Aasen that
    the delay was "…"`, `after Sande called the plan "…"`), open with a
    preposition (`replied to the charge that he was "…"`), hold another's
    words (`the claim that`, `called it`), or the verb is passive (`Sande was
    told by Aasen that`): a review's false alarms."""
    verbs = list(grammar.verb.finditer(clause))
    if not verbs:
        # `According to Aasen, the plan is "…"`: the sentence is theirs
        return _before(clause, grammar) if grammar.opening.match(clause) else None
    verb = verbs[-1]
    tail = clause[verb.end() :].split()
    if len(tail) > _TAIL_WORDS or "," in clause[verb.end() :]:
        return None
    listener = verb.group().split()[-1].casefold() in _TELLING
    if any(
        not _names_no_speaker(word, first=index == 0 and listener)
        for index, word in enumerate(tail)
    ):
        return None
    if tail and tail[0].casefold() in _RUN_IN_PREPOSITIONS:
        return None
    if any(word.casefold().strip(_EDGE_MARKS) in _ANOTHERS_WORDS for word in tail):
        return None
    before = clause[: verb.start()].split()
    if before and before[-1].casefold() in _PASSIVE:
        return None
    return _before(clause, grammar)


def _names_no_speaker(word: str, first: bool) -> bool:
    """Whether a word between a verb and a quotation run into it leaves the
    verb's subject the speaker: not a name (`after Sande called it`), but a
    date's (`on Tuesday`), a name's possessive (`said Sande's plan was`), an
    abbreviation (`the U.S. ambassador`), or whom the subject tells (`first`
    after `told`: `Aasen told Sande the plan was`)."""
    bare = word.strip(_EDGE_MARKS)
    if not bare[:1].isupper() or first:
        return True
    return (
        bare in _CALENDAR
        or _POSSESSIVE.fullmatch(bare) is not None
        or _INITIALS.fullmatch(bare) is not None
    )


#: Abbreviations of initials (`U.S.`, `U.K`).
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?")
#: Verbs whose object is whom they are said to (`told Sande the plan was`).
_TELLING = frozenset("told tell tells telling".split())
#: Punctuation at a word's edges, for the run-in tail's words.
_EDGE_MARKS = ".,;:!?()[]'’\"“”‘"
#: Capitalised words of a date, which name no one (`said on Tuesday the plan …`).
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December".split()
)
#: Words that open a verb's object rather than what was said (`replied to`,
#: `disagreed with`, `told by`; not `said on Tuesday`, `said at a briefing`).
_RUN_IN_PREPOSITIONS = frozenset("to with by about against over from of toward towards".split())
#: Words that say the quoted words are another's: a naming verb (`called the
#: plan "…"`), or another's claim (`the charge that it was "…"`). English;
#: French reads `que` (`a répondu à Y que`) through its own verbs.
_ANOTHERS_WORDS = frozenset(
    """called calling branded branding described describing dubbed dubbing labelled labeled
    labelling termed known claim claims charge charges accusation accusations allegation
    allegations suggestion suggestions assertion assertions description""".split()
)
#: Words before a verb that make it passive (`Sande was told by Aasen`).
_PASSIVE = frozenset("was were been being is are be".split())


#: Words after a verb of saying that open what was said, reported: `"Why
#: should patients wait?" Aasen replied that …` is Aasen's answer, not an
#: attribution of the question (a review).
_REPORTED = re.compile(
    r"\s+(?:that(?!\s+(?:evening|morning|afternoon|night|day|week|weekend|month|year|time)\b)"
    r"|que|qu['’])",
    re.IGNORECASE,
)  # not `"…," Aasen said that evening.` (the second review)


def _reported(clause: str, verb: re.Match[str]) -> bool:
    """Whether the verb at `verb` opens reported speech (`replied that`)."""
    return _REPORTED.match(clause, verb.end()) is not None


def _forward(who: str, grammar: _Grammar) -> list[str]:
    """The names after a verb (`said Kari Aasen, the health minister`, `said the
    minister, Kari Aasen`): its first stretch up to a comma, then the next
    if it opens with a capital (a name; not `adding that …`)."""
    parts = [_name_part(part, grammar) for part in who.split(",")[:2]]
    found = [parts[0]]
    if len(parts) > 1 and parts[1][:1].isupper():
        found.append(parts[1])
    return [part for part in found if part]


def _name_part(part: str, grammar: _Grammar) -> str:
    part = part.strip()
    end = grammar.name_ends.search(part)
    words = (part[: end.start()] if end is not None else part).split()
    return " ".join(words[:_NAME_WORDS])


def _backward(subject: str, grammar: _Grammar) -> list[str]:
    """The names before a verb: the stretch right before it (up to a relative
    pronoun: `the report that Aasen commissioned said` names no one); where
    that closes an apposition (`Kari Aasen, the health minister, said`), the
    one before too, the apposition first when it opens with a capital (`the
    minister, Kari Aasen, said`; not `Sande, responding to Aasen, said`)."""
    subject = subject.strip()
    apposition = subject.endswith(",")
    written = subject.rstrip(",").split(",")
    parts = [_subject_part(part, grammar) for part in written]
    if not apposition or len(parts) < 2:
        return parts[-1:]
    nearest, before = parts[-1], parts[-2]
    # the apposition as written opens with a capital, not its last words:
    # `Aasen, asked whether Sande was right, said` is Aasen's (the second review)
    return [nearest, before] if written[-1].strip()[:1].isupper() else [before]


def _subject_part(part: str, grammar: _Grammar) -> str:
    words = part.split()
    for index, word in enumerate(words):
        if _APOSTROPHE.split(word.casefold())[0] in grammar.relatives:  # `qu'Aasen`
            words = words[:index]
            break
    for index in range(1, len(words)):
        owner = _POSSESSIVE.fullmatch(words[index - 1])
        if owner is None or words[index].casefold() not in _DOCUMENTS:
            continue
        # `the Environment Agency's assessment last October said`: the
        # Agency's own words (not `Aasen's office said`: an office, an aide,
        # are not Aasen); the first such pair, the subject's head (`the
        # Agency's review of Aasen's decision said` is the Agency's), and not
        # when a name follows it (`After reading Aasen's report Sande said`)
        after = words[index + 1 :]
        if not any(w[:1].isupper() and w.strip(_EDGE_MARKS) not in _CALENDAR for w in after):
            words = [*words[: index - 1], owner.group(1)]
        break
    return " ".join(words[-_NAME_WORDS:])


#: A word in the possessive (`Agency's`, `Aasen’s`): its owner.
_POSSESSIVE = re.compile(r"(\w[\w.-]*)['’]s")
#: What a body or a person writes, whose words are theirs (`the Agency's
#: report said`), in English.
_DOCUMENTS = frozenset(
    "report assessment statement letter judgment judgement ruling review study decision "
    "analysis findings audit guidance memo filing submission response notice website "
    "survey order opinion".split()
)


def _other(candidates: list[str], grammar: _Grammar, whom: _Whom) -> str | None:
    """The first actor, not the quote's people, that a candidate names: the
    first candidate that names anyone decides (the quote's people: ""); an
    unnamed person's (`a spokesman for Aasen`) names no one (None)."""
    names, people, source_id = whom
    for candidate in candidates:
        if not candidate or candidate.split()[0].casefold() in grammar.indefinite:
            continue
        owner = names.owner(candidate, people, source_id)
        if owner is not None:
            return owner.actor_id if owner.kind == "actor" else None
        if names.is_theirs(candidate, people):
            return ""
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
        f"{speaker}, keep the speaker and write reported_by: {other}",
    )
