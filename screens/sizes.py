"""One size below which a terminal is small, for every screen.

Below it the briefing screen shows one pane at a time, the quote viewer drops
its margins and holds its header and chain to a few rows, and the summary
fills the screen. One threshold, so that they change together on a resize.
"""

from __future__ import annotations

from textual.geometry import Size

NARROW_WIDTH, NARROW_HEIGHT = 100, 30


def is_narrow(size: Size) -> bool:
    """Whether a screen of `size` is below NARROW_WIDTH×NARROW_HEIGHT."""
    return size.width < NARROW_WIDTH or size.height < NARROW_HEIGHT
