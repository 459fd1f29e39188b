"""A briefing screen's state as a place kept between runs, and back (briefing.userdata.places).

What is kept: the active pane, the actor or event the panes were narrowed to
(with its members or not), and each pane's `/` text and row. What was open
over the panes (the viewer, details) is not: the reader opens on the panes,
where Backspace has nothing to undo. A place is read against the briefing as
it is now: a record that is gone since takes its part of the place with it.
"""

from __future__ import annotations

from typing import Any

from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.records.text import typable
from briefing.screens.state import PANE_OF, PANES, THREADS, PaneName, PaneState, ReaderState
from briefing.userdata.places import Place


def place_of(state: ReaderState) -> Place:
    ref = state.record_filter
    return {
        "active": state.active.value,
        "filter": None if ref is None else [ref.kind.value, ref.id],
        "members": state.with_members,
        "panes": {
            name.value: {"text": state.pane(name).text, "selected": state.pane(name).selected}
            for name in PANES
        },
    }


def state_of(place: Place, queries: BriefingQueries) -> ReaderState:
    """The state `place` describes, of what the briefing still holds."""
    state = ReaderState()
    panes = place.get("panes")  # each part checked: the file may be damaged or edited
    for name in PANES:
        kept = panes.get(name.value) if isinstance(panes, dict) else None
        if isinstance(kept, dict):
            state = state.with_pane(name, _pane_of(kept, name, queries))
    ref = _ref(place.get("filter"))
    if ref is not None and ref.kind in THREADS and queries.has(ref):
        selected = state.pane(PANE_OF[ref.kind]).selected
        state = state.filtered_by(ref).with_members_too(place.get("members") is True)
        if selected is not None:  # the row kept, not the filter's own record
            pane = PANE_OF[ref.kind]
            state = state.with_pane(pane, PaneState(state.pane(pane).text, selected))
    active = place.get("active")
    if isinstance(active, str) and active in _PANE_NAMES:
        state = state.with_active(PaneName(active))
    return state


_PANE_NAMES = frozenset(name.value for name in PANES)
_KINDS = frozenset(kind.value for kind in Kind)
#: A `/` filter longer than this is not one a person typed: not restored.
TEXT_KEPT = 200


def _pane_of(kept: dict[str, Any], name: PaneName, queries: BriefingQueries) -> PaneState:
    text = kept.get("text")
    selected = kept.get("selected")
    kind = next(kind for kind, pane in PANE_OF.items() if pane is name)
    if not isinstance(selected, str) or not queries.has(RecordRef(kind, selected)):
        selected = None
    return PaneState(kept_text(text), selected)


def kept_text(written: object) -> str:
    """A `/` filter's words as kept, taken as typed text is: a file edited by
    hand (or by someone else) is read as untrusted, and an escape in a filter
    box reached the terminal. Too long for a person's typing, or not text: ""."""
    shown = typable(written).replace("\n", " ") if isinstance(written, str) else ""
    return shown if len(shown) <= TEXT_KEPT else ""


def _ref(written: object) -> RecordRef | None:
    if not (isinstance(written, list) and len(written) == 2):
        return None
    kind, record_id = written
    if not (isinstance(kind, str) and kind in _KINDS and isinstance(record_id, str)):
        return None
    return RecordRef(Kind(kind), record_id)


def filter_gone(place: Place, queries: BriefingQueries) -> str | None:
    """What to say when the actor or event the panes were filtered by when the
    reader left is no longer in the briefing (None: it is, or there was none):
    its part of the place went with no word (a trial)."""
    ref = _ref(place.get("filter"))
    if ref is None or ref.kind not in THREADS or queries.has(ref):
        return None
    return (
        f"The {ref.kind} the panes were filtered by when you left, {ref.id}, is no longer "
        "in this briefing: it opens on the whole."
    )
