"""Scale-out on a Dask cluster: the same tasks, outputs and error records as ``--jobs``.

    from dask.distributed import Client
    from factextract.dask import extract_on_cluster
    summary = extract_on_cluster(["s3-mounted/articles/"], Path("out"), Client("tcp://sched:8786"))

Workers need factextract installed; they read the input files themselves (a shared file
system or a mounted bucket) and return JSON text, which this process writes in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from factextract import batch


def dask_mapper(
    client_or_address: Any, options: batch.RunOptions, out_dir: str | None, batch_size: int = 256
) -> batch.Mapper:
    """A mapper that runs ``batch.run_task`` on a Dask cluster, results in input order."""
    from dask.distributed import Client

    client: Any = client_or_address
    if not isinstance(client, Client):
        client = Client(client)  # type: ignore[no-untyped-call]

    def run(tasks: list[batch.Task]) -> Iterator[list[batch.Result]]:
        for start in range(0, len(tasks), batch_size):  # bounded memory on huge folders
            chunk = tasks[start : start + batch_size]
            futures = client.map(
                batch.run_task, chunk, options=options, out_dir=out_dir, pure=False
            )
            yield from client.gather(futures)

    return run


def extract_on_cluster(
    paths: Iterable[Path], out: Path, client: Any, options: batch.RunOptions | None = None
) -> batch.Summary:
    """``batch.extract_folder`` with the work done by the cluster behind ``client``."""
    options = options or batch.RunOptions()
    folder = str(out) if options.out_format == "json" else None
    return batch.extract_folder(
        paths, out, options=options, mapper=dask_mapper(client, options, folder)
    )
