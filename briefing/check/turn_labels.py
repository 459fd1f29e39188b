"""Whom a transcript's turn label names, among a briefing's actors.

An interview printed as questions and answers opens each turn with a label
(briefing.check.quote_places): `ZEIT:`, `Q:` or `Frage:` for the one who
asks, `Habeck:`, `BERG:`, `MS. PSAKI:`, `Dr. Habeck:` for the one who
answers. A quote given to Habeck whose words stand in the `ZEIT:` turn is
the interviewer's question shown as his words (a correspondent's trial).

A label is read against the quote's own people first, leniently: it is
theirs when it holds any word of the speaker's (or `reported_by`'s) name or
aliases but the small ones (`von`, `de`, `die`: `VON DER LEYEN` is Ursula
von der Leyen's, `PSAKI` Jen Psaki's, `Dr. Habeck` Robert Habeck's), or
their initials (`AKK`, `SZ` for Süddeutsche Zeitung); or a whole name or
alias of an actor they belong to or that belongs to them (a journalist's
paper, a minister's ministry). Only then is it read as someone else's,
strictly:

- an interviewer's label (`Q`, `Question`, `Frage` ..., `INTERVIEWER`);
- a whole name or alias of another actor (less its leading article: `ZEIT`
  for Die Zeit), or a person's surname; a body's (an organisation's, a
  state's) only as the whole label (`KREMLIN SPOKESMAN:` may be anyone's
  of the Kremlin, the speaker's too);
- the source's `outlet`: words of its name (`ZEIT` for DIE ZEIT) or its
  initials (`SZ` for Süddeutsche Zeitung), as a paper labels its questions.

An interviewer's label, or the outlet's, is the quote's own when the outlet
is the speaker's (or reported_by's) or one they belong to: a journalist's
own question.

A label that names nobody known (`Jonas Berg:` in a briefing without him,
`Anne Will:`) says nothing: the check stays quiet rather than
guess. The actors' names are read only once a quote stands in a turn.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from briefing.check.languages import primary_language
from briefing.check.raw import RawRecord

#: The kinds of actor that are bodies: not a person, not a state.
_BODIES = ("organisation", "group")

#: Words that name no one alone: articles, particles of names, and the
#: like (`Die Zeit`, `von der Leyen`, `Secretary of State`).
SMALL_WORDS = frozenset(
    "a an the of and for de des du la le les l d von van der den die das dem zu "
    "et y e del della di da do dos al el".split()
)
#: A turn label's first word that is the interviewer's, in the languages the
#: checker reads (`Q:`, `Frage:`, `Question :`, `Pregunta:` ...).
INTERVIEWER_WORDS = frozenset(
    "q question questions frage fragen pregunta domanda vraag pergunta interviewer "
    "interviewerin intervieweur intervieweuse journalist journalistin journaliste "
    "periodista giornalista reporter moderator moderatorin animateur animatrice "
    "host anchor".split()
)
#: The interviewer's one-letter label in the languages that write one, by
#: language (`F:` for Frage, `P:` for pregunta/pergunta, `D:` for domanda,
#: `V:` for vraag; `Q:` is in every language): read only in a briefing of
#: that language, where `A:`/`R:` is the answer (a trial of transcripts).
INTERVIEWER_LETTERS = {"de": "f", "es": "p", "pt": "p", "it": "d", "nl": "v"}
#: The shortest surname taken alone as another's name (as the reader's
#: mentions: "Li" or "Ng" alone would name too much).
SHORTEST_SURNAME = 3
_EDGES = ".,'’\"“”‘()[]"


def words_of(text: str) -> tuple[str, ...]:
    """`text`'s words, case folded, without the punctuation at their edges
    (`MS.` is `ms`, `Habeck's` stays whole)."""
    found = (word.strip(_EDGES).casefold() for word in text.split())
    return tuple(word for word in found if word)


def initials(name: str) -> str | None:
    """The initials of a name of two words or more, less its small words, in
    capitals (`SZ` for Süddeutsche Zeitung, `AKK` for Annegret
    Kramp-Karrenbauer); None for a name of one."""
    words = [w for w in words_of(name.replace("-", " ")) if w not in SMALL_WORDS]
    if len(words) < 2:
        return None
    return "".join(word[0] for word in words).upper()


@dataclass(frozen=True, slots=True)
class LabelOwner:
    """Whom a label names, when not the quote's own people."""

    #: "interviewer" (a label such as `Q:`), "outlet" (it names the source's
    #: outlet), "actor" (another actor's name); a court record's "examiner"
    #: (`Q.`) and "witness" (`A.`)
    kind: str
    #: the outlet's or the actor's name; the examiner's as the record's `BY
    #: …:` line gives it; "" for an interviewer's label
    name: str = ""
    actor_id: str = ""


