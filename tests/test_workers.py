"""Worker isolation: a hang, a crash, a memory blow-up or an exception ends one task, never the batch."""

from __future__ import annotations

import gc
import os
import signal
import time

import pytest

from extractor.batch.workers import Pool, Task, WorkerLimits
from extractor.problems import DocumentError, Kind


def run_all(tasks: list[Task], jobs: int = 2, **limits) -> dict[str, object]:
    """{label: value or DocumentError} of every task."""
    results = {}
    with Pool(jobs, WorkerLimits(**limits)) as pool:
        for task in tasks:
            pool.submit(task)
        while pool.busy:
            for outcome in pool.wait():
                results[outcome.task.label] = outcome.error or outcome.value
    return results


def square(n: int) -> int:
    return n * n


def hang() -> None:
    time.sleep(3600)


def crash() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def hog() -> bytes:
    return bytearray(4 << 30)  # 4 GB, far over the limit


def bug() -> None:
    raise KeyError("oops")


def refuse() -> None:
    raise DocumentError(Kind.no_ficha, "refuse.pdf: no ficha found")


@pytest.mark.slow
def test_every_failure_is_an_error_for_its_task_and_the_others_finish():
    tasks = [Task(square, (n,), f"ok{n}.pdf") for n in range(3)]
    tasks += [Task(f, (), f"{f.__name__}.pdf") for f in (hang, crash, hog, bug, refuse)]
    started = time.monotonic()
    results = run_all(tasks, timeout=2, memory_mb=256)
    assert time.monotonic() - started < 20
    assert [results[f"ok{n}.pdf"] for n in range(3)] == [0, 1, 4]
    expected = {
        "hang.pdf": (Kind.timeout, "timed out after 2 s"),
        "crash.pdf": (Kind.worker_crashed, "died (killed by SIGSEGV)"),
        "hog.pdf": (Kind.out_of_memory, "over the limit of 256 MB"),
        "bug.pdf": (Kind.internal_error, "KeyError: 'oops' (at test_workers.py:"),
        "refuse.pdf": (Kind.no_ficha, "no ficha found"),
    }
    for label, (kind, words) in expected.items():
        error = results[label]
        assert isinstance(error, DocumentError) and error.kind == kind, (label, error)
        assert error.message.startswith(label.split(".")[0]) and words in error.message, error.message


def test_cancel_drops_queued_and_running_tasks_of_one_owner():
    mine, other = object(), object()
    with Pool(1, WorkerLimits(timeout=30)) as pool:
        pool.submit(Task(hang, (), "a", owner=mine))
        pool.submit(Task(square, (3,), "b", owner=mine))
        pool.submit(Task(square, (4,), "c", owner=other))
        assert pool.wait(timeout=0.2) == []  # "a" started and hangs
        pool.cancel(mine)
        outcomes = []
        while pool.busy:
            outcomes += pool.wait()
    assert [(o.task.label, o.value) for o in outcomes] == [("c", 16)]


def frozen_objects() -> int:
    return gc.get_freeze_count()


def test_a_worker_s_collections_leave_what_it_inherited_alone():
    """A worker sets aside every object it inherited from the batch (`gc.freeze`): its collections scan
    its task's own objects only; the batch process itself is left as it was."""
    before = gc.get_freeze_count()
    results = run_all([Task(frozen_objects, (), "a")], jobs=1)
    assert results["a"] > 1000  # this process's objects (modules, functions, the test's), in the worker
    assert gc.get_freeze_count() == before
