"""Textual's OptionList, made safe where the reader uses one (the command palette)."""

from __future__ import annotations

from textual.widgets import OptionList


def can_page(options: OptionList) -> bool:
    """Whether `options` may take PageDown/PageUp.

    OptionList lays out its lines only once it has room to draw one, and its
    page actions look the highlighted option up in them: with no room (the
    palette at 60×3 is zero lines tall) they raised `KeyError: 0`. A page of
    nothing is nothing, so with no room the keys do nothing.
    """
    return bool(options.scrollable_content_region)
