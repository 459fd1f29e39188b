"""One actor across the library: which actors of different briefings are the same.

Two actors of different briefings are the same actor when they share a
`same_as` URI (the contract's field for that), or else when their id and
name both match — unless each has `same_as` URIs and none is shared: two
"John Smith"s that say who they are, differently, are two people. Sameness
carries through: if A is B and B is C, A is C, so actors are grouped.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.index.rows import ActorAppearance
from briefing.records.folding import fold

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
            if uri in by_uri:
                join(index, by_uri[uri])
            else:
                by_uri[uri] = index
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
    return bool(a.same_as) and bool(b.same_as) and not set(a.same_as) & set(b.same_as)


def elsewhere(
    appearances: Iterable[ActorAppearance], briefing_id: str, actor_id: str
) -> list[ActorAppearance]:
    """The same actor in the other briefings (one appearance per briefing)."""
    found = groups(appearances).get((briefing_id, actor_id), [])
    return _one_per_briefing(a for a in found if a.briefing_id != briefing_id)


def named(appearances: Iterable[ActorAppearance], id_or_name: str) -> list[ActorAppearance]:
    """Every briefing's appearance of the actor with this id or name (case and accents
    aside), and of the actors that are the same as it."""
    every = list(appearances)
    wanted = fold(id_or_name.strip())
    grouped = groups(every)
    found: list[ActorAppearance] = []
    for appearance in every:
        if wanted in (appearance.actor_id, fold(appearance.name)):
            found.extend(grouped[(appearance.briefing_id, appearance.actor_id)])
    return _one_per_briefing(found)


def _one_per_briefing(found: Iterable[ActorAppearance]) -> list[ActorAppearance]:
    kept: dict[str, ActorAppearance] = {}
    for appearance in found:
        kept.setdefault(appearance.briefing_id, appearance)
    return list(kept.values())
