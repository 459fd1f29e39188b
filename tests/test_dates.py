"""The contract's dates: parsing, bounds, order and display."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.records.dates import DateError, DateValue, parse_date

days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
qualifiers = st.sampled_from(["", "~", "?", "%"])


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Any point form of the contract: year, month, day (qualified) or instant."""
    day = draw(days)
    form = draw(st.sampled_from(["year", "month", "day", "minute", "second", "offset"]))
    if form == "year":
        return f"{day.year:04d}" + draw(qualifiers)
    if form == "month":
        return f"{day.year:04d}-{day.month:02d}" + draw(qualifiers)
    if form == "day":
        return day.isoformat() + draw(qualifiers)
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    text = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    if form in ("second", "offset"):
        text += f":{draw(st.integers(0, 59)):02d}"
    if form == "offset":
        text += draw(st.sampled_from(["Z", "+01:00", "-05:30", "+14:00"]))
    return text


@given(date_texts())
def test_every_valid_point_parses_with_ordered_bounds(text: str) -> None:
    value = parse_date(text)
    assert value.text == text
    assert value.earliest is not None and value.latest is not None
    assert value.earliest <= value.latest
    assert value.describe()


@given(date_texts())
def test_a_day_and_only_a_day_has_a_weekday(text: str) -> None:
    """Beside an event's date in its details: "on Wednesday morning" against a
    Monday was there to see only with a calendar (a desk editor's trial)."""
    value = parse_date(text)
    start = value.start
    assert start is not None
    if start.day is None:
        assert value.weekday is None
    else:
        assert start.month is not None
        assert (
            value.weekday == calendar.day_name[date(start.year, start.month, start.day).weekday()]
        )


@pytest.mark.parametrize("text", ["2026-02-10/2026-02-12", "../2026-02-10", "2026-02-10/.."])
def test_an_interval_has_no_weekday(text: str) -> None:
    assert parse_date(text).weekday is None


@given(days, qualifiers)
def test_a_day_spans_exactly_one_day(day: date, qualifier: str) -> None:
    value = parse_date(day.isoformat() + qualifier)
    assert value.latest - value.earliest == 86_400 - 1  # type: ignore[operator]


@given(date_texts(), date_texts())
def test_interval_parses_when_in_order_and_is_refused_reversed(a: str, b: str) -> None:
    first, second = parse_date(a), parse_date(b)
    text = f"{a}/{b}"
    if second.latest < first.earliest:  # type: ignore[operator]
        with pytest.raises(DateError) as refused:
            parse_date(text)
        assert refused.value.code == "reversed-interval"
    else:
        value = parse_date(text)
        assert (value.earliest, value.latest) == (first.earliest, second.latest)


@given(date_texts(), date_texts())
def test_order_is_earliest_then_latest_then_id(a: str, b: str) -> None:
    x, y = parse_date(a), parse_date(b)
    if x.earliest < y.earliest:  # type: ignore[operator]
        assert x.sort_key("z") < y.sort_key("a")
    if x.earliest == y.earliest and x.latest < y.latest:  # type: ignore[operator]
        assert x.sort_key("z") < y.sort_key("a")
    if (x.earliest, x.latest) == (y.earliest, y.latest):
        assert x.sort_key("a") < y.sort_key("b")


@given(date_texts())
def test_an_open_start_stands_at_its_end_and_an_open_end_sorts_last(text: str) -> None:
    """The contract: `../X` sorts at X, since nothing is known of its start."""
    closed = parse_date(text)
    open_start = parse_date(f"../{text}")
    open_end = parse_date(f"{text}/..")
    assert open_start.earliest is None and open_end.latest is None
    assert open_start.sort_key("a") == closed.sort_key("a")
    assert closed.sort_key("a") < open_end.sort_key("a")


def test_by_a_date_is_listed_with_that_date_not_before_earlier_ones() -> None:
    dates = ["../2022-02-10", "2022-02-03", "2022-02-10", "2022-02-11"]
    ordered = sorted(dates, key=lambda d: parse_date(d).sort_key(d))
    assert ordered == ["2022-02-03", "../2022-02-10", "2022-02-10", "2022-02-11"]


