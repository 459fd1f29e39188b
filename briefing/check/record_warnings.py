"""The checker's warnings about each record (source, actor, event, quote),
for the reader to state them.

`briefing check` warns of quotes that the contract allows but that may read
differently from their source: "we won" taken from "we won't", an insertion
that stands for words it leaves out, a date after its source's. The library
counted them; inside the briefing a warned quote was shown as a sound one (a
review: "we won" read as said). Each quote now carries the warnings located
in its record. So does each event: its `when_text` naming a weekday its date
is not ("on Wednesday morning" for a Monday), words its sources do not hold,
a time without the offset the others have; the chronology showed such an
event as a sound one, and only `briefing check` and the `!` list told. And
so do each actor and each source: two actors the reader cannot tell apart
("Tomás Reyes" and "Tomas Reyes", both Council leader), a same_as another
actor has, a hidden character in a name, a source published after the
briefing's as_of.

A warning is located where its value was written (line, column of its file).
A record keeps where its mapping starts, not where it ends: every record of a
file is a mapping in one of the file's sections, none inside another, so the
record a place lies in is the one of that file that starts last at or before
it. Every record of the file is counted, whatever its section, so a warning
about an actor after a quote never falls to that quote; one before any
record (a file's `yaml-outside`, at its start) or in the briefing's own
mapping falls to none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

from briefing.check.raw import RawRecord
from briefing.records.model import CheckerWarning
from briefing.records.problems import Problem
from briefing.records.schema import RECORD_LISTS

#: The sections whose records carry their warnings (`Source.warnings`,
#: `Actor.warnings`, `Event.warnings`, `Quote.warnings`): every list of records.
WARNED_SECTIONS = RECORD_LISTS
#: The warnings of each record that has any, by its id.
Warnings = dict[str, tuple[CheckerWarning, ...]]
#: Those of each section of WARNED_SECTIONS, by the section.
RecordWarnings = dict[str, Warnings]


def record_warnings(
    records: Mapping[str, Sequence[RawRecord]], problems: Iterable[Problem]
) -> RecordWarnings:
    """The warnings among `problems` that lie in a record of a list (a
    source, an actor, an event, a quote), by section (every one of
    WARNED_SECTIONS) and the record's id.

    `records`: every record of the folder, by section (checked, not yet built);
    `problems`: the folder's, sorted by place, so that each record's warnings
    come in the order of their places.
    """
    found: dict[str, dict[str, list[CheckerWarning]]] = {s: {} for s in WARNED_SECTIONS}
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        if not problem.is_error:
            by_file.setdefault(problem.file, []).append(problem)
    if not by_file:
        return {section: {} for section in WARNED_SECTIONS}
    starts: dict[str, list[tuple[int, int, str, str | None]]] = {}
    for section, listed in records.items():
        warned = section in found
        for record in listed:
            file = record.sink.file
            if file not in by_file:
                continue  # the most files: no warning at all
            at = record.at
            owner = record.id if warned else None
            starts.setdefault(file, []).append((at.line, at.column, section, owner))
    for file, warnings in by_file.items():
        ordered = sorted(starts.get(file, ()), key=lambda start: start[:2])
        places = [start[:2] for start in ordered]
        for problem in warnings:
            index = bisect_right(places, (problem.line, problem.column)) - 1
            if index < 0:
                continue
            _, _, section, owner = ordered[index]
            if owner is not None:
                warning = CheckerWarning(
                    problem.code, problem.message, problem.hint, problem.line, problem.column
                )
                found[section].setdefault(owner, []).append(warning)
    return {
        section: {ident: tuple(warnings) for ident, warnings in by_id.items()}
        for section, by_id in found.items()
    }
