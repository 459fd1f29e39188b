"""An actor the checker warned of is marked on its row and says why in its
details; a source it warned of says why under its title wherever its facts
are listed, and is marked where only its title is, as a warned event is
(tests/test_reader_event_warnings.py).

`briefing check` warned of two actors the reader cannot tell apart ("Tomás
Reyes" and "Tomas Reyes", both Council leader) and of a source published
after the briefing's as_of, but the actors pane, the details and the summary
showed them exactly as sound ones: only `briefing check` and the `!` list
told (a review). Every test runs under NO_COLOR (conftest): the mark is a
glyph, not a colour.
"""

from __future__ import annotations

from pathlib import Path

from reader_helpers import SIZE, SMALL, reader, screen_lines, settle
from test_actor_source_warnings import alike_and_late
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from briefing.screens.details import DetailsScreen
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.summary import SummaryScreen

#: The warning about `reyes2`, as the details say it, its rows joined.
ALIKE = (
    "⚠ The checker warns: the actor 'reyes2' has the same name but for its accents, "
    "the same kind, role and affiliations as the actor 'reyes' (line "
)
ADVICE = "Its advice to the author: keep one of 'reyes' and 'reyes2'"
LATE = "the source 's' is dated 20 Feb 2022, after the briefing's as_of (10 Feb 2022)"


def rows(app: App[None]) -> list[str]:
    """The actors pane's lines as drawn."""
    listed = app.screen.query_one("#actors-list", RecordList)
    drawn = ("".join(s.text for s in listed.render_line(y)) for y in range(listed.size.height))
    return [line.rstrip() for line in drawn if line.strip()]


#: What frames a line of the screen: the summary's border, a scrollbar.
FRAME = " │▁▂▃▄▅▆▇█"


def shown(app: App[None]) -> list[str]:
    return [line.strip(FRAME) for line in screen_lines(app.export_screenshot())]


def joined(lines: list[str], start: str) -> str:
    """The lines from the one that starts with `start` to the next blank one, as one."""
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    end = next((i for i in range(at, len(lines)) if not lines[i]), len(lines))
    return " ".join(lines[at:end])


async def open_details(pilot: Pilot[None], actor_id: str) -> DetailsScreen:
    await settle(pilot)
    assert pilot.app.screen.query_one("#actors-list", RecordList).move_to(actor_id)
    await pilot.press("d")
    await settle(pilot)
    details = pilot.app.screen
    assert isinstance(details, DetailsScreen)
    return details


async def test_only_the_warned_actors_row_is_marked_and_no_row_grows(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):  # every pane side by side, and a pane a tab
        app = reader(alike_and_late(tmp_path / "b"), tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            lines = [line.lstrip("▌ ") for line in rows(app)]
            # the mark before the name, the role on the row's second line as before
            at = lines.index("⚠ Tomas Reyes  1 quote")
            assert lines[at - 2 : at + 2] == [
                "Tomás Reyes  1 event",
                "Council leader",
                "⚠ Tomas Reyes  1 quote",
                "Council leader",
            ], (size, lines)
            assert sum("⚠" in line for line in lines) == 1


async def test_the_details_say_the_warning_before_the_fields(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):
        app = reader(alike_and_late(tmp_path / "b"), tmp_path)
        async with app.run_test(size=size) as pilot:
            await open_details(pilot, "reyes2")
            lines = shown(app)
            said = joined(lines, "⚠ The checker warns")
            assert said.startswith(ALIKE), (size, said)
            assert "'Tomás Reyes' there and 'Tomas Reyes' here" in said
            assert ADVICE in said
            at = next(i for i, line in enumerate(lines) if line.startswith("⚠ The checker"))
            role = next(i for i, line in enumerate(lines) if line.startswith("Role"))
            assert lines[at - 2] == "Tomas Reyes" and at < role  # under the name, before Role


async def test_a_sound_actors_details_say_no_warning(tmp_path: Path) -> None:
    """Not even the first of the two alike: the checker said it at the second."""
    app = reader(alike_and_late(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_details(pilot, "reyes")
        assert not any("⚠" in line or "checker" in line for line in shown(app))


async def test_the_summary_says_a_sources_warning_under_its_title(tmp_path: Path) -> None:
    for size in (SIZE, SMALL):
        app = reader(alike_and_late(tmp_path / "b"), tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("s")
            await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
            lines = shown(app)
            title = lines.index("S")
            said = joined(lines, "⚠ The checker warns")
            assert lines[title + 1].startswith("⚠ The checker warns: " + LATE[:30]), lines
            assert LATE in said and "Its advice to the author: check the year" in said
            # the sound source says nothing
            sound = lines.index("Sound")
            assert not lines[sound + 1].startswith("⚠"), lines


async def test_an_events_details_say_its_sources_warning_under_its_title(
    tmp_path: Path,
) -> None:
    app = reader(alike_and_late(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert app.screen.query_one("#chronology-list", RecordList).move_to("e")
        await pilot.press("d")
        await settle(pilot)
        lines = shown(app)
        source = lines.index("• S")
        facts = lines.index("20 Feb 2022", source)
        said = " ".join(lines[source + 1 : facts])
        assert said.startswith("⚠ The checker warns: " + LATE), lines  # under its title
        assert "Its advice to the author: check the year" in said
        sound = lines.index("• Sound")
        assert not lines[sound + 1].startswith("⚠")
        # and copied under the source's line, not as the event's
        await pilot.press("c")
        await pilot.pause()
        copied = app.clipboard.splitlines()
        at = copied.index("- S. 20 Feb 2022")
        assert copied[at + 1] == (
            "  The briefing checker warns of this source: " + LATE + ": the briefing "
            "would cite a report not yet published on the day its information stands"
        )
        assert copied[at + 2] == "- Sound. 9 Feb 2022"


async def test_the_quote_viewer_marks_the_source_and_says_its_warning_under_the_words(
    tmp_path: Path,
) -> None:
    for size in (SIZE, SMALL):
        app = reader(alike_and_late(tmp_path / "b"), tmp_path)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("tab", "tab")
            assert app.screen.query_one("#quotes-list", RecordList).move_to("q")
            await pilot.press("enter")
            await settle(pilot)
            viewer = app.screen
            assert isinstance(viewer, QuoteViewer)
            lines = shown(app)
            assert lines[1] == "⚠ S", lines  # under the position line: the title marked
            chain = " ".join(str(viewer.query_one("#chain").render()).split())
            assert f"Source ⚠ {LATE}" in chain, chain
            # the advice too where there is room; the summary has it anyway
            assert ("Its advice to the author" in chain) is (size == SIZE)
            await pilot.press("c")
            await pilot.pause()
            copied = app.clipboard.splitlines()
            assert copied[-3] == "Source: S. 20 Feb 2022"
            assert copied[-2].startswith("The briefing checker warns of this source: " + LATE)
            assert copied[-1].startswith("Found in paragraph 1 of the source's text")


def header(app: App[None]) -> str:
    return str(app.screen.query_one("#header", Static).render())


async def test_the_header_counts_warned_actors_and_sources_with_the_rest(tmp_path: Path) -> None:
    """One count of the warnings for all: the rows marked ⚠ and the summary's sources say which."""
    app = reader(alike_and_late(tmp_path / "b"), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert "⚠2 warnings · as of" in header(app), header(app)
