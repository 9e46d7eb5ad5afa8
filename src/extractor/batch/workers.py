"""Worker processes: every task runs in a process of its own, with a wall-clock timeout and a memory limit.

A task is a function and its arguments. The worker is forked, so neither is
pickled and nothing is imported again; only the result comes back, through
a pipe. Whatever goes wrong inside becomes an `Outcome` with a
`DocumentError` for the task's document: an exception, running out of
memory (the address space a worker may add is capped with RLIMIT_AS), a
crash (the process dies without answering), or a hang (killed at the
deadline: pdfminer has known hangs on malformed files and leaves timeouts
to its callers). The other tasks go on. One process per task also gives
every task fresh memory, so a long batch cannot accumulate parser caches.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import gc
import logging
import multiprocessing
import os
import pickle
import resource
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing import connection
from typing import Any, TypeVar

from ..problems import DocumentError, Kind, describe

MB = 1 << 20


@dataclass(frozen=True)
class WorkerLimits:
    timeout: float = 120.0  # seconds of wall-clock time per task
    memory_mb: int = 1024  # address space a worker may add to what it inherits from the batch

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.memory_mb <= 0:
            raise ValueError("the timeout and the memory limit must be positive")


@dataclass(eq=False)
class Task:
    function: Callable[..., Any]
    args: tuple[Any, ...]
    label: str  # the file (and pages) the task reads, for messages
    owner: Any = None  # who gets the outcome (the document's job)
    tag: Any = None  # what the owner needs to know which step this was


@dataclass
class Outcome:
    task: Task
    value: Any = None
    error: DocumentError | None = None
    seconds: float = 0.0
    peak_mb: float = 0.0  # the worker's peak resident memory
    started: float = 0.0  # time.monotonic() when the worker was started


@dataclass(eq=False)
class _Running:
    task: Task
    process: multiprocessing.process.BaseProcess
    conn: connection.Connection
    started: float


EXIT_GRACE = 2.0  # seconds a worker that answered has to exit before it is killed


@dataclass(eq=False)
class _Exiting:
    """A worker that answered and is exiting: reaped once it is gone, killed after `EXIT_GRACE` s."""

    process: multiprocessing.process.BaseProcess
    deadline: float  # time.monotonic()


def _limit_memory(memory_mb: int) -> None:
    """Cap the address space at what the process has now plus `memory_mb` (Linux; elsewhere a no-op)."""
    try:
        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        current = 0
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = current + memory_mb * MB
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


OUT_OF_MEMORY_EXIT = 86  # a worker's exit code when even the answer "out of memory" does not fit


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Objects made within the block live as long as the batch (modules imported, vocabularies, catalogs):
    no collection runs while they are made, and they are set aside after (`gc.freeze`), so the batch's later
    collections do not scan them again, nor do its workers' (which freeze what they inherit). `release`
    gives them back to the collector.

    The recipe of Python's `gc.freeze` documentation for a process that forks without exec: collect
    nothing while the long-lived objects are made, freeze before forking."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def release() -> None:
    """Give the objects `long_lived` set aside back to the collector (at the batch's end)."""
    gc.unfreeze()


PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies (Linux)


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this worker when the batch process ends, however it ends (SIGTERM, kill -9),
    so no worker outlives its run; exit at once when the batch already ended before this was set (its pid
    `parent`, read before forking, is no longer our parent). Linux only; elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


A = TypeVar("A")
B = TypeVar("B")


def in_two(first: Callable[[], A], second: Callable[[], B]) -> tuple[A, B]:
    """(`first()`, `second()`), the second made at the same time in a helper process forked from this
    one (a worker given two workers' share: `jobs.Settings.jobs`), its answer pickled back; the same
    answers as run one after the other, as long as neither changes what the other reads. When the
    helper cannot be forked or gives no answer (`second` raised, the helper died), `second` runs here
    after `first`, so its error is raised here as it would be alone. If `first` raises, the helper is
    killed and waited for. The helper dies with this process (`_die_with_parent`)."""
    try:
        receive, send = os.pipe()
    except OSError:
        return first(), second()
    parent = os.getpid()
    try:
        helper = os.fork()
    except OSError:
        os.close(receive)
        os.close(send)
        return first(), second()
    if helper == 0:  # the helper: answer, and go without running this process's exit handlers
        code = 1
        try:
            os.close(receive)
            _die_with_parent(parent)
            gc.freeze()  # as a worker does: its collections leave what it inherited alone
            data = pickle.dumps(second(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(send, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(send)
    with os.fdopen(receive, "rb") as answer:
        try:
            one = first()
        except BaseException:
            with contextlib.suppress(OSError):
                os.kill(helper, signal.SIGKILL)
            os.waitpid(helper, 0)
            raise
        data = answer.read()
    _, status = os.waitpid(helper, 0)
    if status != 0 or not data:
        return one, second()
    other: B = pickle.loads(data)
    return one, other


def _close_inherited(descriptors: tuple[int, ...]) -> None:
    """Close the pipe ends of the batch (its ends of the other workers' pipes) that this worker inherited."""
    for descriptor in descriptors:
        with contextlib.suppress(OSError):
            os.close(descriptor)


def _child(
    conn: connection.Connection,
    task: Task,
    limits: WorkerLimits,
    parent: int | None = None,
    inherited: tuple[int, ...] = (),
) -> None:
    """Run the task and send back its outcome; a worker too short of memory to answer exits with
    OUT_OF_MEMORY_EXIT, never with a traceback. `parent`: the batch's pid (the worker dies with it);
    `inherited`: descriptors of the batch's that the worker closes."""
    if parent is not None:
        _die_with_parent(parent)
    _close_inherited(inherited)
    gc.freeze()  # what the batch had (modules, vocabularies, the document's pages): never scanned by this worker's
    # collections, which look at the task's own objects only (and touch no inherited page: no copy-on-write)
    try:
        _run_child(conn, task, limits)
    except MemoryError:
        os._exit(OUT_OF_MEMORY_EXIT)
    except BaseException:  # the pipe broke (the batch is gone): nothing to report to
        os._exit(1)
    os._exit(0)  # no atexit handlers nor buffers of the parent flushed again


def _out_of_memory(task: Task, limits: WorkerLimits) -> DocumentError:
    return DocumentError(
        Kind.out_of_memory,
        f"{task.label}: out of memory: over the limit of {limits.memory_mb} MB per worker (--memory-limit)",
    )


def _run_child(conn: connection.Connection, task: Task, limits: WorkerLimits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the batch's handler: the batch stops a worker by a kill
    faulthandler.disable()  # a crash is reported by the batch, as one line
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on damaged streams are noise here
    _limit_memory(limits.memory_mb)
    started = time.perf_counter()
    try:
        message = ("done", task.function(*task.args))
    except DocumentError as error:
        message = ("error", error)
    except MemoryError:
        message = ("error", _out_of_memory(task, limits))
    except BaseException as error:  # a bug in the extractor: say where, the batch goes on
        message = ("error", DocumentError(Kind.internal_error, f"{task.label}: internal error: {describe(error)}"))
    seconds = time.perf_counter() - started
    try:
        conn.send((*message, seconds, _peak_mb()))
    except MemoryError:
        conn.send(("error", _out_of_memory(task, limits), seconds, _peak_mb()))
    except Exception as error:  # a result that does not pickle: a bug
        conn.send(
            (
                "error",
                DocumentError(
                    Kind.internal_error,
                    f"{task.label}: internal error: the result cannot be sent back: {describe(error)}",
                ),
                seconds,
                _peak_mb(),
            )
        )
    conn.close()


def _death(process: multiprocessing.process.BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class Pool:
    """At most `jobs` worker processes at a time, fed from a queue of tasks.

    `submit` queues a task; `wait` blocks until some tasks end and returns
    their outcomes; `cancel` drops the queued and running tasks of an owner.
    A worker that answered no longer counts among the `jobs`: the next task
    starts while it exits (a process of tens of MB takes milliseconds to go,
    which would leave a core idle at every task), and it is reaped after.
    """

    def __init__(self, jobs: int, limits: WorkerLimits = WorkerLimits()):
        self.jobs = max(1, jobs)
        self.limits = limits
        self._queue: deque[Task] = deque()
        self._running: list[_Running] = []
        self._exiting: list[_Exiting] = []
        self._context = multiprocessing.get_context("fork")

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def busy(self) -> bool:
        return bool(self._queue or self._running)

    def submit(self, task: Task, urgent: bool = False) -> None:
        """Queue a task; an urgent one (the next step of a document under way) goes first."""
        if urgent:
            self._queue.appendleft(task)
        else:
            self._queue.append(task)

    def cancel(self, owner: Any) -> None:
        self._queue = deque(t for t in self._queue if t.owner is not owner)
        for run in [r for r in self._running if r.task.owner is owner]:
            self._stop(run)

    def close(self) -> None:
        self._queue.clear()
        for run in list(self._running):
            self._stop(run)
        self._reap(wait=True)

    def wait(self, timeout: float | None = None) -> list[Outcome]:
        """Start what fits, then block until a task ends, a deadline passes or `timeout` seconds go by."""
        self.start_queued()
        if not self._running:
            return []
        limit = self._time_to_deadline() if timeout is None else min(timeout, self._time_to_deadline())
        ready = connection.wait([r.conn for r in self._running], timeout=limit)
        running = list(self._running)
        outcomes = [self._collect(r) for r in running if r.conn in ready]
        outcomes += [self._expire(r) for r in running if r.conn not in ready and self._overdue(r)]
        return outcomes

    def start_queued(self) -> None:
        """Start queued tasks, in order, while fewer than `jobs` run."""
        while self._queue and len(self._running) < self.jobs:
            task = self._queue.popleft()
            receive, send = self._context.Pipe(duplex=False)
            for stream in (sys.stdout, sys.stderr):  # a forked child must not flush the parent's buffers again
                stream.flush()
            inherited = (receive.fileno(), *(r.conn.fileno() for r in self._running))  # the batch's ends
            process = self._context.Process(
                target=_child, args=(send, task, self.limits, os.getpid(), inherited), daemon=True
            )
            process.start()
            send.close()
            self._running.append(_Running(task, process, receive, time.monotonic()))
        self._reap()

    def _reap(self, wait: bool = False) -> None:
        """Reap the workers that answered and have exited (with `wait`: all of them, each waited for until
        its deadline); kill those past their deadline."""
        for exiting in list(self._exiting):
            process = exiting.process
            if wait:
                process.join(timeout=max(0.0, exiting.deadline - time.monotonic()))
            if process.is_alive() and time.monotonic() < exiting.deadline:
                continue
            if process.is_alive():
                process.kill()
            process.join()
            self._exiting.remove(exiting)

    def _time_to_deadline(self) -> float:
        return max(0.0, min(r.started + self.limits.timeout for r in self._running) - time.monotonic())

    def _overdue(self, run: _Running) -> bool:
        return time.monotonic() >= run.started + self.limits.timeout

    def _collect(self, run: _Running) -> Outcome:
        try:
            status, value, seconds, peak = run.conn.recv()
        except (EOFError, OSError):  # the process died without answering
            run.process.join(timeout=5)
            self._stop(run)
            died = f"{run.task.label}: the worker reading it died ({_death(run.process)})"
            if run.process.exitcode is not None and run.process.exitcode < 0:  # a C library may crash, not raise,
                # when an allocation fails under the limit: say that it may be memory rather than guess
                died += f"; it may have run out of memory (--memory-limit {self.limits.memory_mb} MB)"
            error = (
                _out_of_memory(run.task, self.limits)
                if run.process.exitcode == OUT_OF_MEMORY_EXIT
                else DocumentError(Kind.worker_crashed, died)
            )
            return Outcome(run.task, error=error, seconds=time.monotonic() - run.started, started=run.started)
        self._running.remove(run)  # it answered and is exiting: reaped after the next task starts
        run.conn.close()
        self._exiting.append(_Exiting(run.process, time.monotonic() + EXIT_GRACE))
        if status == "error":
            return Outcome(run.task, error=value, seconds=seconds, peak_mb=peak, started=run.started)
        return Outcome(run.task, value=value, seconds=seconds, peak_mb=peak, started=run.started)

    def _expire(self, run: _Running) -> Outcome:
        self._stop(run)
        return Outcome(
            run.task,
            error=DocumentError(
                Kind.timeout,
                f"{run.task.label}: timed out after {self.limits.timeout:g} s (--timeout); the worker was stopped",
            ),
            seconds=self.limits.timeout,
            started=run.started,
        )

    def _stop(self, run: _Running) -> None:
        """Kill the worker if it still runs; forget it."""
        if run.process.is_alive():
            run.process.kill()
        run.process.join()
        run.conn.close()
        self._running.remove(run)
