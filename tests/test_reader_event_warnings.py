"""An event the checker warned of is marked on its chronology row and says
why in its details, as a warned quote does (tests/test_reader_quote_warnings.py).

`briefing check` warned of "on Wednesday morning" for an event dated a
Thursday, but the chronology and the event's details showed it exactly as a
sound one: a reader trusting the chronology read the wrong day with nothing
said, and only `briefing check` and the `!` list told (a review). Every test
runs under NO_COLOR (conftest): the mark is a glyph, not a colour.
"""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES
from reader_helpers import SIZE, SMALL, reader, screen_lines, settle
from test_event_warnings import WRONG_DAY, wrong_weekday
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from briefing.screens.details import DetailsScreen
from briefing.screens.record_list import RecordList

BASE = str(BASE_FILES["briefing.yaml"])
WARNED = (
    "⚠ The checker warns: when_text says Wednesday, but the event 'e' is dated "
    "10 Feb 2022, a Thursday"
)


def rows(app: App[None]) -> list[str]:
    """The chronology's lines as drawn."""
    listed = app.screen.query_one("#chronology-list", RecordList)
    drawn = ("".join(s.text for s in listed.render_line(y)) for y in range(listed.size.height))
    return [line.rstrip() for line in drawn if line.strip()]


def row_of(app: App[None], date: str) -> list[str]:
    """An event's row (its date and title, then its words for the date and
    where and who), found by its date."""
    shown = rows(app)
    at = next(i for i, line in enumerate(shown) if line.lstrip("▌ ").startswith(date))
    return shown[at : at + 2]


async def to_chronology(pilot: Pilot[None]) -> None:
    await settle(pilot)
    await pilot.press("tab")
    await pilot.pause()


async def open_details(pilot: Pilot[None], event_id: str) -> DetailsScreen:
    await to_chronology(pilot)
    assert pilot.app.screen.query_one("#chronology-list", RecordList).move_to(event_id)
    await pilot.press("d")
    await settle(pilot)
    details = pilot.app.screen
    assert isinstance(details, DetailsScreen)
    return details


def shown(app: App[None]) -> list[str]:
    return [line.strip() for line in screen_lines(app.export_screenshot())]


async def test_only_the_warned_events_row_is_marked(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):  # every pane side by side, and a pane a tab
        app = reader(wrong_weekday(tmp_path / "b"), tmp_path)
        async with app.run_test(size=size) as pilot:
            await to_chronology(pilot)
            title, second = row_of(app, "10 Feb 2022")
            # beside the author's words for the date, before where and who
            assert "on Wednesday morning" in second and "⚠ participants not named" in second
            assert "⚠" not in title, (size, title)
            assert not any("⚠" in line for line in row_of(app, "9 Feb 2022")), size
            assert sum("⚠" in line for line in rows(app)) == 1


async def test_the_details_say_the_warning_before_the_fields(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):
        app = reader(wrong_weekday(tmp_path / "b"), tmp_path)
        async with app.run_test(size=size) as pilot:
            await open_details(pilot, "e")
            lines = shown(app)
            said = next(i for i, line in enumerate(lines) if line.startswith("⚠ The checker"))
            # at 80 columns it runs on to a second row
            words = " ".join(lines[said : said + (1 if size == SIZE else 2)])
            assert words == WARNED, (size, lines)
            advice = "Its advice to the author: check the date"
            assert any(line.startswith(advice) for line in lines)
            when = next(i for i, line in enumerate(lines) if line.startswith("When"))
            assert lines[said - 2] == "E" and said < when  # under the title, before When
            assert "“on Wednesday morning”" in lines[when + 1]


async def test_a_sound_events_details_say_no_warning(tmp_path: Path) -> None:
    app = reader(wrong_weekday(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_details(pilot, "sound")
        assert not any("⚠" in line or "checker" in line for line in shown(app))


async def test_c_copies_the_warning_with_the_event(tmp_path: Path) -> None:
    """Pasted elsewhere, the wrong weekday would travel as the source's."""
    app = reader(wrong_weekday(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_details(pilot, "e")
        await pilot.press("c")
        await pilot.pause()
        copied = app.clipboard.splitlines()
        assert copied[0] == "10 Feb 2022: E"
        assert copied[-1] == (
            "The briefing checker warns: when_text says Wednesday, but the event 'e' is "
            "dated 10 Feb 2022, a Thursday"
        )


def header(app: App[None]) -> str:
    return str(app.screen.query_one("#header", Static).render())


async def test_the_header_counts_warned_events_with_warned_quotes(tmp_path: Path) -> None:
    """One count of the warnings, as the library's row says it: the rows marked ⚠ say which."""
    app = reader(wrong_weekday(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert "⚠1 warning · as of" in header(app), header(app)
    # and a quote that takes "hello" as "ello", beside the wrong weekday
    yaml = BASE.replace("    when: 2022-02-10\n", WRONG_DAY).replace(
        "text: hello world", "text: ello world"
    )
    app = reader(wrong_weekday(tmp_path / "both", yaml), tmp_path / "i")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert "⚠2 warnings · as of" in header(app), header(app)
