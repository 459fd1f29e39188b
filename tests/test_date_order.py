"""A source published after the briefing's as_of, a quote said outside its
event's time: dates a desk editor's trial slipped past `check` (a source of
2027 in a briefing of 2025; a quote of 2 May given to an event of 11 June).
Compared as said-after-published compares: a day's margin, approximate dates
and open ends left alone. Warnings: the contract allows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = str(BASE_FILES["briefing.yaml"])  # as_of 2022-02-10; event e when 2022-02-10


def problems(tmp_path: Path, text: str) -> list[tuple[str, int, int]]:
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    return [(p.code, p.line, p.column) for p in check(folder)]


def published(date: str) -> str:
    return BASE.replace(
        "    text: sources/s.txt\n", f"    text: sources/s.txt\n    published: {date}\n"
    )


@pytest.mark.parametrize("date", ["2022-03-10", "2027-03-01", "2022-02-12", "2022-02-12T00:00Z"])
def test_a_source_published_after_as_of_is_warned_of(tmp_path: Path, date: str) -> None:
    assert problems(tmp_path, published(date)) == [("published-after-as-of", 9, 16)]


@pytest.mark.parametrize(
    "date",
    [
        "2022-02-10",
        "2022-02-11",  # a day: time zones
        "2022-02",  # the month holds as_of
        "2022-03~",  # approximate
        "2022-03-10?",  # uncertain
        "../2022-03-10",  # published by then: maybe before
    ],
)
def test_a_source_that_may_be_published_by_as_of_is_not(tmp_path: Path, date: str) -> None:
    assert problems(tmp_path, published(date)) == []


def test_an_approximate_as_of_is_not_compared(tmp_path: Path) -> None:
    text = published("2027-03-01").replace("as_of: 2022-02-10", "as_of: 2022-02-10~")
    assert problems(tmp_path, text) == []


def said(date: str, when: str = "2022-02-10") -> str:
    return BASE.replace("    when: 2022-02-10\n", f'    when: "{when}"\n').replace(
        "    source: s\n", f"    source: s\n    said: {date}\n    event: e\n"
    )


@pytest.mark.parametrize(
    ("date", "when"),
    [
        ("2022-01-02", "2022-02-10"),  # before
        ("2022-02-08", "2022-02-10"),  # before, by over a day
        ("2022-01-20", "2022-02-01/2022-02-20"),
        ("2022-01-01", "2022-02-01/.."),  # before its start: an open end is not compared
    ],
)
def test_a_quote_said_before_its_event_is_warned_of(tmp_path: Path, date: str, when: str) -> None:
    found = problems(tmp_path, said(date, when))
    assert found == [("said-outside-event", 23, 11)]


@pytest.mark.parametrize(
    ("date", "when"),
    [
        ("2022-02-10", "2022-02-10"),
        ("2022-02-11", "2022-02-10"),  # a day
        ("2022-02-12", "2022-02-10"),  # after: a reaction belongs to its event (a review)
        ("2022-03-01", "2022-02-01/2022-02-20"),
        ("2022-03-01", "../2022-02-20"),
        ("2022-02-09", "2022-02-10"),
        ("2022-02-10T23:30", "2022-02-10"),
        ("2022-02-15", "2022-02-01/2022-02-20"),
        ("2022-01-02~", "2022-02-10"),  # approximate
        ("2022-01-02", "2022-02-10?"),  # uncertain
        ("2022-01-01", "../2022-02-20"),  # nothing known of its start
        ("2023-01-01", "2022-02-01/.."),  # nor of its end
        ("2022-02", "2022-02-10"),  # the month holds the day
    ],
)
def test_a_quote_that_may_be_said_within_its_event_is_not(
    tmp_path: Path, date: str, when: str
) -> None:
    assert problems(tmp_path, said(date, when)) == []


def test_a_quote_with_no_event_or_no_date_is_not_compared(tmp_path: Path) -> None:
    text = BASE.replace("    source: s\n", "    source: s\n    said: 2020-01-01\n")
    assert problems(tmp_path, text) == []
    text = BASE.replace("    source: s\n", "    source: s\n    event: e\n")
    assert problems(tmp_path / "n", text) == []


def at_event(published_on: str, when: str = "2022-02-10") -> str:
    """A quote with no `said`, at event e, of a source published on `published_on`."""
    return (
        published(published_on)
        .replace("    when: 2022-02-10\n", f'    when: "{when}"\n')
        .replace("    source: s\n", "    source: s\n    event: e\n")
    )


def test_a_quote_whose_source_was_published_before_its_event_is_warned_of(
    tmp_path: Path,
) -> None:
    """A source of 3 March quoted at an event of 30 August, with no `said`:
    its words were said before the event (a fact-checker's trial)."""
    text = at_event("2022-01-03")
    found = check(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text})))
    assert [(p.code, p.line, p.column) for p in found] == [("said-outside-event", 24, 12)]
    assert "was published 3 Jan 2022, over a day before its event 'e'" in found[0].message


@pytest.mark.parametrize(
    ("date", "when"),
    [
        ("2022-02-09", "2022-02-10"),  # a day before: time zones
        ("2022-02-10", "2022-02-01"),  # after: a report of the event
        ("2022-01~", "2022-02-10"),  # approximate
        ("2022-01-03", "2022-02-10~"),
        ("2022-01-03", "../2022-02-10"),  # nothing known of its start
    ],
)
def test_a_source_that_may_be_published_after_its_event_began_is_not(
    tmp_path: Path, date: str, when: str
) -> None:
    assert problems(tmp_path, at_event(date, when)) == []
