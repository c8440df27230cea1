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
