"""Checking the folders that changed, each into its own file: in processes when many.

Each folder is checked alone (briefing.check.folder), its records laid out
(briefing.index.codec) and its file written; what comes back is the folder's
catalogue row. A first build of many briefings is shared among processes,
one per core: the bytes of each file depend on its folder alone, and the
rows come back in the folders' order, so the index is the same byte for byte
whichever way it was built.

The processes are spawned (see `_in_processes`), so, as with every spawned
process pool, a script that opens an index must keep its top level under
`if __name__ == "__main__":` (the `briefing` command does).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.files.locations import FolderEntry
from briefing.index.codec import briefing_to_json, date_to_json
from briefing.index.fingerprint import FILE, FileStamp, folder_path
from briefing.index.preview import preview_of, totals, wants_preview
from briefing.index.records_file import file_tables, write_file
from briefing.index.rows import FILE_KEYS, actors_text, problem_to_json, relative_file
from briefing.index.tables import Row, Tables
from briefing.index.words import word_table
from briefing.memory import collector_paused

if TYPE_CHECKING:  # multiprocessing is imported only to build in processes (cli/ending.py)
    from concurrent.futures import Executor
    from multiprocessing.process import BaseProcess

#: Bytes of YAML and source text below which a build stays in this process:
#: starting a worker process costs about 0.2 s, the time to check 1.5 MB.
PARALLEL_FROM_BYTES = 2 * 1024 * 1024
#: The most folders handed to a worker process at once.
MAX_BATCH = 16
#: How often a worker process looks whether its parent is still there.
PARENT_POLL_SECONDS = 0.5
#: How often a build in processes reports while no batch finishes: the
#: caller shows that time passes, and may stop the build (by raising).
TICK_SECONDS = 0.1
#: The most folders still being checked that a progress report names.
NAMED_LEFT = 3


@dataclass(frozen=True)
class Progress:
    """How far a build is: `done` of `total` folders checked, and the names of
    the folders still being checked once no more than NAMED_LEFT are (else ()).
    `kept`: of those done, how many have their file written (kept if the build
    stops now: the next one takes them as they are)."""

    done: int
    total: int
    left: tuple[str, ...] = ()
    kept: int = 0


OnProgress = Callable[[Progress], None]


@dataclass(frozen=True)
class Job:
    """One folder to check, and where its file goes (None: kept in memory)."""

    content: Path
    folder: FolderEntry
    name: str
    stamps: tuple[FileStamp, ...]
    generation: str
    file: str
    target: Path | None

    @property
    def size(self) -> int:
        return sum(s.size for s in self.stamps if s.kind == FILE)


@dataclass(frozen=True)
class Built:
    """A folder checked: its catalogue row, and its file's tables when kept in memory."""

    row: Row
    tables: Tables | None


def catalogue_row(summary: Row, stamps: Sequence[FileStamp], file: str | None,
                  generation: str | None) -> Row:  # fmt: skip
    """A folder's summary with what only the catalogue keeps of it."""
    extra = {"stamps": [s.to_json() for s in stamps], "file": file, "generation": generation}
    assert set(extra) == set(FILE_KEYS)
    return {**summary, **extra}


def refused_row(content: Path, folder: FolderEntry, name: str, stamps: Sequence[FileStamp]) -> Row:
    """A folder of the content that is not read (a broken link ...): its problem, no file."""
    from briefing.check.folder import refused_folder

    problems = refused_folder(folder).problems
    summary = _summary(
        content, folder.path, name, None, [problem_to_json(p, content) for p in problems]
    )
    return catalogue_row(summary, stamps, None, None)


