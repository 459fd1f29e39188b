"""How the process ends: at once after the reader when nothing is left running."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

#: A process that has "run the reader" (imported the screens), may start a
#: thread that outlives main, and ends through briefing.cli.ending; an atexit
#: handler says whether the interpreter's ordinary exit ran.
SCRIPT = """
import atexit, sys, threading, time
import briefing.screens.app
from briefing.cli.ending import end
atexit.register(lambda: print("ordinary exit", flush=True))
if sys.argv[1] == "thread":  # a worker finishing: waited for, a moment
    threading.Thread(target=lambda: (time.sleep(0.3), print("thread done", end=" "))).start()
if sys.argv[1] == "reading":  # a worker that writes nothing, still at it after the moment
    threading.Thread(target=time.sleep, args=(30,)).start()
if sys.argv[1] == "writing":  # a file being made: the ordinary exit waits for it
    from pathlib import Path
    from briefing.files.atomic import write_atomically, writing
    def export():  # built for a while (a large briefing), then written
        with writing():
            time.sleep(1.5)
            write_atomically(Path(sys.argv[2]) / "export.json", [b"written"])
    threading.Thread(target=export).start()
if sys.argv[1] == "building":  # the index still being built: a cache, not waited for
    from briefing.index.building import building
    def build():
        with building():
            time.sleep(30)
    threading.Thread(target=build).start()
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
        ("thread", False),
        ("reading", False),
        ("building", False),
        ("writing", True),
        ("child", True),
        ("profiled", True),
    ],
)
def test_the_reader_ends_at_once_unless_something_is_still_running(
    case: str, ordinary: bool, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, case, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3  # the status, whichever way
    assert "output before the end" in done.stdout  # flushed before ending
    assert ("ordinary exit" in done.stdout) is ordinary
    if case == "thread":
        assert done.stdout.startswith("output before the endthread done")  # waited for
    if case == "writing":
        assert (tmp_path / "export.json").read_bytes() == b"written"
    if case == "building":
        assert "the next start goes on from there" in done.stderr
