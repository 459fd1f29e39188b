"""The user's folders for briefing (cache, config, data, state), each with its override.

platformdirs is imported here alone, and only when no override is set: a
command given its paths (`briefing index --index FILE`, the tests, the
bench) does not pay for it (some 8 ms of a start).

An override (`BRIEFING_INDEX_DIR`, `BRIEFING_CONFIG_DIR`, `BRIEFING_DATA_DIR`,
`BRIEFING_STATE_DIR`) is a full path to a folder that is there or can be made
in a folder that is: one that starts with `~` (not expanded inside quotes,
`BRIEFING_DATA_DIR="~/brf"`), a relative path (notes kept wherever briefing
was run from) or a typo in a parent folder (which would make a whole tree
nobody meant) is refused with a UsageError that says what to write instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from briefing.errors import UsageError
from briefing.files.locations import display_path
from briefing.records.text import visible_line

Kind = Literal["cache", "config", "data", "state"]
#: Each folder's variable, for the reader to check them all before it starts.
OVERRIDES: dict[Kind, str] = {
    "cache": "BRIEFING_INDEX_DIR",
    "config": "BRIEFING_CONFIG_DIR",
    "data": "BRIEFING_DATA_DIR",
    "state": "BRIEFING_STATE_DIR",
}


def user_folder(kind: Kind, override_env: str) -> Path:
    """$`override_env` when it is set, else the user's `kind` folder for briefing.

    Raises UsageError for an override that is not a full path, or whose
    folder is missing and could not be made without making its parent too.
    """
    override = os.environ.get(override_env)
    if override:
        return override_folder(override_env, override)
    import platformdirs

    find = {
        "cache": platformdirs.user_cache_dir,
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "state": platformdirs.user_state_dir,
    }[kind]
    return Path(find("briefing", appauthor=False))


def override_folder(name: str, value: str) -> Path:
    """The folder the variable `name` set to `value` names; UsageError when it
    is not a full path, or when neither it nor the folder it would be made in
    exists (it is made when missing, but not a whole tree of them)."""
    shown = visible_line(value)
    if value.startswith("~"):
        raise UsageError(
            f'{name} is "{shown}", which starts with ~: briefing would make a folder named ~ '
            "in the folder it is run from (a shell does not expand ~ inside quotes); "
            f"write the full path: {visible_line(os.path.expanduser(value))}"
        )
    path = Path(value)
    if not path.is_absolute():
        raise UsageError(
            f'{name} is "{shown}", a relative path: it would name another folder '
            "in each folder briefing is run from; write the full path: "
            f"{visible_line(os.path.abspath(value))}"
        )
    if not path.exists() and not path.parent.is_dir():
        missing = "is not a folder" if path.parent.exists() else "does not exist"
        raise UsageError(
            f"{name} names {display_path(path)}, and the folder it would be made in, "
            f"{display_path(path.parent)}, {missing}: is there a typo?"
        )
    return path


def check_overrides() -> None:
    """Raise UsageError, in one line, for the first override that is refused:
    for the reader, before it takes the terminal (it reads them all)."""
    for name in OVERRIDES.values():
        value = os.environ.get(name)
        if value:
            override_folder(name, value)