def build(job: Job) -> Built:
    """Check one folder and write its file (or keep its tables, when `job.target` is None)."""
    # Looked up when called, so that a test can count the folders checked.
    from briefing.check import folder as checker

    with collector_paused():
        result = checker.check_folder(job.folder.path, text_places=True)
        built = result.briefing
        problems = [problem_to_json(p, job.content) for p in result.problems]
        summary = _summary(job.content, job.folder.path, job.name, result.briefing_id, problems)
        if result.briefing_id_at is not None:
            file, where = result.briefing_id_at
            summary["id_at"] = [relative_file(file, job.content), where.line, where.column]
        data = None
        preview = None
        words = None
        if built is not None:
            data = briefing_to_json(built)
            words = word_table(built, result.text_places)
            if wants_preview(len(built.actors), len(built.events), len(built.quotes)):
                preview = {**briefing_to_json(preview_of(built)), "totals": totals(built)}
            summary.update(
                title=built.title,
                as_of=date_to_json(built.as_of),
                tags=list(built.tags),
                counts=[len(built.actors), len(built.events), len(built.quotes)],
                actors=actors_text(
                    [a.id, a.name, list(a.same_as), list(a.aliases)] for a in built.actors
                ),
            )
        del result, built
        tables = file_tables(summary["path"], job.generation, summary, data, preview, words)
        del data, preview, words
        if job.target is not None:
            write_file(job.target, tables)
        row = catalogue_row(summary, job.stamps, job.file, job.generation)
        return Built(row, None if job.target is not None else tables)


def _summary(content: Path, folder: Path, name: str, ident: str | None, problems: list[Row]) -> Row:
    return {
        "folder": name,
        "path": folder_path(folder, content),
        "id": ident,
        "id_at": None,
        "title": None,
        "as_of": None,
        "tags": [],
        "counts": [0, 0, 0],
        "problems": problems,
        "actors": actors_text([]),
    }


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def build_all(
    jobs: Sequence[Job], workers: int | None, on_progress: OnProgress | None
) -> list[Built]:
    """Every job built, in the jobs' order; `on_progress` after each.

    `workers`: how many processes (None: one per core, when there is enough
    to build to pay for starting them, and one for a single large folder when
    the build may be stopped; 1: in this process). In processes,
    `on_progress` is also called every TICK_SECONDS while none finishes, and
    what it raises stops the build at once: the processes are ended, and the
    files they were writing never replaced (each is written whole or not at
    all, storage.py), so the index is as it was or a part further.
    """
    total = len(jobs)
    in_a_process = False
    if workers is None:
        enough = sum(job.size for job in jobs) >= PARALLEL_FROM_BYTES
        workers = available_cores() if enough else 1
        # One large folder too, when the caller may stop the build: a process
        # is ended at once, where this one's thread finishes the folder first
        # (a reader sent TERM during the first build of a x1000 briefing took
        # 5 s to end, on an empty screen).
        in_a_process = enough and on_progress is not None
    workers = max(1, min(workers, total))
    if workers == 1 and not in_a_process:
        built = []
        kept = 0
        for done, job in enumerate(jobs, 1):
            built.append(build(job))
            kept += job.target is not None
            if on_progress is not None:
                on_progress(Progress(done, total, _named([j.name for j in jobs[done:]]), kept))
        return built
    return _in_processes(jobs, workers, on_progress)


def _named(left: list[str]) -> tuple[str, ...]:
    """The folders still being checked, as a progress report names them."""
    return tuple(sorted(left)) if len(left) <= NAMED_LEFT else ()


