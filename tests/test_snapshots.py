"""How the reader looks, pinned as SVG snapshots at 120×40 and 80×24.

Update them after a deliberate change with `pytest tests/test_snapshots.py
--snapshot-update`, and look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import SIZE, SMALL, reader, settle, write_library

SIZES = {"120x40": SIZE, "80x24": SMALL}


@pytest.mark.parametrize("size", SIZES)
def test_briefing_screen(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(reader(None, tmp_path), terminal_size=SIZES[size], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_quote_viewer(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def open_second_quote(pilot):  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("tab", "tab", "j", "enter")
        await pilot.pause()

    app = reader(None, tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=open_second_quote)


@pytest.mark.parametrize("size", SIZES)
def test_library_with_a_broken_briefing(snap_compare, in_tmp: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    app = reader(write_library(Path(".")), in_tmp)  # relative: the problems' paths are stable
    assert snap_compare(app, terminal_size=SIZES[size], run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_library_of_several_briefings(snap_compare, in_tmp: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    from test_library import write_briefings

    app = reader(write_briefings(Path(".")), in_tmp)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=settle)


def test_library_filtered(snap_compare, in_tmp: Path) -> None:  # type: ignore[no-untyped-def]
    from test_library import write_briefings

    async def filter_by_a_word(pilot):  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("slash", "k", "r", "a")
        await pilot.pause()

    app = reader(write_briefings(Path(".")), in_tmp)
    assert snap_compare(app, terminal_size=SMALL, run_before=filter_by_a_word)


def test_key_panel(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def show_keys(pilot):  # type: ignore[no-untyped-def]
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(reader(None, tmp_path), terminal_size=SMALL, run_before=show_keys)
