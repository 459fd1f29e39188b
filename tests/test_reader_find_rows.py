"""What Find's rows show: every row whole, at any width."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from reader_helpers import drawn, reader, settle
from textual.widgets import OptionList

from briefing.screens.search import SearchScreen

#: A speaker's name of 40 cells: with "“troops”" and ids of 2 to 64 characters,
#: the rows are 56 to 118 cells wide, a row for every width between.
SPEAKER = "Commander of the Allied Forces in Europe"
IDS = [f"q{length:02d}" + "x" * (length - 3) for length in range(3, 65)]


def _many_quotes(root: Path) -> Path:
    quotes = "".join(
        f"  - id: {ident}\n    text: troops\n    speaker: a\n    source: s\n" for ident in IDS
    )
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    text = base.replace("name: A", f"name: {SPEAKER}").split("quotes:")[0] + "quotes:\n" + quotes
    files = briefing_files(**{"briefing.yaml": text, "sources__s.txt": "The troops left.\n"})
    return write_folder(root / "content" / "b", files).parent


def _everything_drawn(results: OptionList) -> str:
    """What the results show, scrolled through from the top to the bottom."""
    pages = []
    for top in range(0, max(1, results.virtual_size.height), results.size.height):
        results.scroll_to(y=top, animate=False, immediate=True)
        pages.append(drawn(results))
    return "\n".join(pages)


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24), (60, 24)])
async def test_no_row_loses_its_end_at_any_width(tmp_path: Path, size: tuple[int, int]) -> None:
    """A new user's trial: rows a cell or two narrower than the list ended in a
    dangling "·", their id gone. They were measured before the scrollbar came
    (one line) and drawn beside it (two), so their second line was never shown."""
    app = reader(_many_quotes(tmp_path), tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f", *"troops")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        results = screen.query_one(OptionList)
        assert results.show_vertical_scrollbar  # the rows are more than a screen
        shown = _everything_drawn(results)
        # each id whole after its "·", even one longer than the list is wide
        # (it goes on over the next line)
        ids = re.findall(r"·(q\d\dx*)", "".join(shown.split()))
        missing = sorted(set(IDS) - set(ids))
        assert not missing, f"ids not shown: {missing}\n{shown}"
