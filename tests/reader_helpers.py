"""Starting the reader in tests the way users start it, deterministically."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from screens.app import BriefingApp, make_app

SIZE = (120, 40)
SMALL = (80, 24)


def reader(content: Path | None, index_dir: Path, briefing_id: str | None = None) -> BriefingApp:
    """The app as `briefing open` builds it, with an index of the test's own."""
    return make_app(content, briefing_id, index_dir / "index.json")


async def settle(pilot: Pilot) -> None:
    """Wait until the index is open and the first screen is drawn."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
