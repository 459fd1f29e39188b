"""The user's folders for briefing (cache, config, data, state), each with its override.

platformdirs is imported here alone, and only when no override is set: a
command given its paths (`briefing index --index FILE`, the tests, the
bench) does not pay for it (some 8 ms of a start).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

Kind = Literal["cache", "config", "data", "state"]


def user_folder(kind: Kind, override_env: str) -> Path:
    """$`override_env` when it is set, else the user's `kind` folder for briefing."""
    override = os.environ.get(override_env)
    if override:
        return Path(override)
    import platformdirs

    find = {
        "cache": platformdirs.user_cache_dir,
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "state": platformdirs.user_state_dir,
    }[kind]
    return Path(find("briefing", appauthor=False))