def test_a_month_and_its_first_day_list_the_day_first_whatever_their_ids() -> None:
    """Both start at 1 Feb 2022: the day, which ends sooner, comes before the
    month, though the month's id sorts first; equal dates go by id. (The
    hypothesis test above almost never draws these ties.)"""
    dates = {"a-month": "2022-02", "z-day": "2022-02-01", "m-day": "2022-02-01"}
    ordered = sorted(dates, key=lambda rid: parse_date(dates[rid]).sort_key(rid))
    assert ordered == ["m-day", "z-day", "a-month"]


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(29, 40))
def test_impossible_calendar_dates_are_refused(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    if day <= calendar.monthrange(year, month)[1]:
        assert parse_date(text).start.day == day  # type: ignore[union-attr]
    else:
        with pytest.raises(DateError) as refused:
            parse_date(text)
        assert refused.value.code == "impossible-date"


@pytest.mark.parametrize(
    "text",
    ["２０２２", "٢٠٢٢", "２０２６-０２-１２", "2022-0２-10", "2022-02-10T1０:45",
     "2022-02-10T10:45+0１:00", "۲۰۲۲-02-10/2022-02-20"],
)  # fmt: skip
def test_only_ascii_digits_make_a_date(text: str) -> None:
    """ISO 8601 writes 0-9; another script's digits read as a number by Python are no date."""
    with pytest.raises(DateError) as refused:
        parse_date(text)
    assert refused.value.code == "bad-date"


@pytest.mark.parametrize(
    "text",
    ["10 Feb 2022", "2022-2-10", "22-02-10", "2022-02-10T10", "2022-02-10T10:45~", "../..",
     "2022/2023/2024", "2022-13", "2022-02-10T25:00", "0000", "", "2022-02-10 10:45"],
)  # fmt: skip
def test_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2022-02-10", "10 Feb 2022"),
        ("2022-02-10~", "~10 Feb 2022"),
        ("2022-02-10?", "10 Feb 2022?"),
        ("2022-02-10%", "~10 Feb 2022?"),
        ("2022-02", "Feb 2022"),
        ("2022", "2022"),
        ("2022-02-10T10:45", "10 Feb 2022 10:45"),
        ("2022-02-10T10:45:00+01:00", "10 Feb 2022 10:45 UTC+01:00"),
        ("2022-02-10/2022-02-20", "10–20 Feb 2022"),
        ("2022-01-30/2022-02-02", "30 Jan – 2 Feb 2022"),
        ("2021-12-30/2022-01-02", "30 Dec 2021 – 2 Jan 2022"),
        ("2022-02-07~/2022-02-09", "~7 Feb 2022 – 9 Feb 2022"),
        ("2020-11-17T01:10/2020-11-17T02:00", "17 Nov 2020 01:10–02:00"),
        (
            "2020-11-17T01:10-05:00/2020-11-17T02:00:30-05:00",
            "17 Nov 2020 01:10–02:00:30 UTC-05:00",
        ),
        (
            "2020-11-17T01:10Z/2020-11-17T03:00+01:00",
            "17 Nov 2020 01:10 UTC – 17 Nov 2020 03:00 UTC+01:00",
        ),
        ("2020-11-16T23:10/2020-11-17T02:00", "16 Nov 2020 23:10 – 17 Nov 2020 02:00"),
        ("2022-02-15/..", "from 15 Feb 2022"),
        ("../2022-02-10", "by 10 Feb 2022"),
    ],
)
def test_dates_are_shown_honestly(text: str, shown: str) -> None:
    assert parse_date(text).describe() == shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2022-02-10", "10 Feb 2022"),
        ("2022-02-10~", "~10 Feb 2022 (approximate)"),
        ("2022-02-10?", "10 Feb 2022? (uncertain)"),
        ("2022-02-10%", "~10 Feb 2022? (approximate and uncertain)"),
        ("2022-02-10/2022-02-20", "10 to 20 Feb 2022"),
        ("2022-01-30/2022-02-02", "30 Jan to 2 Feb 2022"),
        ("2022-02-07~/2022-02-09", "~7 Feb 2022 to 9 Feb 2022 (start approximate)"),
        ("1974/1976?", "1974 to 1976? (end uncertain)"),
        ("1982-03~/1982-05?", "~Mar 1982 to May 1982? (start approximate, end uncertain)"),
        ("2022-02-07~/2022-02-09~", "~7 Feb 2022 to ~9 Feb 2022 (approximate)"),
        ("2020-11-17T01:10/2020-11-17T02:00", "17 Nov 2020 01:10 to 02:00"),
        ("2020-11-17T01:10-05:00/2020-11-17T02:00-05:00", "17 Nov 2020 01:10 to 02:00 UTC-05:00"),
        ("2022-02-15/..", "from 15 Feb 2022"),
        ("../2022-02-10", "by 10 Feb 2022"),
    ],
)
def test_dates_in_words_say_what_the_symbols_mean(text: str, said: str) -> None:
    """For the text export, read aloud: a screen reader may say neither `~` nor `–`."""
    assert parse_date(text).in_words() == said


