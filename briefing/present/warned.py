"""Which record each of the checker's warnings of a briefing is about.

The index keeps a briefing's warnings as `briefing check` reports them (a
file, a line, a column), and each record the warnings located in it
(`Quote.warnings` ...: briefing.check.record_warnings). The `!` list says
which record each warning is about, and takes the reader there; the library
counted warnings ("11 warnings") where the header counted records warned of
("⚠10 warned"), and a reader saw two numbers for one thing (a trial).

Some warnings are about no record: one in the briefing's own mapping (a
hidden character in its title, a language that is not a tag) or before a
file's first record (a YAML file linked from outside the folder). They are
counted and listed as the briefing's own, not left out.

A warning is matched to a record by what the checker said (its code, message
and hint) and where (its line and column): a record's warnings are the very
problems located in it (briefing.check.record_warnings). By the words alone,
a hidden character in the briefing's title and in a source's was given to
the source, and the source's to the briefing, at the wrong line (a review).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from briefing.records.model import Briefing, CheckerWarning
from briefing.records.problems import Problem
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import counted

#: What matches a record's warning to its problem: what the checker said, and where.
_Said = tuple[str, str, str | None, int, int]


@dataclass(frozen=True, slots=True)
class Warned:
    """One warning of the checker, and the record it is about (None: the briefing itself)."""

    problem: Problem
    record: RecordRef | None


def _warned_records(briefing: Briefing) -> Iterator[tuple[RecordRef, Sequence[CheckerWarning]]]:
    """Each record with its warnings, in the order the files list them by section."""
    for source in briefing.sources:
        yield RecordRef(Kind.SOURCE, source.id), source.warnings
    for actor in briefing.actors:
        yield RecordRef(Kind.ACTOR, actor.id), actor.warnings
    for event in briefing.events:
        yield RecordRef(Kind.EVENT, event.id), event.warnings
    for quote in briefing.quotes:
        yield RecordRef(Kind.QUOTE, quote.id), quote.warnings


def warned(problems: Iterable[Problem], briefing: Briefing) -> list[Warned]:
    """The warnings among `problems` (errors left out), in their order, each
    with the record of `briefing` it is about, or None when it is about none."""
    owners: dict[_Said, deque[RecordRef]] = {}
    for ref, warnings in _warned_records(briefing):
        for warning in warnings:
            said: _Said = (
                warning.code,
                warning.message,
                warning.hint,
                warning.line,
                warning.column,
            )
            owners.setdefault(said, deque()).append(ref)
    found = []
    for problem in problems:
        if problem.is_error:
            continue
        said = (problem.code, problem.message, problem.hint, problem.line, problem.column)
        waiting = owners.get(said)
        found.append(Warned(problem, waiting.popleft() if waiting else None))
    return found


def warnings_counted(found: Sequence[Warned]) -> str:
    """How many warnings, on how many records: `11 warnings on 10 records`; with
    warnings about no record, `3 warnings: 2 on 1 record, 1 on the briefing itself`."""
    records = {item.record for item in found if item.record is not None}
    on_records = sum(1 for item in found if item.record is not None)
    itself = len(found) - on_records
    whole = counted(len(found), "warning")
    on = f"on {counted(len(records), 'record')}"
    if not itself:
        return f"{whole} {on}"
    if not on_records:
        return f"{whole} on the briefing itself"
    return f"{whole}: {on_records} {on}, {itself} on the briefing itself"
