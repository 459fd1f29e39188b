"""Briefings of one content directory that give themselves one id: which keeps it.

Apart from the checker (briefing.check.content) so that the index, which
words these errors again for the reader's library, need not import it.
"""

from __future__ import annotations

from briefing.files.filekinds import path_text
from briefing.records.text import shown


def shared_id_problems(briefing_id: str, names: list[str]) -> list[tuple[str, str] | None]:
    """For each of the folders `names` that give their briefings one id: None
    for the one that keeps it, else the (message, hint) of its error.

    The folder named after the id keeps it; when none is, none does. Which
    folder's name sorts first decided it before: a backup copy (`aa-backup/`)
    took the id from the folder it was copied from (a new user's trial).
    """
    keeper = names.index(briefing_id) if briefing_id in names else None
    said: list[tuple[str, str] | None] = []
    for position, name in enumerate(names):
        if position == keeper:
            said.append(None)
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
