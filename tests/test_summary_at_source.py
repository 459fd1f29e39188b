"""The summary opened on a source: a source has no row in the panes, and
the summary lists every one. A source's warning chosen in `!`, or a source
found by Find, opened the summary at its top, where among 40 sources the
reader had to scroll to find it (the review of a session's own trial)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, reader, settle, until
from test_warned_list import open_warnings
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import OptionList

from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.search import SearchScreen
from briefing.screens.source_list import SourceList
from briefing.screens.summary import SummaryScreen

#: A briefing of 40 sources, the 20th published after its as_of (a warning).
MANY_SOURCES = str(BASE_FILES["briefing.yaml"]).replace(
    "sources:\n",
    "sources:\n"
    + "".join(
        f"  - id: s{n}\n    title: Source number {n}\n    url: https://example.org/{n}\n"
        + ("    published: 2022-02-20\n" if n == 20 else "")
        for n in range(1, 41)
    ),
    1,
)


@pytest.mark.parametrize("size", [SIZE, SMALL])
async def test_enter_on_a_source_opens_the_summary_on_it(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """Enter on a source's warning: the summary, the source's title and its
    warning at the top."""
    folder = write_folder(
        tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": MANY_SOURCES})
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        listing = await open_warnings(app, pilot)
        (place,) = [n for n, item in enumerate(listing.items) if item.record is not None]
        listing.highlighted = place
        await pilot.pause()
        await pilot.press("enter")
        await on_source_20(app, pilot)
        width = app.screen.query_one(SourceList).content_size.width
        assert (
            "is dated 20 Feb 2022"
            in app.screen.query_one(SourceList).row(title_row(app) + 1, width).plain
        )
        await pilot.press("escape")  # back to the panes, as from the summary's own key
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)


def title_row(app: App[None]) -> int:
    sources = app.screen.query_one(SourceList)
    row = sources.title_row("s20", sources.content_size.width)
    assert row is not None
    return row


async def on_source_20(app: App[None], pilot) -> None:  # type: ignore[no-untyped-def]
    """The summary is open with the title of source s20 at its top."""
    await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
    await pilot.pause()
    box = app.screen.query_one("#summary-box", VerticalScroll)
    sources = app.screen.query_one(SourceList)
    row = title_row(app)
    assert sources.row(row, sources.content_size.width).plain == "Source number 20"
    assert box.scroll_y == sources.virtual_region.y + row > 0


async def test_a_source_found_by_find_opens_the_summary_on_it(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": MANY_SOURCES})
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"number 20")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(OptionList)
        prompts = [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]
        at = next(n for n, line in enumerate(prompts) if "Source number 20" in line)
        results.focus()
        results.highlighted = at
        await pilot.press("enter")
        await on_source_20(app, pilot)