def _batches(jobs: Sequence[Job], workers: int) -> list[list[int]]:
    """The jobs' numbers in batches, the largest jobs first.

    A task costs both processes about half a millisecond to hand over, as
    much as a tenth of a briefing's check: small jobs go in batches, small
    enough that the last ones keep every process busy to the end. A job as
    large as a share of the work goes alone, and first: it starts while the
    small ones fill the other processes, rather than holding one process
    alone at the end; and the progress can name it while it is read.
    """
    count = max(1, min(MAX_BATCH, len(jobs) // (workers * 8)))
    share = sum(job.size for job in jobs) / (workers * 8)
    batches: list[list[int]] = []
    batch: list[int] = []
    weight = 0
    for number in sorted(range(len(jobs)), key=lambda n: -jobs[n].size):
        size = jobs[number].size
        if batch and (len(batch) == count or weight + size > share):
            batches.append(batch)
            batch, weight = [], 0
        batch.append(number)
        weight += size
    if batch:
        batches.append(batch)
    return batches


def _in_processes(jobs: Sequence[Job], workers: int, on_progress: OnProgress | None) -> list[Built]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    batches = _batches(jobs, workers)
    # Spawned, not forked: the reader opens the index from a thread, and a
    # process forked from a threaded one may inherit a lock held forever.
    context = multiprocessing.get_context("spawn")
    results: list[Built | None] = [None] * len(jobs)
    done = kept = 0
    others = set(multiprocessing.active_children())
    with _stderr_with_a_descriptor():  # processes start here, and as tasks are handed over
        pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=_worker, initargs=(os.getpid(),)
        )
        try:
            with _terminal_signals_held():
                futures: dict[Future[list[Built]], list[int]] = {
                    pool.submit(_build_batch, [jobs[n] for n in batch]): batch for batch in batches
                }
        except BaseException:
            _stop(pool, others)
            raise
    pending = set(futures)

    def report(unfinished: set[Future[list[Built]]]) -> None:
        if on_progress is not None:
            left = [jobs[n].name for future in unfinished for n in futures[future]]
            on_progress(Progress(done, len(jobs), _named(left), kept))

    try:
        while pending:
            finished, pending = wait(pending, TICK_SECONDS, return_when=FIRST_COMPLETED)
            if not finished:
                report(pending)  # time passes: the caller says so, or stops the build
            while finished:  # one report per batch, even for batches ending together
                future = finished.pop()
                for number, built in zip(futures[future], future.result(), strict=True):
                    results[number] = built
                    kept += jobs[number].target is not None
                done += len(futures[future])
                report(pending | finished)
        pool.shutdown()  # a signal while it waits for the processes to end: stopped as above
    except BaseException:
        _stop(pool, others)
        raise
    return [built for built in results if built is not None]


def _stop(pool: Executor, others: set[BaseProcess]) -> None:
    """End the pool now: its processes ended, not waited for (a large briefing
    takes seconds), then the pool shut down, so that nothing it made is left
    behind (its semaphores, which multiprocessing would call leaked)."""
    import multiprocessing

    pool.shutdown(wait=False, cancel_futures=True)
    started = [p for p in multiprocessing.active_children() if p not in others]
    for process in started:
        process.terminate()
    for process in started:
        process.join()
    pool.shutdown(wait=True)


def _build_batch(jobs: Sequence[Job]) -> list[Built]:
    return [build(job) for job in jobs]


#: What the terminal sends every process of the command: Ctrl+C, and the window closed.
_TERMINAL_SIGNALS = frozenset({signal.SIGINT, signal.SIGHUP})


@contextmanager
def _terminal_signals_held() -> Iterator[None]:
    """Ctrl+C and SIGHUP held back (blocked) while worker processes are started.

    A process starts with the blocked signals of the one that started it, so
    a worker never sees them: before its initializer could ignore them, a
    worker still importing printed its own KeyboardInterrupt traceback over
    the command's one line (a trial). Here they wait, and reach this process
    as the block ends, inside the caller's clean-up (CPython's semaphore
    tracker is started the same way).
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _TERMINAL_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@contextmanager
def _stderr_with_a_descriptor() -> Iterator[None]:
    """`sys.stderr` with a file descriptor while processes are started.

    multiprocessing hands the descriptor of `sys.stderr` to the process it
    starts to track its semaphores; in the reader, Textual's `sys.stderr`
    has none (-1) and starting it failed. That process then writes to
    /dev/null rather than over the reader's screen.
    """
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    saved = sys.stderr
    with open(os.devnull, "w", encoding="utf-8") as sink:
        sys.stderr = sink
        try:
            yield
        finally:
            sys.stderr = saved


def _worker(parent: int) -> None:
    """A worker process starts: it answers to its parent alone, and never outlives it.

    Ctrl+C, and SIGHUP when the terminal closes, reach every process of the
    terminal: the parent answers them.
    Nothing a worker might print reaches the terminal (the reader draws
    there); a failure comes back to the parent with its traceback. A parent
    killed (kill -9) cannot stop its workers, which would wait for work
    forever: each leaves when its parent is gone.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The terminal closed: the parent ends the build, and these with it
    # (ended first, they left it a broken pool, and its failure to say).
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    sink = os.open(os.devnull, os.O_WRONLY)
    for stream in (1, 2):
        os.dup2(sink, stream)
    os.close(sink)
    threading.Thread(target=_leave_with, args=(parent,), daemon=True).start()


def _leave_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
