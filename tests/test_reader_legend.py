"""Legibility (issue 13.4, 13.5): the summary at 80×24, the legend, the single-source mark."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, REPO, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, burst, reader, settle
from textual.app import App
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Static

from briefing.records.dates import parse_date
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.chronology_pane import ChronologyPane
from briefing.screens.footer import KeysFooter
from briefing.screens.source_list import SourceList
from briefing.screens.summary import SummaryScreen, date_examples

EXAMPLE = REPO / "docs" / "example"


def sources_column(app: App[None], event_id: str) -> str:
    """The Sources cell of an event's row: its first two lines (a third has none), as shown."""
    screen = app.screen
    assert isinstance(screen, BriefingScreen)
    lines = screen.query_one(ChronologyPane).render_row(screen.queries.event(event_id), 90)
    return " ".join(line.plain.split()[-1] for line in lines[:2])


async def summary_box(pilot: Pilot[None]) -> VerticalScroll:
    """Open the summary (`s`) once the reader has settled; its scrolling box."""
    await settle(pilot)
    await pilot.press("s")
    await pilot.pause()
    return pilot.app.screen.query_one("#summary-box", VerticalScroll)


async def test_one_source_is_marked_where_others_have_several(tmp_path: Path) -> None:
    app = reader(EXAMPLE, tmp_path)  # the vote has two sources, the other events one
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sources_column(app, "inspection") == "single source"
        assert sources_column(app, "vote") == "2 sources"


async def test_when_every_event_has_one_source_the_mark_is_quiet(tmp_path: Path) -> None:
    app = reader(None, tmp_path)  # the bundled briefing: one article
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sources_column(app, "truss-tweet") == "1 source"
        await pilot.press("s")
        text = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Every event here rests on one published source" in text
        assert "A source is a document (an article, a statement)" in text


async def test_the_summary_explains_the_date_marks_with_the_briefings_own_dates(
    tmp_path: Path,
) -> None:
    """The examples are of the briefing's day (`as_of`: 12 Feb 2026), written as
    the chronology writes dates, and say nothing of the file's signs: a first
    reader's trial found examples of 2022 and "(~ in the file)" in a briefing
    of 2026, addressed to someone else."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        text = " ".join(str(s.render()) for s in app.screen.query(Static))
        for mark in ("~12 Feb 2026", "12 Feb 2026?", "~12 Feb 2026?", "11–12 Feb 2026"):
            assert mark in text
        assert "from 5 Feb 2026" in text and "by 12 Feb 2026" in text
        assert "2022" not in text and "in the file" not in text and "(%)" not in text
        assert "single source" in text


def test_date_examples_of_a_briefing_as_of_a_month_are_of_its_first_day() -> None:
    examples = dict((meaning, shown) for shown, meaning in date_examples(parse_date("2026-03")))
    assert examples["approximate and uncertain"] == "~1 Mar 2026?"
    assert examples["an interval: from the first date to the last"] == "28 Feb – 1 Mar 2026"
    assert examples["began then; when it ended is not known"] == "from 22 Feb 2026"


async def test_the_summary_explains_the_marks_in_the_text(tmp_path: Path) -> None:
    """A row cut for room ended in `…`, as an author's elision does, and a skin
    tone was shown as a mark no legend named (a new user's trial)."""
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        text = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Marks in the text" in text
        assert "▸ cut here for room" in " ".join(text.split())
        assert "◂ text before it cut for room" in " ".join(text.split())
        assert "the author left words of the quote out (an elision)" in text
        assert "◍" in text and "skin tone" in text


async def test_at_80x24_the_summary_fills_the_screen_with_its_sources_in_sight(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        box = await summary_box(pilot)
        assert box.region.height >= SMALL[1] - 2  # all but the footer
        source = app.screen.query_one(SourceList)
        assert "Truss meets Lavrov" in source.shown_text
        assert box.region.contains_region(source.region)
        footer = app.screen.query_one(KeysFooter)
        assert not box.region.overlaps(footer.region)


async def test_the_summary_lists_every_source_and_wraps_a_long_title_whole(
    tmp_path: Path,
) -> None:
    long_title = " ".join(f"word{n}" for n in range(40))  # about 250 columns
    sources = "".join(f"  - id: s{n}\n    title: Source number {n}\n" for n in range(60))
    briefing = BASE_FILES["briefing.yaml"]
    assert isinstance(briefing, str)
    briefing = briefing.replace(
        "sources:\n  - id: s\n    title: S\n",
        f"sources:\n  - id: s\n    title: {long_title}\n{sources}",
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing}))
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        listed = app.screen.query_one(SourceList)
        rows = listed.shown_text.splitlines()
        assert all(len(row) <= listed.content_size.width for row in rows)
        assert " ".join(rows[:4]).split()[:40] == long_title.split()  # wrapped, every word kept
        assert "Source number 59" in listed.shown_text
        assert "number&#160;59" not in app.export_screenshot()  # below the fold
        for _ in range(20):  # the sources are about 200 rows: some pages down
            await pilot.press("pagedown")
            await pilot.pause()
            if "number&#160;59" in app.export_screenshot():
                break
        else:
            raise AssertionError("the last source never came into view")


