"""Engines that run the work past one process, and the CLI options that choose one.

``local`` (the default) needs none of the engine modules; ``ray``
(``summarizer.engines.ray_engine``, ``ray_eval``) needs the optional extra
``pip install summarizer[ray]`` and is imported only when chosen.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOpt = Annotated[
    Engine,
    typer.Option(help="local: this process; ray: a Ray cluster (pip install 'summarizer[ray]')."),
]
AddressOpt = Annotated[
    str | None,
    typer.Option(
        help="--engine ray: the cluster (auto, ray://HOST:10001, HOST:PORT) "
        "[default: a local Ray started for this run].",
        show_default=False,
    ),
]
WorkersOpt = Annotated[
    int, typer.Option(min=0, help="--engine ray: worker processes (0 = one per CPU).")
]


def evaluate(
    refs: Path,
    hyps: list[Path],
    options,
    engine: Engine = Engine.local,
    address: str | None = None,
    workers: int = 0,
    names: list[str] | None = None,
) -> dict[str, Any]:
    """``summarizer.evaluation.evaluate.evaluate`` on the chosen engine (same result)."""
    if engine is Engine.ray:
        from summarizer.engines.ray_eval import evaluate as on_ray

        return on_ray(refs, hyps, options, address, workers, names=names)
    from summarizer.evaluation.evaluate import evaluate as here

    return here(refs, hyps, options, names=names)
