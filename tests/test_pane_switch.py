"""Tab and Shift+Tab move the active pane's mark: its accent border wide, the
pane itself below 100×30. The mark is restyled on the panes alone
(BriefingScreen._update_tabs), so a rule that read it further down would
never apply: these say what a user sees after each switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import SIZE, SMALL, reader, settle
from textual.color import Color

from briefing.screens.briefing_screen import BriefingScreen

PANES = ("actors", "chronology", "quotes")


def _accent_bordered(screen: BriefingScreen) -> list[str]:
    accent = Color.parse(screen.app.get_css_variables()["accent"])
    return [name for name in PANES if screen.pane(name).styles.border_top[1] == accent]


def _shown(screen: BriefingScreen) -> list[str]:
    return [name for name in PANES if screen.pane(name).region.area]


@pytest.mark.parametrize("keys", [("tab",), ("shift+tab",)])
async def test_the_accent_border_follows_the_active_pane(tmp_path: Path, keys: tuple[str]) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert _accent_bordered(screen) == ["actors"]
        step = 1 if keys == ("tab",) else -1
        for turn in range(1, 4):
            await pilot.press(*keys)
            await pilot.pause()
            active = PANES[(turn * step) % 3]
            assert _accent_bordered(screen) == [active]
            assert app.focused is screen.pane(active).list_widget
            assert _shown(screen) == list(PANES)  # wide: all three stay in sight


async def test_below_100_by_30_only_the_active_pane_shows(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert _shown(screen) == ["actors"]
        for active in ("chronology", "quotes", "actors"):
            await pilot.press("tab")
            await pilot.pause()
            assert _shown(screen) == [active]
            assert _accent_bordered(screen) == [active]
