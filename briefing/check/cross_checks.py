"""Checks of records against one another: a quote said after its source was
published, and actors affiliated in a loop."""

from __future__ import annotations

from briefing.check.date_order import comparable, surely_after
from briefing.check.raw import RawRecord
from briefing.check.references import Ids
from briefing.records.text import shown


def check_said_before_published(records: dict[str, list[RawRecord]], ids: Ids) -> None:
    """A quote said after its source was published: surely a slip of the year
    or the month (`said: 2052-03-14` for a source of 2025: an author's trial).
    Only when it cannot be otherwise: the earliest the quote may have been
    said is over a day after the latest its source may have been published
    (a day: local times and time zones), and neither date is approximate."""
    sources = ids["sources"]
    for record in records["quotes"]:
        said = comparable(record.value("said"))
        source = sources.get(record.text("source") or "")
        if said is None or source is None:
            continue
        published = comparable(source.value("published"))
        if published is None or not surely_after(said, published):
            continue  # approximate or uncertain: it may be otherwise
        node = record.place("said")
        record.sink.warning(
            node.line,
            node.column,
            "said-after-published",
            f"this quote's date ({said.describe()}) is after its source "
            f"{shown(source.id or '')} was published ({published.describe()})",
            "check both dates",
        )


def check_affiliation_cycles(ids: Ids) -> None:
    """Report every loop in the affiliation graph once, spelt out: a → b → a."""
    actors = ids["actors"]
    graph = {ident: _ids(record.value("affiliations")) for ident, record in actors.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    reported: set[frozenset[str]] = set()
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        path.append(start)
        while stack:
            ident, position = stack[-1]
            edges = graph.get(ident, ())
            if position >= len(edges):
                stack.pop()
                path.pop()
                state[ident] = 2
                continue
            stack[-1] = (ident, position + 1)
            target = edges[position]
            if target not in graph:
                continue
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                members = frozenset(cycle)
                if members not in reported:
                    reported.add(members)
                    record = actors[ident]
                    _target, node = record.references("affiliations")[position]
                    record.sink.error(
                        node.line,
                        node.column,
                        "affiliation-cycle",
                        "affiliations go round in a circle: " + " → ".join(cycle),
                        "an actor cannot belong, even indirectly, to itself",
                    )
            elif not state.get(target):
                state[target] = 1
                path.append(target)
                stack.append((target, 0))


def _ids(value: object) -> tuple[str, ...]:
    """The ids of a list of references (a checked value, or None)."""
    return value if isinstance(value, tuple) else ()
