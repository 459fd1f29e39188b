"""Briefings of one content directory that give themselves one id: which keeps it.

Apart from the checker (briefing.check.content) so that the index, which
words these errors again for the reader's library, need not import it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefing.files.filekinds import path_text
from briefing.records.text import shown


def shared_id_problems(
    briefing_id: str, names: list[str], same_as: Sequence[str | None] = ()
) -> list[tuple[str, str] | None]:
    """For each of the folders `names` that give their briefings one id: None
    for the one that keeps it, else the (message, hint) of its error.

    The folder named after the id keeps it; when none is, none does. Which
    folder's name sorts first decided it before: a backup copy (`aa-backup/`)
    took the id from the folder it was copied from (a new user's trial).
    `same_as` (see `same_folders`): for each, another of the names that is
    the very same folder, through a symbolic link.
    """
    keeper = names.index(briefing_id) if briefing_id in names else None
    said: list[tuple[str, str] | None] = []
    for position, name in enumerate(names):
        if position == keeper:
            said.append(None)
            continue
        twin = same_as[position] if position < len(same_as) else None
        if twin is not None:
            said.append(
                (
                    f"this briefing is also in the content directory as {path_text(twin)}: "
                    "the same folder, through a symbolic link",
                    "remove the link; to keep a copy, copy the folder and give the copy its own id",
                )
            )
            continue
        others = [path_text(other) for other in names if other != name]
        if keeper is not None:
            hint = (
                f"the folder {path_text(briefing_id)}, named after the id, keeps it; "
                "give this briefing its own id"
            )
        else:
            hint = (
                f"it is also the id in {', '.join(others)}; give each briefing its own id, "
                "or rename the folder that should keep it to the id itself"
            )
        said.append(
            (f"another briefing in this content directory has the id {shown(briefing_id)}", hint)
        )
    return said


def same_folders(paths: Sequence[Path]) -> list[str | None]:
    """For each of `paths`, the name of another of them that is the same folder
    (a symbolic link to it, or the folder a link leads to), else None: the
    same briefing twice was said to be two briefings sharing an id."""
    real = [os.path.realpath(path) for path in paths]
    return [
        next((paths[j].name for j in range(len(paths)) if j != i and real[j] == real[i]), None)
        for i in range(len(paths))
    ]
