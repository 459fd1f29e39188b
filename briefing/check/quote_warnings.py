"""The checker's warnings about each quote, for the reader to state them.

`briefing check` warns of quotes that the contract allows but that may read
differently from their source: "we won" taken from "we won't", an insertion
that stands for words it leaves out, a date after its source's. The library
counted them; inside the briefing a warned quote was shown as a sound one (a
review: "we won" read as said). Each quote now carries the warnings located
in its record.

A warning is located where its value was written (line, column of its file).
A record keeps where its mapping starts, not where it ends: every record of a
file is a mapping in one of the file's sections, none inside another, so the
record a place lies in is the one of that file that starts last at or before
it. Every record of the file is counted, whatever its section, so a warning
about an actor or a source after a quote never falls to that quote; one
before any record (a file's `yaml-outside`, at its start) falls to none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

from briefing.check.raw import RawRecord
from briefing.records.model import CheckerWarning
from briefing.records.problems import Problem

#: The warnings of each quote that has any, by its id.
QuoteWarnings = dict[str, tuple[CheckerWarning, ...]]


def quote_warnings(
    records: Mapping[str, Sequence[RawRecord]], problems: Iterable[Problem]
) -> QuoteWarnings:
    """The warnings among `problems` that lie in a quote's record, by the quote's id.

    `records`: every record of the folder, by section (checked, not yet built);
    `problems`: the folder's, sorted by place, so that each quote's warnings
    come in the order of their places.
    """
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        if not problem.is_error:
            by_file.setdefault(problem.file, []).append(problem)
    if not by_file:
        return {}
    starts: dict[str, list[tuple[int, int, str | None]]] = {}
    for section, listed in records.items():
        for record in listed:
            file = record.sink.file
            if file not in by_file:
                continue  # the most files: no warning at all
            at = record.at
            owner = record.id if section == "quotes" else None
            starts.setdefault(file, []).append((at.line, at.column, owner))
    found: dict[str, list[CheckerWarning]] = {}
    for file, warned in by_file.items():
        ordered = sorted(starts.get(file, ()), key=lambda start: start[:2])
        places = [start[:2] for start in ordered]
        for problem in warned:
            index = bisect_right(places, (problem.line, problem.column)) - 1
            owner = ordered[index][2] if index >= 0 else None
            if owner is not None:
                warning = CheckerWarning(problem.code, problem.message, problem.hint)
                found.setdefault(owner, []).append(warning)
    return {ident: tuple(warnings) for ident, warnings in found.items()}
