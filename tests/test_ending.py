"""How the process ends: at once after the reader when nothing is left running."""

from __future__ import annotations

import subprocess
import sys

import pytest

#: A process that has "run the reader" (imported the screens), may start a
#: thread that outlives main, and ends through briefing.cli.ending; an atexit
#: handler says whether the interpreter's ordinary exit ran.
SCRIPT = """
import atexit, sys, threading, time
import briefing.screens.app
from briefing.cli.ending import end
atexit.register(lambda: print("ordinary exit", flush=True))
if sys.argv[1] == "thread":
    threading.Thread(target=time.sleep, args=(0.3,)).start()
if sys.argv[1] == "daemon":  # as the reader's watch for a signal's grace: waits all along
    threading.Thread(target=threading.Event().wait, daemon=True).start()
if sys.argv[1] == "child":
    import multiprocessing
    child = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(0.3,))
    child.start()
if sys.argv[1] == "pool done":  # a build in processes, its pool shut down
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(abs, -1).result() == 1
if sys.argv[1] == "profiled":
    sys.setprofile(lambda *args: None)
print("output before the end", end="")
end(3)
"""


@pytest.mark.parametrize(
    ("case", "ordinary"),
    [
        ("alone", False),
        ("daemon", False),
        ("pool done", False),
        ("thread", True),
        ("child", True),
        ("profiled", True),
    ],
)
def test_the_reader_ends_at_once_unless_something_is_still_running(
    case: str, ordinary: bool
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, case], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 3  # the status, whichever way
    assert done.stdout.startswith("output before the end")  # flushed before ending
    assert ("ordinary exit" in done.stdout) is ordinary
