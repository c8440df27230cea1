"""Work shared over the cores: results in order, and a worker that dies costs no result."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from briefer.errors import Cancelled
from briefer.workers import Workers


def double(number: int) -> int:
    return 2 * number


def dies_in_a_worker(number: int) -> int:
    if multiprocessing.parent_process() is not None:
        os._exit(1)  # as the system's out-of-memory killer would end it
    return 2 * number


def sleeps(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_results_come_back_in_the_order_of_the_jobs():
    with Workers(8) as workers:
        seen = []
        assert workers.run(double, list(range(20)), lambda: None, seen.append) == [
            2 * n for n in range(20)
        ]
    assert seen == list(range(1, 21))


def test_a_worker_that_dies_leaves_its_jobs_to_this_process():
    with Workers(3) as workers:
        assert workers.run(dies_in_a_worker, [1, 2, 3], lambda: None) == [2, 4, 6]


def test_cancel_ends_the_workers_at_once():
    started = time.monotonic()

    def check() -> None:
        if time.monotonic() - started > 0.5:
            raise Cancelled()

    with pytest.raises(Cancelled), Workers(2) as workers:
        workers.run(sleeps, [30.0, 30.0], check)
    assert time.monotonic() - started < 10


def maths_threads(_: int) -> str | None:
    return os.environ.get("OPENBLAS_NUM_THREADS")


def test_each_worker_does_its_maths_on_one_thread_and_this_process_is_left_as_it_was(
    monkeypatch,
):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with Workers(2) as workers:
        assert workers.run(maths_threads, [1, 2, 3], lambda: None) == ["1", "1", "1"]
    assert "OPENBLAS_NUM_THREADS" not in os.environ


def test_a_thread_count_the_user_chose_is_kept(monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")
    with Workers(2) as workers:
        assert workers.run(maths_threads, [1, 2], lambda: None) == ["3", "3"]
