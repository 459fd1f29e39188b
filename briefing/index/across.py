"""One actor across the library: which actors of different briefings are the same.

An actor is looked for by id, name or alias (`named`). Two actors of different
briefings are the same actor when they share a `same_as` URI (the contract's
field for that; compared as `same_as_key` says: http and https alike, the
host in any case), or else when their id and name both match — unless each has
`same_as` URIs and none is shared: two "John Smith"s that say who they are,
differently, are two people. Sameness carries through: if A is B and B is C, A
is C, so actors are grouped.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from briefing.index.rows import ActorAppearance
from briefing.records.folding import Query, fold
from briefing.records.same_as import same_as_key

Key = tuple[str, str]  # (briefing id, actor id)


def groups(appearances: Iterable[ActorAppearance]) -> dict[Key, list[ActorAppearance]]:
    """Each appearance's group of the same actor across briefings, by (briefing, actor)."""
    every = list(appearances)
    parent = list(range(len(every)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    by_uri: dict[str, int] = {}
    by_id_and_name: dict[tuple[str, str], list[int]] = {}
    for index, appearance in enumerate(every):
        for uri in appearance.same_as:
            key = same_as_key(uri)
            if key in by_uri:
                join(index, by_uri[key])
            else:
                by_uri[key] = index
        by_id_and_name.setdefault((appearance.actor_id, appearance.name), []).append(index)
    for indexes in by_id_and_name.values():
        first = indexes[0]
        for other in indexes[1:]:
            if not _say_otherwise(every[first], every[other]):
                join(first, other)
    members: dict[int, list[ActorAppearance]] = {}
    for index, appearance in enumerate(every):
        members.setdefault(root(index), []).append(appearance)
    return {
        (appearance.briefing_id, appearance.actor_id): members[root(index)]
        for index, appearance in enumerate(every)
    }


def _say_otherwise(a: ActorAppearance, b: ActorAppearance) -> bool:
    """Both say who they are outside the briefing, and not alike."""
    return bool(a.same_as) and bool(b.same_as) and not _keys(a) & _keys(b)


def _keys(appearance: ActorAppearance) -> set[str]:
    """The appearance's `same_as` URIs as they are compared (`same_as_key`)."""
    return {same_as_key(uri) for uri in appearance.same_as}


def elsewhere(
    appearances: Iterable[ActorAppearance], briefing_id: str, actor_id: str
) -> list[ActorAppearance]:
    """The same actor in the other briefings (one appearance per briefing)."""
    found = groups(appearances).get((briefing_id, actor_id), [])
    return _one_per_briefing(a for a in found if a.briefing_id != briefing_id)


def named(appearances: Iterable[ActorAppearance], id_or_name: str) -> list[ActorAppearance]:
    """Every briefing's appearance of the actor with this id, name or alias (case,
    accents and spacing aside), and of the actors that are the same as it.

    Aliases count as names: `Truss`, an alias of Liz Truss, found no one, and
    the hint offered `russia` (a new user's trial). In a briefing where one
    actor is so named and another so aliased, the one so named is listed.
    """
    every = list(appearances)
    wanted = _as_typed(id_or_name)
    grouped = groups(every)
    by_name = [a for a in every if wanted in (a.actor_id, _as_typed(a.name))]
    by_alias = [a for a in every if wanted in {_as_typed(alias) for alias in a.aliases}]
    found: list[ActorAppearance] = []
    for appearance in [*by_name, *by_alias]:
        found.extend(grouped[(appearance.briefing_id, appearance.actor_id)])
    return _one_per_briefing(found)


def named_by_words(
    appearances: Iterable[ActorAppearance], typed: str
) -> list[list[ActorAppearance]]:
    """The actors whose name or an alias has every word of `typed` beginning a
    word of it (`okafor`, `helen`), each actor with its appearances across the
    briefings: one list for one actor, several where the words name several.

    For what `named` finds no one by: only the bundled briefing's alias
    `Truss` made `--actor truss` work, `--actor okafor` found no Helen
    Okafor (an author's trial).
    """
    query = Query(typed)
    if not query:
        return []
    every = list(appearances)
    grouped = groups(every)
    found: dict[int, list[ActorAppearance]] = {}  # by the id of its group
    for appearance in every:
        if any(query.matches(text) for text in (appearance.name, *appearance.aliases)):
            group = grouped[(appearance.briefing_id, appearance.actor_id)]
            found.setdefault(id(group), group)
    return [_one_per_briefing(group) for group in found.values()]


def nearest_name(appearances: Iterable[ActorAppearance], typed: str) -> str | None:
    """The id, name or alias nearest to `typed`, which `named` finds no one by, or None.

    Compared as `named` compares them, case and accents aside: `Trus` is
    nearest to the alias `Truss`, not the id `russia`.
    """
    said: dict[str, str] = {}  # each folded text, as first written
    for appearance in appearances:
        for text in (appearance.name, *appearance.aliases, appearance.actor_id):
            said.setdefault(_as_typed(text), text)
    wanted = _as_typed(typed)
    best: tuple[float, str] | None = None  # (likeness, the text offered)
    for folded, text in said.items():
        likeness = _likeness(wanted, folded)
        if likeness >= 0.6 and (best is None or likeness > best[0]):
            best = (likeness, text)
    if " " not in wanted:
        # One word mistyped (`lizz`) is nearer a word of a name than the whole
        # of it, which offered nothing; and a weak likeness to a whole name
        # must not hide a strong one to a word (`defence` offered 'France', not
        # the Defense Ministry: a review). A word of several names is offered
        # itself (`presidnt`: 'President'), which lists them.
        names_of: dict[str, set[str]] = {}
        written: dict[str, str] = {}
        for folded, text in said.items():
            for word, as_written in zip(folded.split(), text.split(), strict=False):
                names_of.setdefault(word, set()).add(text)
                written.setdefault(word, as_written)
        for word, names in names_of.items():
            likeness = _likeness(wanted, word)
            if likeness >= 0.75 and (best is None or likeness > best[0]):
                best = (likeness, next(iter(names)) if len(names) == 1 else written[word])
    return best[1] if best is not None else None


def _likeness(one: str, other: str) -> float:
    return difflib.SequenceMatcher(None, one, other).ratio()


def _as_typed(text: str) -> str:
    """`text` as a name is compared: folded, its spaces one space."""
    return " ".join(fold(text).split())


def _one_per_briefing(found: Iterable[ActorAppearance]) -> list[ActorAppearance]:
    kept: dict[str, ActorAppearance] = {}
    for appearance in found:
        kept.setdefault(appearance.briefing_id, appearance)
    return list(kept.values())
