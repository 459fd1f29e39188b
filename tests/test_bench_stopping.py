"""A bench stopped with `kill -TERM` removes the temporary folders it made, and only those."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from conftest import REPO

from bench.stopping import TERMINATED

#: A bench in small: it makes a temporary folder, says where, and works on.
BENCH = """\
import sys, tempfile, time
from bench.stopping import stop_as_interrupted

stop_as_interrupted()
with tempfile.TemporaryDirectory(dir=sys.argv[1]) as folder:
    open(f"{folder}/index.json", "w").close()
    print(folder, flush=True)
    while True:
        time.sleep(1)
"""


def test_kill_term_removes_the_bench_s_own_folder_and_nothing_else(tmp_path: Path) -> None:
    theirs = tmp_path / "someone-else-s"  # in the same temporary folder
    theirs.mkdir()
    bench = subprocess.Popen(
        [sys.executable, "-c", BENCH, str(tmp_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bench.stdout is not None
    ours = Path(bench.stdout.readline().strip())  # made, and the bench at work
    assert ours.is_dir()
    bench.send_signal(signal.SIGTERM)
    assert bench.wait(timeout=30) == TERMINATED  # as a shell reports a process TERMed
    assert not ours.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [theirs.name]
