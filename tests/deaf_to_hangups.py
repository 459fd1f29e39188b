"""`briefing` started with SIGHUP ignored (as by a shell's `trap '' HUP`): when
its terminal goes away, no signal tells it so."""

from __future__ import annotations

import signal

if __name__ == "__main__":
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    from briefing.cli import run

    run()
