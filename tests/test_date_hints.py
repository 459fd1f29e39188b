"""A date written as people write it gets the nearest form of the format as its hint."""

from __future__ import annotations

import pytest

from briefing.records.dates import DateError, parse_date


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("before 2008-10-18", "write it as ../2008-10-18"),
        ("by 10 February 2022", "write it as ../2022-02-10"),
        ("since 2022-02-15", "write it as 2022-02-15/.."),
        ("18/10/2008", "write it as 2008-10-18"),
        ("05/10/2008", "write it as 2008-10-05, or 2008-05-10 if the month comes first"),
        ("2022/02/10", "write it as 2022-02-10"),
        ("2025-3-13", "write it as 2025-03-13"),  # an author's trial: a list of forms
        ("2025-3", "write it as 2025-03"),
        # an author's trial: near misses got the whole list of forms
        ("2024-03-14 04:00", "write it as 2024-03-14T04:00"),
        ("2024-03-01/", "write it as 2024-03-01/.."),
        ("/2024-03-10", "write it as ../2024-03-10"),
        ("10 February 2022", "write it as 2022-02-10"),
        ("February 10, 2022", "write it as 2022-02-10"),
        ("Feb 2022", "write it as 2022-02"),
        ("about 2022-02-09", "write it as 2022-02-09~"),
        ("2022-02-10 to 2022-02-20", "write it as 2022-02-10/2022-02-20"),
        ("between 1 Feb 2022 and 3 Feb 2022", "write it as 2022-02-01/2022-02-03"),
        ("２０２６-０２-１２", "write it as 2026-02-12"),  # fullwidth digits
        ("٢٠٢٢", "write it as 2022"),  # Arabic-Indic digits
    ],
)
def test_the_nearest_form_is_offered(written: str, hint: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_date(written)
    assert refused.value.code == "bad-date"
    assert refused.value.message == f"{written!r} is not a date this format knows"
    assert refused.value.hint == hint


def test_with_nothing_close_every_form_is_listed_open_ones_too() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("late 2022")
    assert refused.value.hint is not None
    assert "../2022-02-10" in refused.value.hint and "2022-02-15/.." in refused.value.hint


def test_a_suggestion_that_would_not_parse_is_not_offered() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("31/02/2022")  # no 31 February: the plain error, not a wrong fix
    assert refused.value.hint is not None and "write it as" not in refused.value.hint


def test_a_spaced_time_with_an_offset_without_its_colon_gets_the_whole_form() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("2022-02-10 10:45+0100")
    assert refused.value.hint == "write it as 2022-02-10T10:45+01:00"