class TurnNames:
    """The names of a briefing's actors and its sources' outlets, as a turn's
    label may give them."""

    def __init__(
        self,
        actors: Mapping[str, RawRecord],
        sources: Mapping[str, RawRecord],
        language: object = None,
    ) -> None:
        self._actors = actors
        self._sources = sources
        letter = INTERVIEWER_LETTERS.get(primary_language(language) or "")
        #: the first words of an interviewer's label, in the briefing's language
        self._interviewer = INTERVIEWER_WORDS | {letter} if letter else INTERVIEWER_WORDS
        #: each actor's strict forms (whole names, aliases, a person's
        #: surname) as word tuples, to the actors who have them: made once
        #: a quote stands in a turn
        self._forms: dict[tuple[str, ...], set[str]] | None = None
        #: each role's head word, to its actors (`roles`)
        self._heads: dict[str, set[str]] | None = None
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] | None = None
        #: each person's own name's forms (whole, surname), made once asked
        self._name_forms: dict[tuple[str, ...], set[str]] | None = None
        #: who is affiliated with each actor
        self._members: dict[str, set[str]] | None = None
        self._owners: dict[tuple[str, tuple[str, ...], str], LabelOwner | None] = {}

    def owner(self, label: str, speakers: tuple[str, ...], source_id: str) -> LabelOwner | None:
        """Whom `label` names when it is someone's other than `speakers` (the
        quote's speaker and reported_by, actor ids); None when it is theirs, or
        names nobody known. Read once for each label, speakers and source: a
        transcript's quotes meet the same few again and again."""
        key = (label, speakers, source_id)
        if key not in self._owners:
            self._owners[key] = self._owner(label, speakers, source_id)
        return self._owners[key]

    def _owner(self, label: str, speakers: tuple[str, ...], source_id: str) -> LabelOwner | None:
        words = words_of(label)
        if not words:
            return None
        people = [ident for ident in speakers if ident in self._actors]
        if not people:
            return None  # a speaker that names no actor: an error of its own
        # States own a label only among states (a council's `UNITED KINGDOM:`
        # is not the United States'); elsewhere `BEIJING:` is a dateline.
        kinds = (
            ("person", "state") if any(self._kind(i) == "state" for i in people) else ("person",)
        )
        whole = self._whole_owner(words, kinds)
        if whole is not None and not any(self._one_of(whole, ident) for ident in people):
            # the label is another's name or alias whole: `THE VICE PRESIDENT:`
            # is Kamala Harris's, though its word "president" is also one of
            # Joe Biden's (a trial of transcripts)
            return LabelOwner("actor", self.name_of(whole), whole)
        body = self._whole_owner(words, _BODIES) if len(words) > 1 else None
        if body is not None:
            # a body's whole name of two words or more (`the Environment
            # Agency`), not a person's by a word of it: `Environment` of a
            # Secretary of State for Environment (a review)
            theirs = any(self._one_of(body, ident) for ident in people)
            return None if theirs else LabelOwner("actor", self.name_of(body), body)
        named = self._people_by_name(words)
        if named and not any(self._one_of(n, ident) for n in named for ident in people):
            # another person's own name or surname stands in it, and none of
            # the quote's people's: `VICE PRESIDENT HARRIS:` is not Biden's by
            # the title word they share, nor `The Prime Minister (Keir
            # Starmer):` a minister's (the review)
            return LabelOwner("actor", self.name_of(named[0]), named[0])
        if any(self._names_own(label, words, ident) for ident in people):
            return None
        outlet = self._outlet(source_id)
        if words[0] in self._interviewer:
            if outlet is not None and self._outlet_is_theirs(outlet, people):
                return None  # the interviewer's own words, quoted as theirs
            return LabelOwner("interviewer")
        for ident in self._named(words, bodies_whole=True):
            actor = self._actors[ident]
            if self._kind(ident) == "state":
                continue  # `BEIJING:` is a dateline, not China's turn (a trial of transcripts)
            return LabelOwner("actor", actor.text("name") or ident, ident)
        if outlet is not None and _names_outlet(label, words, outlet):
            if self._outlet_is_theirs(outlet, people):
                return None
            return LabelOwner("outlet", outlet)
        return None

    def is_theirs(self, label: str, speakers: tuple[str, ...]) -> bool:
        """Whether `label` names one of `speakers` (actor ids), leniently: a word
        of a name, an alias, initials, an actor they belong to."""
        words = words_of(label)
        return bool(words) and any(
            self._names_own(label, words, ident) for ident in speakers if ident in self._actors
        )

    def names_anyone(self, label: str, source_id: str) -> bool:
        """Whether `label` names someone the briefing knows: an interviewer, an
        actor that is not a state (`BEIJING:` is a dateline), or the source's
        outlet."""
        words = words_of(label)
        if not words:
            return False
        if words[0] in self._interviewer:
            return True
        if any(self._kind(i) != "state" for i in self._named(words)):
            return True
        outlet = self._outlet(source_id)
        return outlet is not None and _names_outlet(label, words, outlet)

    def roles(self, idents: tuple[str, ...]) -> list[tuple[str, ...]]:
        """How a report may name the actors by their roles, each as words case
        folded, less small words: the whole role (`("leader", "council")` of
        `Leader of the Council`), and its head word alone (`son` of `son of
        Margaret Ellery`, `minister` of `Transport Minister`) when no other
        actor's role has that head (a Prime Minister beside: `the minister`
        may be either)."""
        heads = self._role_heads()
        found: list[tuple[str, ...]] = []
        for ident in idents:
            words = self._role(ident)
            if words:
                found.append(words)
                head = _head(words, self._actors[ident].text("role") or "")
                if len(words) > 1 and heads.get(head) == {ident}:
                    found.append((head,))
        return found

    def roles_by_first_word(self) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Every actor's `roles`, by their first word: (the role's words, its actor)."""
        if self._by_first is None:
            self._by_first = {}
            for ident in self._actors:
                for role in self.roles((ident,)):
                    self._by_first.setdefault(role[0], []).append((role, ident))
        return self._by_first

    def _role(self, ident: str) -> tuple[str, ...]:
        actor = self._actors.get(ident)
        role = actor.text("role") if actor is not None else None
        return tuple(w for w in words_of(role or "") if w not in SMALL_WORDS)

    def _role_heads(self) -> dict[str, set[str]]:
        """Each role's head word, to the actors whose role it heads."""
        if self._heads is None:
            self._heads = {}
            for ident, actor in self._actors.items():
                words = self._role(ident)
                if words:
                    head = _head(words, actor.text("role") or "")
                    self._heads.setdefault(head, set()).add(ident)
        return self._heads

    def names_a_place(self, label: str) -> bool:
        """Whether `label`, in capitals, is the alias of a state or a body, as
        a dateline names its city (`BRUSSELS:` for the EU, `BEIJING:` for
        China): read as their turn, a wire story's first paragraph, and those
        after it, were taken for the speaker's words (a review)."""
        words = words_of(label)
        if not words or len(words) > _PLACE_WORDS or not label.isupper():
            return False
        named = self._named(words)
        return bool(named) and all(
            not self._is_person(ident)
            and words not in {words_of(name) for name in _names(self._actors[ident])[:1]}
            for ident in named
        )

    def publishes(self, source_id: str, ident: str) -> bool:
        """Whether the source's outlet is the actor `ident` itself, by its name
        or an alias (a press release: every word of it is the publisher's,
        those it quotes too)."""
        outlet = self._outlet(source_id)
        return outlet is not None and self._is_form_of(
            _without_trailing(words_of(outlet), _PUBLISHER_WORDS), ident
        )

    def narrates(self, source_id: str, ident: str) -> bool:
        """Whether the source's narration is the actor `ident`'s own words: it
        publishes it (`publishes`), or one of the source's `credits` is its
        name or an alias (a judgment credited to its judge, a report to its
        committee, a licence to its foundation, published by a court, a
        parliament, a website: a trial of long documents had every quote of a
        judge's own words warned as narration). Not the words it quotes: a
        witness's quoted in a judgment are the witness's."""
        return self.publishes(source_id, ident) or self.credited(source_id, ident)

    def credited(self, source_id: str, ident: str) -> bool:
        """Whether one of the source's `credits` is the actor `ident`'s name or
        an alias: its narration is theirs, not the words it quotes."""
        source = self._sources.get(source_id)
        credits = source.value("credits") if source is not None else None
        if not isinstance(credits, (tuple, list)):
            return False
        return any(
            isinstance(credit, str) and self._is_form_of(words_of(credit), ident)
            for credit in credits
        )

    def _is_form_of(self, words: tuple[str, ...], ident: str) -> bool:
        """Whether `words` are a whole name or alias of the actor `ident`, a
        leading article aside (`The Guardian`)."""
        if not words or ident not in self._actors:
            return False
        # the one actor's forms, made for this question and let go: every
        # actor's (`_strict_forms`), made for a source's credits at every
        # quote, were 25 MiB more at x1000
        actor = self._actors[ident]
        named = {word for name in _names(actor) for word in words_of(name)}
        if named.isdisjoint(words):
            return False  # (most: `credits: [AFP, AP]`, asked of every speaker)
        forms = _strict(actor)
        return words in forms or _without_leading_small(words) in forms

    def person_named(self, label: str) -> str | None:
        """The one person `label` names strictly (a whole name, an alias, a
        surname: `MR. SMITH` for John Smith); None for none, or for two (a
        witness may share the examiner's surname)."""
        found = [ident for ident in self._named(words_of(label)) if self._is_person(ident)]
        return found[0] if len(found) == 1 else None

    def name_of(self, ident: str) -> str:
        """An actor's name (its id where it has none)."""
        actor = self._actors.get(ident)
        name = actor.text("name") if actor is not None else None
        return name or ident

    def _names_own(self, label: str, words: tuple[str, ...], ident: str) -> bool:
        """Whether a label names the actor `ident` (leniently: a word of a name,
        its initials) or an actor it belongs to or that belongs to it
        (strictly: a whole name, its initials)."""
        actor = self._actors[ident]
        names = _names(actor)
        own = {word for name in names for word in words_of(name) if word not in SMALL_WORDS}
        if own.intersection(words):
            return True
        bare = label.strip(_EDGES)
        capitals = _is_initials(bare)
        if capitals and any(initials(name) == bare for name in names):
            return True
        related = set(actor.ids("affiliations")) | self._members_of(ident)
        if not related:
            return False
        if related.intersection(self._named(words)):
            return True
        return capitals and any(
            initials(self._actors[other].text("name") or "") == bare
            for other in related
            if other in self._actors
        )

    def _members_of(self, ident: str) -> set[str]:
        """The actors affiliated with `ident`."""
        if self._members is None:
            self._members = {}
            for member, actor in self._actors.items():
                for group in actor.ids("affiliations"):
                    self._members.setdefault(group, set()).add(member)
        return self._members.get(ident, set())

    def _named(self, words: tuple[str, ...], bodies_whole: bool = False) -> list[str]:
        """The actors a label's words name strictly: one of their forms stands
        in it, whole, as words of its own; with `bodies_whole`, an actor that
        is no person only when its form is the whole label (`KREMLIN
        SPOKESMAN:` is a person of the Kremlin's, maybe the speaker)."""
        forms = self._strict_forms()
        whole = _without_leading_small(words)
        found: list[str] = []
        for start, end in itertools.combinations(range(len(words) + 1), 2):
            part = words[start:end]
            for ident in sorted(forms.get(part, ())):
                if ident in found:
                    continue
                if bodies_whole and part not in (words, whole) and not self._is_person(ident):
                    continue
                found.append(ident)
        return found

    def _one_of(self, person: str, ident: str) -> bool:
        """Whether `person` is the actor `ident`, belongs to it, or it to them
        (an organisation's spokesperson speaks for it)."""
        related = set(self._actors[ident].ids("affiliations")) | self._members_of(ident)
        return person == ident or person in related

    def _people_by_name(self, words: tuple[str, ...]) -> list[str]:
        """The people whose own name (whole, or its surname) stands in a label's
        words, not an alias: a title an alias holds is shared too often."""
        if self._name_forms is None:
            self._name_forms = {}
            for ident, actor in self._actors.items():
                if self._is_person(ident):
                    for form in _own_name_forms(actor):
                        self._name_forms.setdefault(form, set()).add(ident)
        found: list[str] = []
        for start, end in itertools.combinations(range(len(words) + 1), 2):
            for ident in sorted(self._name_forms.get(words[start:end], ())):
                if ident not in found:
                    found.append(ident)
        return found

    def _whole_owner(self, words: tuple[str, ...], kinds: tuple[str, ...]) -> str | None:
        """The one actor of `kinds` whose name or alias is the whole label (its
        leading small words aside); None for none, or for two."""
        forms = self._strict_forms()
        owners = forms.get(words, set()) | forms.get(_without_leading_small(words), set())
        found = [ident for ident in owners if self._kind(ident) in kinds]
        return found[0] if len(found) == 1 else None

    def _kind(self, ident: str) -> str:
        return str(self._actors[ident].value("kind"))

    def _is_person(self, ident: str) -> bool:
        return self._kind(ident) == "person"

    def is_person(self, ident: str) -> bool:
        """Whether `ident` is an actor of the briefing, and a person."""
        return ident in self._actors and self._is_person(ident)

    def _strict_forms(self) -> dict[tuple[str, ...], set[str]]:
        if self._forms is None:
            self._forms = {}
            for ident, actor in self._actors.items():
                for form in _strict(actor):
                    self._forms.setdefault(form, set()).add(ident)
        return self._forms

    def _outlet(self, source_id: str) -> str | None:
        source = self._sources.get(source_id)
        outlet = source.text("outlet") if source is not None else None
        return outlet if outlet and outlet.strip() else None

    def _outlet_is_theirs(self, outlet: str, people: list[str]) -> bool:
        """Whether the source's outlet is the quote's speaker or reported_by, or
        one they belong to: the interviewer's words may then be theirs."""
        words = words_of(outlet)
        return any(self._names_own(outlet, words, ident) for ident in people)


