"""An event's when_text that names a weekday its date is not ("on Wednesday"
for a Thursday): a desk editor planted it, and only the reader's weekday
beside the date, read with care, showed it. English briefings only."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = str(BASE_FILES["briefing.yaml"])  # event e when 2022-02-10, a Thursday


def problems(tmp_path: Path, when_text: str, when: str = "2022-02-10", more: str = "") -> list:  # type: ignore[type-arg]
    text = BASE.replace(
        "    when: 2022-02-10\n", f'    when: "{when}"\n    when_text: {when_text}\n'
    ).replace("  as_of: 2022-02-10\n", f"  as_of: 2022-02-10\n{more}")
    files = {"briefing.yaml": text, "sources/s.txt": f"She said hello world {when_text}.\n"}
    folder = write_folder(tmp_path / "b", briefing_files(**files))
    return [(p.code, p.line, p.column, p.message) for p in check(folder)]


def test_a_weekday_the_date_is_not_is_warned_of(tmp_path: Path) -> None:
    assert problems(tmp_path, "on Wednesday morning") == [
        (
            "when-text-weekday",
            17,
            16,
            "when_text says Wednesday, but the event 'e' is dated 10 Feb 2022, a Thursday",
        )
    ]


@pytest.mark.parametrize("when_text", ["on Wed. night", "Tues. evening", "late Sat."])
def test_an_abbreviated_weekday_the_date_is_not_is_warned_of(
    tmp_path: Path, when_text: str
) -> None:
    """News agencies write "Tues. night" (a trial of transcripts): it passed."""
    (found,) = problems(tmp_path, when_text)
    assert found[0] == "when-text-weekday"
    assert found[3].startswith("when_text says ")
    assert found[3].split()[2] in ("Wednesday,", "Tuesday,", "Saturday,")


@pytest.mark.parametrize(
    "when", ["2022-02-10T15:31", "2022-02-10T15:31-04:00", "2022-02-10T15:31:00+01:00"]
)
def test_a_weekday_a_time_in_its_places_date_is_not_is_warned_of(tmp_path: Path, when: str) -> None:
    """A time in local time or with its place's offset is that place's day as
    written: "on Wednesday at 3.31 pm" for a Tuesday passed (a historian's
    trial). A time in UTC is not compared (above)."""
    (found,) = problems(tmp_path, "on Wednesday at 3.31 pm", when)
    assert found[0] == "when-text-weekday"
    assert "a Thursday" in found[3]


@pytest.mark.parametrize(
    ("when_text", "when"),
    [
        ("on Thursday morning", "2022-02-10"),
        ("Thurs. morning", "2022-02-10"),
        ("as the Sun. reported", "2022-02-10"),  # a newspaper
        ("after he sat. down", "2022-02-10"),  # not capitalised: a verb
        ("the day they Wed and more", "2022-02-10"),  # no full stop
        ("late on thursday", "2022-02-10"),  # case aside
        ("between Wednesday and Thursday", "2022-02-10"),  # one of them is the date's
        ("on Wednesday", "2022-02-10~"),  # approximate
        ("on Wednesday", "2022-02-10?"),  # uncertain
        ("on Wednesday", "2022-02"),  # a month: no weekday
        ("on Wednesday", "2022-02-09/2022-02-10"),  # an interval
        ("in the evening", "2022-02-10"),  # no weekday named
        ("on Wednesdayish terms", "2022-02-10"),  # not a whole word
        ("on Thursday at 23:30", "2022-02-10T23:30:00-05:00"),  # the local date's weekday
        # another day's weekday (a review)
        ("the day after Wednesday's summit", "2022-02-10"),
        ("since Monday", "2022-02-10"),
        # a time's day is its zone's: late on Wednesday in Washington (a trial)
        ("late on Wednesday", "2022-02-10T03:30:00Z"),
        ("on the eve of Friday's vote", "2022-02-10"),
    ],
)
def test_a_weekday_that_may_be_the_dates_is_not(tmp_path: Path, when_text: str, when: str) -> None:
    assert problems(tmp_path, when_text, when) == []


def test_a_briefing_in_another_language_is_not_read_for_english_weekdays(tmp_path: Path) -> None:
    assert problems(tmp_path, "on Wednesday", more="  language: fr\n") == []
    assert [p[0] for p in problems(tmp_path, "on Wednesday", more="  language: en-GB\n")] == [
        "when-text-weekday"
    ]
