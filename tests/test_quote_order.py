"""Quotes in the order they were said, not the order of the files (issue 13.5)."""

from __future__ import annotations

from pathlib import Path

from conftest import briefing_files, write_folder

from briefing.check.content import check_content
from briefing.records.queries import BriefingQueries

BRIEFING = """\
briefing:
  id: b
  title: T
  as_of: 2022-02-10
sources:
  - id: s
    title: S
actors:
  - id: a
    name: A
    kind: person
  - id: c
    name: C
    kind: person
events:
  - id: early
    title: Early
    when: 2022-02-01
    sources: [s]
  - id: by-third
    title: By the third
    when: ../2022-02-03
    sources: [s]
quotes:
  - id: undated
    text: words with no date
    speaker: a
    source: s
  - id: said-fifth
    text: words of the fifth
    speaker: a
    source: s
    said: 2022-02-05
  - id: at-early-event
    text: words at the early event
    speaker: c
    source: s
    event: early
  - id: same-day-first
    text: the first of the fourth
    speaker: a
    source: s
    said: 2022-02-04
  - id: same-day-second
    text: the second of the fourth
    speaker: a
    source: s
    said: 2022-02-04
    reported_by: c
  - id: at-open-start-event
    text: words by the third
    speaker: c
    source: s
    event: by-third
"""

#: A file whose name sorts before quotes.yaml, holding the latest quote.
EXTRA = """\
quotes:
  - id: extra-latest
    text: the last words
    speaker: a
    source: s
    said: 2022-02-09
"""


def queries(tmp_path: Path) -> BriefingQueries:
    files = briefing_files(**{"briefing.yaml": BRIEFING, "extra.yaml": EXTRA})
    files.pop("sources/s.txt")
    result = check_content(write_folder(tmp_path / "b", files))
    assert result.all_problems() == []
    built = result.folders[0].briefing
    assert built is not None
    return BriefingQueries(built)


def test_quotes_are_in_the_order_said_then_file_order(tmp_path: Path) -> None:
    assert [q.id for q in queries(tmp_path).quotes] == [
        "at-early-event",  # no `said`: its event's date, 1 Feb
        "at-open-start-event",  # its event "by 3 Feb" stands at 3 Feb
        "same-day-first",  # two on 4 Feb: in the order of the file
        "same-day-second",
        "said-fifth",
        "extra-latest",  # in extra.yaml, but said last
        "undated",  # nothing to place it by: after every dated quote
    ]


def test_an_actors_and_an_events_quotes_follow_the_same_order(tmp_path: Path) -> None:
    found = queries(tmp_path)
    assert [q.id for q in found.quotes_by_speaker("a")] == [
        "same-day-first", "same-day-second", "said-fifth", "extra-latest", "undated",
    ]  # fmt: skip
    assert [q.id for q in found.quotes_involving("c")] == [
        "at-early-event", "at-open-start-event", "same-day-second",
    ]  # fmt: skip
