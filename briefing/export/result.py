"""What an export produces."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Export:
    """What an export writes: one text, or (`folder`) one text per file name."""

    files: dict[str, str]
    folder: bool = False

    @property
    def text(self) -> str:
        """The one text of a single-file export."""
        (only,) = self.files.values()
        return only
