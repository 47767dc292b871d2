"""Pools of forked workers that share the parent's warmed heap (pipeline, gazetteer, lexicons)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

_LOADED_FROZEN: list[bool] = [False]

YOUNG_THRESHOLD = 10_000
"""The youngest generation's collection threshold ``freeze_loaded`` sets (Python's default
is 700): how many more container objects may be made than freed before a collection."""


def freeze_loaded() -> None:
    """Once per process, right after the gazetteer (the last and largest of the static data)
    is loaded: move every object alive now (modules, compiled grammars, lexicons, gazetteer,
    about 115,000 objects) out of the garbage collector's scans. The extraction makes no
    reference cycles, yet its survivors trigger a full collection every 200 articles or so,
    each walking that whole heap (50-100 ms, about 0.35 ms an article). Frozen objects are
    still freed when their last reference goes; only a cycle among them would never be
    collected, so the youngest generation is collected first. Not the middle one: on a cold
    start it holds the import's and the load's 100,000-odd objects, which a young collection
    has just walked once when the collector came back on (``paused_gc``); a second walk found
    nothing, for 1 % of a cold start's instructions (issue #7). ``gc.unfreeze()`` undoes it.

    It also raises the youngest generation's threshold to ``YOUNG_THRESHOLD`` (a threshold
    already higher, or 0, collections turned off, is kept): an article keeps a few thousand
    tuples, Spans and records alive while it is built, so at Python's 700 a young collection
    came every four articles or so and walked them all (about 150 young and 13 middle
    collections over the 600 benchmark texts, 0.25-0.3 ms an article), though none ever found
    a cycle; at 10,000 most of them are freed by reference counting before any collection
    (4 young collections, no middle one). Only garbage in cycles waits longer for its
    collection: at most 10,000 objects' worth more."""
    if _LOADED_FROZEN[0]:
        return
    _LOADED_FROZEN[0] = True
    gc.collect(0)
    gc.freeze()
    raise_young_threshold()


@contextmanager
def paused_gc() -> Iterator[None]:
    """The garbage collector off while the gazetteer is built (``gazetteer.gazetteer``): the
    load's allocations took nine middle collections and, on a cold start's way to its first
    article, the full one that walks the whole heap (some 110,000 objects by then; 0.06-0.08 s
    CPU, a fifth of the load) though the load builds lasting indexes, not garbage. Back on
    afterwards if it was on; ``freeze_loaded``'s young collection then meets the load's new
    objects once before freezing them. Also while ``factextract``'s names import the package
    (its modules, spaCy and pydantic's classes: two full collections on a cold start's way)
    and while an Extractor builds its own pipeline."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def raise_young_threshold() -> None:
    """Set the youngest generation's threshold to ``YOUNG_THRESHOLD`` unless it is higher
    already or 0 (collections turned off); the other two stay."""
    young, middle, old = gc.get_threshold()
    if 0 < young < YOUNG_THRESHOLD:
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)


@cache
def _quiet_pool() -> type[Pool]:
    """``_QuietPool``, defined on the first pool: ``multiprocessing.pool`` (with its connection,
    queue and traceback modules) is not imported by a process that never starts one, as a
    cold start's first article does not (issue #7)."""
    from multiprocessing.pool import Pool

    class _QuietPool(Pool):
        """``multiprocessing.pool.Pool`` whose worker-keeping thread sleeps until a worker exits
        or the pool's state changes. CPython's (3.8+, bpo-35493) also wakes on every result that
        reaches the parent and loops until the result thread has read it, which it cannot while
        another thread holds the GIL: with 4 articles a task (``--jobs``) that spin was most of
        the parent's CPU, 1.0-1.25 ms per benchmark article against 0.35-0.4 ms now. That
        wake-up serves only ``maxtasksperchild``, whose workers retire after their last task; our
        pools never set it, and a worker that dies still wakes the thread by its sentinel."""

        def _get_sentinels(self) -> list[Any]:
            return [getattr(self, "_change_notifier")._reader]  # noqa: B009  # not in the stub

    return _QuietPool


@contextmanager
def fork_pool(processes: int) -> Iterator[Pool]:
    """A ``fork`` pool whose workers inherit this process's objects. The heap is frozen out of
    the garbage collector while the pool runs: a collection in a worker would otherwise write
    to the header of every inherited object and so copy the shared pages into each worker
    (about 5 % of two workers' throughput on the benchmark texts). A heap that was frozen
    before (``freeze_loaded``) stays frozen, with what the pool's freeze added; else the pool
    unfreezes it on exit."""
    import multiprocessing

    was_frozen = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with _quiet_pool()(processes, context=multiprocessing.get_context("fork")) as pool:
            yield pool
    finally:
        if not was_frozen:
            gc.unfreeze()
