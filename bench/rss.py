"""Run a command and write its peak memory (RSS, in bytes) to a file.

    python -m bench.rss OUT_FILE -- command args...

Used around the reader started in tmux, whose memory cannot be read from
outside once it has quit.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path


def main() -> int:
    out, separator, *command = sys.argv[1:]
    assert separator == "--", "usage: python -m bench.rss OUT_FILE -- command ..."
    status = subprocess.call(command)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    Path(out).write_text(str(peak_kib * 1024), encoding="utf-8")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
