"""Where the reader was: each briefing's panes, filter and rows, and each library's order and row.

An analyst who quit and came back found the reader at its first pane, first
row, no filter, and the library back at its first row and order (a trial).
The reader keeps where it was in `places.json`, in briefing's state folder
(~/.local/state/briefing: what a restart reuses, not the user's data), one
entry per briefing folder and per library, the most recent `KEPT`.

A place is a convenience, not the user's work: a file that cannot be read or
written costs the place and nothing else, and is said in one line once the
reader has ended. A file at that path that is not ours is never read past
its first bytes nor replaced (briefing.files.jsonfile), and one of ours that
is damaged is written anew (it holds nothing but places).

No Textual here: what a place holds is the screens' to say (briefing.screens.places).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing.errors import UsageError
from briefing.files.atomic import temporary_files
from briefing.files.atomic import write_atomically as _write_atomically
from briefing.files.crashlog import state_dir
from briefing.files.jsonfile import Marker, NotOurs, Unreadable, encode, our_file, read_json
from briefing.files.locations import display_path
from briefing.files.lock import LockWaitTimeout, file_lock

MARKER = Marker(
    "_briefing_places",
    "written by briefing: where you were in each briefing and library; safe to delete",
    "a file of places",
    cut_is_ours=True,
)
FILE_NAME = "places.json"
#: The places kept: the most recently left.
KEPT = 300
#: Far beyond KEPT places.
MAX_BYTES = 8 * 1024 * 1024
#: Two readers that quit at once each merge in the other's place: the second waits this long.
LOCK_WAIT_SECONDS = 2.0

Place = dict[str, Any]


def places_path() -> Path:
    return state_dir() / FILE_NAME


def briefing_key(folder: Path) -> str:
    """The key of a briefing's place: its folder (a copy of it elsewhere has its own)."""
    return f"briefing {os.path.abspath(folder)}"


def library_key(content: Path) -> str:
    return f"library {os.path.abspath(content)}"


class Places:
    """The places file, read once when first asked, written when places are left."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._places: dict[str, Place] | None = None
        #: why the places could not be kept (said once the reader has ended)
        self.problem: str | None = None
        self._ours = True
        #: the file is there but could not be read: it is not written over
        self._unread = False

    @property
    def path(self) -> Path:
        """Raises OSError when the state folder's variable names no folder."""
        if self._path is None:
            try:
                self._path = places_path()
            except UsageError as exc:  # BRIEFING_STATE_DIR made wrong since the start
                raise OSError(str(exc)) from exc
        return self._path

    def get(self, key: str) -> Place | None:
        place = self._read().get(key)
        return place if isinstance(place, dict) else None

    def put(self, places: dict[str, Place]) -> None:
        """Keep `places` (by key), with what the file holds of others (another
        reader's, read again under the file's lock); the oldest beyond KEPT are
        let go."""
        if not places or not self._ours:
            return
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with file_lock(self.path, "where you were", LOCK_WAIT_SECONDS):
                self._places = None  # read again: another reader may have written since
                merged = dict(self._read())
                if not self._ours or self._unread:
                    return  # a file briefing did not write, or one it cannot read: left
                merged.update({key: {**place, "at": now} for key, place in places.items()})
                newest = sorted(
                    merged.items(), key=lambda item: str(item[1].get("at", "")), reverse=True
                )
                kept = dict(newest[:KEPT])
                target = our_file(self.path, MARKER) or self.path  # a link to ours: through it
                for stale in temporary_files(target):
                    stale.unlink(missing_ok=True)  # of a write that was killed; we hold the lock
                _write_atomically(target, encode({"places": kept}, MARKER))
        except NotOurs as exc:  # became another's between the read and the write
            self._not_ours(exc)
            return
        except (OSError, ValueError, LockWaitTimeout) as exc:
            # (not `self.path` again: it may be what raised)
            where = display_path(self._path) if self._path is not None else "the state folder"
            self.problem = f"where you were was not kept in {where}: {exc}"
            return
        self._places = kept

    def _not_ours(self, exc: NotOurs) -> None:
        self._ours = False
        self.problem = (
            f"{display_path(self.path)} is not a file of places ({exc}), so it was left "
            "as it is and where you were is not kept; if it is nothing of yours, delete it "
            "and the reader keeps its places there again"
        )

    def _read(self) -> dict[str, Place]:
        if self._places is not None:
            return self._places
        self._places = {}
        self._unread = False
        try:
            data = read_json(self.path, MARKER, MAX_BYTES)
        except NotOurs as exc:  # a dangling link, a loop, a folder, someone's file
            self._not_ours(exc)
        except Unreadable:
            pass  # ours, and damaged: written anew at the next put
        except OSError as exc:  # unreadable (permissions): never written over either
            self._unread = True
            self.problem = f"where you were could not be read: {exc}"
        else:
            places = data.get("places") if data is not None else None
            if isinstance(places, dict):
                self._places = {k: v for k, v in places.items() if isinstance(v, dict)}
        return self._places