def test_offset_instants_compare_in_utc() -> None:
    paris = parse_date("2022-02-10T10:45+01:00")
    london = parse_date("2022-02-10T10:00Z")
    assert paris.earliest < london.earliest  # type: ignore[operator]


@pytest.mark.parametrize("offset", ["+15:00", "+18:00", "-18:00", "+23:00", "+14:01", "-14:59"])
def test_an_offset_beyond_fourteen_hours_is_refused(offset: str) -> None:
    """No time zone lies more than 14 hours from UTC (Kiribati's +14:00 is the
    furthest), so `+18:00` is a typing slip, not a place."""
    with pytest.raises(DateError) as refused:
        parse_date(f"2022-02-10T10:00{offset}")
    assert refused.value.code == "impossible-date"
    assert "is not a time zone offset" in str(refused.value)


def test_the_furthest_real_offsets_are_dates() -> None:
    assert parse_date("2022-02-10T10:00+14:00").describe() == "10 Feb 2022 10:00 UTC+14:00"
    assert parse_date("2022-02-10T10:00-12:00").describe() == "10 Feb 2022 10:00 UTC-12:00"


def test_qualifiers_are_kept_for_display() -> None:
    value: DateValue = parse_date("2022-02-07~/2022-02-09?")
    assert value.qualifiers == "start approximate, end uncertain"  # each end its own


@pytest.mark.parametrize(
    ("text", "message", "hint"),
    [
        (
            "2020-11-17T01:10/2020-11-17T02",
            "'2020-11-17T01:10/2020-11-17T02': its end, '2020-11-17T02', is not a date "
            "this format knows",
            "write it like 2020-11-17T02:00",
        ),
        (
            "2020-11-1x/2020-11-17",
            "'2020-11-1x/2020-11-17': its start, '2020-11-1x', is not a date this format knows",
            None,
        ),
        (
            "2020-11-17T02",
            "'2020-11-17T02' is not a date this format knows",
            "write it like 2020-11-17T02:00",
        ),
    ],
)
def test_a_bad_end_of_an_interval_is_named(text: str, message: str, hint: str | None) -> None:
    """`2020-11-17T01:10/2020-11-17T02` did not say which half was wrong (an author's trial)."""
    with pytest.raises(DateError) as refused:
        parse_date(text)
    assert str(refused.value) == message
    if hint is not None:
        assert refused.value.hint == hint


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("1995-13", "a month is 01 to 12, after the year: YYYY-MM-DD"),
        ("2022-13-02", "write 2022-02-13: the year, the month, then the day"),
    ],
)
def test_a_month_out_of_range_has_a_hint(text: str, hint: str) -> None:
    """It had none, where every other impossible date has one (a historian's trial)."""
    with pytest.raises(DateError) as refused:
        parse_date(text)
    assert refused.value.code == "impossible-date" and refused.value.hint == hint
