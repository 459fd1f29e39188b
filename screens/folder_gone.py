"""What the reader says while the open briefing's folder is gone, and once it is back.

A folder deleted and made again (`rm -rf`, then a sync, a `git checkout`,
an unpacked backup) is followed (briefing.screens.live): while it is gone
the last version read stays on screen, the header says so for as long as
it lasts (a toast alone was gone in 15 s, and the briefing then never
changed again: a trial of a shared desk), and Esc, with nowhere to go, says
why. Said in the words `briefing check --watch` uses ("gone", "back").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.files.locations import display_path, nearest_path
from briefing.index.watch import gone_folder
from briefing.records.text import visible_line

#: said once, when the files of a folder that was gone are read again
BACK = "Read again: its folder is back."


@dataclass(frozen=True)
class FolderGone:
    """The open briefing's folder, or its library's, is not there."""

    folder: Path
    #: it is the library's folder (the content directory the briefing was read from)
    library: bool
    #: an existing folder of a name near it (a rename), if any
    near: Path | None

    @property
    def whose(self) -> str:
        return "its library's folder" if self.library else "its folder"

    @property
    def header(self) -> str:
        """At the head of the header, for as long as it lasts."""
        return f"{self.whose} is gone: the last version read"

    @property
    def _where(self) -> str:
        near = f"; did you mean {display_path(self.near)}?" if self.near is not None else ""
        return visible_line(f"{display_path(self.folder)}{near}")

    @property
    def notice(self) -> str:
        """Said once, when it goes."""
        return (
            f"{'The library' if self.library else 'This briefing'}'s folder is gone "
            f"({self._where}). "
            "The last version read stays on screen, and is read again when its folder is back."
        )

    @property
    def nowhere(self) -> str:
        """Esc's answer, with no library under the briefing to go back to."""
        return (
            f"Nothing to go back to: this briefing was opened on its own, and {self.whose} "
            f"is gone ({self._where}). The last version read stays on screen until it is back."
        )

    @property
    def library_header(self) -> str:
        """At the head of the library's title, for as long as it lasts."""
        return "the library's folder is gone: its briefings as last read"

    @property
    def listed(self) -> str:
        """Said on going back to a library whose folder is gone."""
        return (
            f"The library's folder is gone ({self._where}): its briefings are listed "
            "as last read, until it is back."
        )


def folder_gone(content: Path, folder: Path) -> FolderGone | None:
    """The briefing's folder or its library's, when one is not there (None: both are).

    Looks at the disk: called in a worker.
    """
    gone = gone_folder(content, folder)
    if gone is None:
        return None
    library = gone == content and content != folder
    return FolderGone(gone, library, nearest_path(gone))


def library_gone(content: Path) -> FolderGone | None:
    """The library's folder, when it is not there (None: it is). Looks at the disk."""
    if content.exists():
        return None
    return FolderGone(content, True, nearest_path(content))