async def test_a_burst_of_j_in_the_summary_scrolls_a_line_for_each(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        box = await summary_box(pilot)
        assert box.max_scroll_y >= 10
        burst(app, *"jjjjjjjjjj")  # as a fast key repeat or a paste delivers them
        await pilot.pause()
        await pilot.pause()
        assert box.scroll_y == 10
        burst(app, *"kkkk")
        await pilot.pause()
        await pilot.pause()
        assert box.scroll_y == 6


async def test_many_sources_come_after_the_summary_a_few_before_it(tmp_path: Path) -> None:
    """A hundred sources buried the summary paragraph hundreds of lines down
    (a new user's trial); one or a few stay above it, in sight at 80×24."""
    from bench.generate import generate

    folder = generate(tmp_path / "big", 10)  # ten sources
    for content, first in ((folder, "summary"), (None, "sources")):
        app = reader(content, tmp_path / f"index-{first}")
        async with app.run_test(size=SMALL) as pilot:
            await settle(pilot)
            await pilot.press("s")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, SummaryScreen) and screen.briefing.summary
            words = screen.briefing.summary[:30]
            summary = next(s for s in screen.query(Static) if str(s.render()).startswith(words))
            sources = screen.query_one(SourceList).region.y
            assert (summary.region.y < sources) == (first == "summary")


async def test_a_newline_or_a_tab_in_a_sources_title_loses_no_word(tmp_path: Path) -> None:
    """A line measured as fitting was drawn on one row: what followed a newline
    was not drawn, and tabs pushed words past the edge (a review of the change).
    A title is one line: its newline and tabs are shown as ␊ and ␉ (an
    adversarial trial), every word kept."""
    briefing = BASE_FILES["briefing.yaml"]
    assert isinstance(briefing, str)
    briefing = briefing.replace(
        "    title: S\n", '    title: "First line\\nsecond line\\tand\\ttabbed words"\n'
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": briefing}))
    app = reader(folder, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await summary_box(pilot)
        listed = app.screen.query_one(SourceList)
        drawn = ["".join(s.text for s in listed.render_line(y)) for y in range(3)]
        assert drawn[0].split() == "First line␊second line␉and␉tabbed words".split()
        assert all(len(row) == listed.content_size.width for row in drawn)


async def _when_column(tmp_path: Path, when: str) -> list[str]:
    """The chronology's When column, line by line, for the one event written with `when`
    (its date and `when_text` lines) at 120×40."""
    files = str(BASE_FILES["briefing.yaml"]).replace("    when: 2022-02-10\n", when)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": files}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        rows = screen.query_one(ChronologyPane).render_row(screen.queries.event("e"), 90)
        return [row.plain[:24].rstrip() for row in rows]


async def test_a_date_too_long_for_its_cell_is_broken_after_its_dash_not_cut(
    tmp_path: Path,
) -> None:
    """`9 Mar 2026? – 10 Mar 20…`: the end's year and its `?` were cut, even at
    120×40 (a new user's trial)."""
    when = "    when: 2022-03-09?/2022-03-10?\n    when_text: over two days, it seems\n"
    assert await _when_column(tmp_path, when) == [
        "9 Mar 2022? –",
        "10 Mar 2022? · over two",
        "days, it seems",
    ]


async def test_a_time_too_long_for_its_cell_is_broken_before_its_offset_not_cut(
    tmp_path: Path,
) -> None:
    """`15 Nov 2020 19:27 UTC-0…`: the time zone, which says when the time
    was, was cut at every width (a new user's trial, a launch at 7:27 p.m. EST)."""
    when = "    when: 2022-02-10T19:27-05:00\n    when_text: at night\n"
    assert await _when_column(tmp_path, when) == ["10 Feb 2022 19:27", "UTC-05:00 · at night"]


async def test_the_words_for_a_date_after_its_offset_take_a_third_line_not_cut(
    tmp_path: Path,
) -> None:
    """`UTC-05:00  in the eveni…`: the author's words for a date that took two
    lines were cut where they would have fitted alone (a new user's trial)."""
    when = "    when: 2022-02-10T19:27-05:00\n    when_text: in the evening, Eastern time\n"
    assert await _when_column(tmp_path, when) == [
        "10 Feb 2022 19:27",
        "UTC-05:00 · in the",
        "evening, Eastern time",
    ]
