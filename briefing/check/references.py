"""References checked across a briefing's files: each id a record names
(a quote's speaker, an event's sources) is a record's of that kind, or it is
said where it is written, with the id most likely meant: one spelt alike, a
name or an alias of the kind asked for, or another kind of record's id.
"""

from __future__ import annotations

from briefing.check.fields import nearest
from briefing.check.raw import RawRecord
from briefing.records.schema import FIELDS, RECORD_LISTS, RECORD_NAME, Kind, a_record
from briefing.records.text import shown, slug

#: Each kind of record's ids, by section (`actors`: {id: record}).
Ids = dict[str, dict[str, RawRecord]]


def check_references(records: dict[str, list[RawRecord]], ids: Ids, all_read: bool) -> None:
    """Each reference to an id no record of its kind has, said where it is written,
    with what it most likely meant; none while a file could not be read to its
    end (`all_read` False)."""
    if not all_read:
        # The ids of a file that could not be read are unknown: reporting every
        # reference to them would bury the one problem that matters.
        return
    guesses = _Guesses(ids)
    # References to a record whose id was refused (`Grace-Mbeki`, said once,
    # at the id) are not each said to name nothing (an author's trial).
    refused = {
        section: {slug(r.refused_id) for r in records[section] if r.refused_id}
        for section in RECORD_LISTS
    }
    for section in RECORD_LISTS:
        fields = _reference_fields(section)
        for record in records[section]:
            for name, spec_target in fields:
                known = ids[spec_target]
                for position, ident in enumerate(record.ids(name)):
                    if ident in known:
                        continue
                    if slug(ident) in refused[spec_target]:
                        record.complete = False
                        continue
                    _ident, node = record.references(name)[position]
                    guess = guesses.guess(spec_target, ident)
                    record.complete = False
                    record.sink.error(
                        node.line,
                        node.column,
                        "unknown-reference",
                        f"there is no {RECORD_NAME[spec_target]} with the id {shown(ident)}",
                        _reference_hint(ids, name, spec_target, ident, guess),
                    )


def _reference_hint(ids: Ids, name: str, target: str, ident: str, guess: str | None) -> str | None:
    """What an unknown reference most likely meant. An id of another kind of
    record is said first: `speaker: chronicle`, a source's id, was told "did
    you mean 'city-council'?", an actor's id spelt nothing like it (an
    author's trial)."""
    other = _other_kind_hint(ids, name, target, ident)
    if other is None:
        return f"did you mean {shown(guess)}?" if guess else None
    return f"{other}; or did you mean {shown(guess)}?" if guess else other


def _other_kind_hint(ids: Ids, name: str, target: str, ident: str) -> str | None:
    """`reported_by: upi` where 'upi' is a source: say so (a new author's trial),
    rather than leave "there is no actor with the id 'upi'" a riddle."""
    other = next((s for s in RECORD_LISTS if s != target and ident in ids.get(s, {})), None)
    if other is None:
        return None
    return (
        f"{shown(ident)} is the id of {a_record(other)}; {name} takes {a_record(target)}'s id"
        f" (add the {RECORD_NAME[target]} to {target}, with an id of its own)"
    )


#: Spellings compared, over a whole check, in search of the nearest id: about
#: two seconds. A large briefing with hundreds of different unknown ids then
#: still gets a guess for a name, an alias or an id's end, and no more waiting.
NEAREST_BUDGET = 1_500_000


class _Guesses:
    """The id an unknown reference most likely meant, for a did-you-mean.

    Other spellings of the ids are gathered only once a reference is
    unknown, once per section: a briefing with none pays nothing. Each
    unknown id is guessed once (a renamed actor is named in many quotes).
    """

    def __init__(self, ids: dict[str, dict[str, RawRecord]]) -> None:
        self._ids = ids
        self._spellings: dict[str, tuple[dict[str, str], list[str]]] = {}
        self._guessed: dict[tuple[str, str], str | None] = {}
        self._budget = NEAREST_BUDGET

    def guess(self, section: str, ident: str) -> str | None:
        if (section, ident) not in self._guessed:
            self._guessed[section, ident] = self._guess(section, ident)
        return self._guessed[section, ident]

    def _guess(self, section: str, ident: str) -> str | None:
        if section not in self._spellings:
            spellings = _spellings(section, self._ids[section])
            self._spellings[section] = spellings, list(spellings)
        spellings, choices = self._spellings[section]
        named = spellings.get(slug(ident))
        if named is not None:
            return named
        if len(choices) > self._budget:
            return None
        self._budget -= len(choices)
        close = nearest(ident, choices)
        return spellings[close] if close is not None else None


def _spellings(section: str, known: dict[str, RawRecord]) -> dict[str, str]:
    """Other ways an author may name a record, as ids would spell them, with its id.

    An actor is often named by its name, an alias, or the end of its id
    (`barroso` for `jose-manuel-barroso`, who has the alias "Barroso").
    """
    spellings: dict[str, str] = {}
    for ident, record in known.items():
        words = ident.split("-")
        for start in range(1, len(words)):
            spellings.setdefault("-".join(words[start:]), ident)
        if section != "actors":
            continue
        names = [record.value("name"), *_texts(record.value("aliases"))]
        for name in names:
            if isinstance(name, str):
                spellings.setdefault(slug(name), ident)
    for ident in known:  # an id is always itself
        spellings[ident] = ident
    return spellings


def _texts(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, tuple) else []


def _reference_fields(section: str) -> list[tuple[str, str]]:
    return [
        (spec.name, spec.target)
        for spec in FIELDS[section].values()
        if spec.kind is Kind.REF and spec.target
    ]
