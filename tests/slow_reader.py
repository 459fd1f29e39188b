"""`briefing` as users start it, but checking the folder named `slow` takes a minute,
as a very large briefing's would: for the pty tests of a reader ended while it indexes.

The build's worker processes are spawned: each runs this file's top level again
(as `__mp_main__`), so the slow check is theirs too. The process checking `slow`
writes its id into `slow.pid` beside the test's state folder.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from briefing.check import folder as checker

real_check = checker.check_folder


def slow_check(path: Path, *args: Any, **kwargs: Any) -> Any:
    if path.name == "slow":
        mark = Path(os.environ["BRIEFING_STATE_DIR"]).with_name("slow.pid")
        mark.write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(60)
    return real_check(path, *args, **kwargs)


checker.check_folder = slow_check

if __name__ == "__main__":
    from briefing.cli import run

    run()
