"""`briefing` as users start it, but each spawned worker process of a build
takes a minute to start, as one importing from a slow disk would: for the pty
test of Ctrl+C pressed while the workers are still starting.

A spawned worker runs this file's top level again (as `__mp_main__`) before
it runs anything of the build's: here it writes its id into `starting.pid`
beside the test's state folder, with whether Ctrl+C can reach it, then waits;
if Ctrl+C reaches it, it writes `interrupted.pid` too.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

if __name__ == "__mp_main__":
    mark = Path(os.environ["BRIEFING_STATE_DIR"]).with_name("starting.pid")
    # Whether Ctrl+C can reach it: said as it starts, since on a busy machine
    # its parent may end it before it answers Ctrl+C (below).
    deaf = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, ())
    mark.with_suffix(".part").write_text(f"{os.getpid()} {'deaf' if deaf else 'hears'}")
    mark.with_suffix(".part").replace(mark)  # whole when the test reads it
    try:
        time.sleep(60)
    except KeyboardInterrupt:  # Ctrl+C reached it: said at once, before its parent ends it
        mark.with_name("interrupted.pid").write_text(str(os.getpid()), encoding="utf-8")
        raise

if __name__ == "__main__":
    from briefing.cli import run

    run()
