"""A shell's job control, for the pty tests: `python job_shell.py PIDFILE COMMAND...`.

Run as the session leader of a pty (pty_terminal.terminal), it starts COMMAND in a
process group of its own, gives it the terminal, writes its process id into PIDFILE
and ends with its status (128 + a signal's number when a signal ended it).

A process started straight as the session leader is in an orphaned process group:
the kernel discards a Ctrl+Z meant to stop it (a shell's jobs are not orphaned).
With `--takes-back` first, it takes the terminal back when COMMAND stops, as an
interactive shell does: COMMAND is then a job stopped in the background.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path


def main() -> int:
    takes_back = sys.argv[1] == "--takes-back"
    arguments = sys.argv[2:] if takes_back else sys.argv[1:]
    pidfile, command = Path(arguments[0]), arguments[1:]
    # As a shell does: it is not stopped by giving the terminal away, nor by writing.
    for signum in (signal.SIGTTOU, signal.SIGTTIN, signal.SIGTSTP):
        signal.signal(signum, signal.SIG_IGN)
    child = os.fork()
    if child == 0:
        os.setpgid(0, 0)
        for signum in (signal.SIGTTOU, signal.SIGTTIN, signal.SIGTSTP):
            signal.signal(signum, signal.SIG_DFL)
        os.execvp(command[0], command)
    # Both set it, as a shell does, whichever runs first; once the child has
    # exec'd, the kernel refuses the parent's (EACCES): the child's stands.
    with contextlib.suppress(PermissionError):
        os.setpgid(child, child)
    os.tcsetpgrp(0, child)
    pidfile.write_text(str(child), encoding="utf-8")
    while True:
        _, status = os.waitpid(child, os.WUNTRACED)
        if os.WIFEXITED(status):
            return os.WEXITSTATUS(status)
        if os.WIFSIGNALED(status):
            return 128 + os.WTERMSIG(status)
        # stopped: as a shell's job, until the test continues it
        if takes_back:
            os.tcsetpgrp(0, os.getpgrp())


if __name__ == "__main__":
    sys.exit(main())
