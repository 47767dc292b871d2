"""Pools of forked workers that share the parent's warmed heap (pipeline, gazetteer, lexicons)."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.pool import Pool

_LOADED_FROZEN: list[bool] = [False]


def freeze_loaded() -> None:
    """Once per process, right after the gazetteer (the last and largest of the static data)
    is loaded: move every object alive now (modules, compiled grammars, lexicons, gazetteer,
    about 115,000 objects) out of the garbage collector's scans. The extraction makes no
    reference cycles, yet its survivors trigger a full collection every 200 articles or so,
    each walking that whole heap (50-100 ms, about 0.35 ms an article). Frozen objects are
    still freed when their last reference goes; only a cycle among them would never be
    collected, so the young generations are collected first (a full collection finds
    nothing at this point). ``gc.unfreeze()`` undoes it."""
    if _LOADED_FROZEN[0]:
        return
    _LOADED_FROZEN[0] = True
    gc.collect(1)
    gc.freeze()


@contextmanager
def fork_pool(processes: int) -> Iterator[Pool]:
    """A ``fork`` pool whose workers inherit this process's objects. The heap is frozen out of
    the garbage collector while the pool runs: a collection in a worker would otherwise write
    to the header of every inherited object and so copy the shared pages into each worker
    (about 5 % of two workers' throughput on the benchmark texts). A heap that was frozen
    before (``freeze_loaded``) stays frozen, with what the pool's freeze added; else the pool
    unfreezes it on exit."""
    was_frozen = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            yield pool
    finally:
        if not was_frozen:
            gc.unfreeze()