def _head(words: tuple[str, ...], role: str) -> str:
    """A role's head word: the first before `of` (`son of …`, `leader of
    …`), else the last (`Transport Minister`)."""
    folded = words_of(role)
    if "of" in folded and folded.index("of") > 0:
        return folded[folded.index("of") - 1]
    return words[-1]


#: The most words of a dateline's place (`RIO DE JANEIRO`).
_PLACE_WORDS = 3


def _names(actor: RawRecord) -> list[str]:
    """An actor's name, then its aliases."""
    name = actor.text("name")
    aliases = actor.value("aliases")
    found = [name] if name else []
    if isinstance(aliases, (tuple, list)):
        found += [alias for alias in aliases if isinstance(alias, str)]
    return found


def _own_name_forms(actor: RawRecord) -> set[tuple[str, ...]]:
    """A person's name, whole and without its leading small words, and its surname."""
    name = actor.text("name")
    if not name:
        return set()
    whole = words_of(name)
    forms = {whole, _without_leading_small(whole)}
    if whole and len(whole[-1]) >= SHORTEST_SURNAME and whole[-1] not in SMALL_WORDS:
        forms.add(whole[-1:])
    return {form for form in forms if form}


def _strict(actor: RawRecord) -> set[tuple[str, ...]]:
    """An actor's whole names and aliases, also without their leading small
    words (`ZEIT` for Die Zeit), and a person's surname, as words."""
    forms = {words_of(name) for name in _names(actor)}
    forms |= {_without_leading_small(form) for form in forms}
    if str(actor.value("kind")) == "person":
        forms |= _own_name_forms(actor)  # its surname
    return {form for form in forms if form and not all(w in SMALL_WORDS for w in form)}


#: Words after a publisher's name in an outlet ("Nordavia ASA", "Nordavia press
#: office", "Nordavia Group newsroom": the review).
_PUBLISHER_WORDS = frozenset(
    """asa as ab ag sa se nv bv oy oyj spa plc ltd limited inc corp corporation llc
    gmbh co company group holding holdings press office newsroom media relations
    communications""".split()
)


def _without_trailing(form: tuple[str, ...], words: frozenset[str]) -> tuple[str, ...]:
    """`form` less the words of `words` at its end (never all of it)."""
    end = len(form)
    while end > 1 and form[end - 1] in words:
        end -= 1
    return form[:end]


def _without_leading_small(form: tuple[str, ...]) -> tuple[str, ...]:
    index = 0
    while index < len(form) and form[index] in SMALL_WORDS:
        index += 1
    return form[index:]


def _is_initials(word: str) -> bool:
    """One word in capitals, two to five letters (`SZ`, `AKK`)."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _names_outlet(label: str, words: tuple[str, ...], outlet: str) -> bool:
    """Whether a label names the source's outlet: its words but the small ones
    are words of the outlet's name (`ZEIT` for DIE ZEIT, `SPIEGEL` for Der
    Spiegel; not `PRESS SECRETARY` for Associated Press), or its initials
    (`SZ`, `FAZ`)."""
    own = {word for word in words if word not in SMALL_WORDS}
    if own and own <= set(words_of(outlet)):
        return True
    bare = label.strip(_EDGES)
    return _is_initials(bare) and initials(outlet) == bare
