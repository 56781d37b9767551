"""sacrebleu-style signatures: everything needed to reproduce a number, in one string.

``rouge|tok:unicode|stem:yes|strategy:extractive|model:Helsinki-NLP/opus-mt-de-en@rev|
standin:no|data:0123456789ab|version:0.1.0``

``data`` is the first 12 hex digits of the SHA-256 of the REFS file; ``version`` the summarizer
version. Unknown parts read ``unknown``; a part that differs between records reads ``mixed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.evaluation.inputs import Hypothesis


@dataclass(frozen=True)
class SystemInfo:
    strategy: str
    model: str
    revision: str
    standin: str
    """``yes``, ``no`` or ``unknown``."""

    @property
    def is_standin(self) -> bool:
        return self.standin == "yes"


def _one(values: set[str]) -> str:
    values.discard("unknown")
    if not values:
        return "unknown"
    return values.pop() if len(values) == 1 else "mixed"


def system_info(hypotheses: list[Hypothesis]) -> SystemInfo:
    strategies, models, revisions, standins = set(), set(), set(), set()
    for h in hypotheses:
        strategies.add(h.strategy or "unknown")
        model = h.model or {}
        models.add(str(model.get("name") or "unknown"))
        revisions.add(str(model.get("revision") or "unknown"))
        flag = model.get("standin")
        standins.add("unknown" if flag is None else ("yes" if flag else "no"))
    # Any stand-in output makes the whole system a stand-in: label on the safe side.
    standin = "yes" if "yes" in standins else _one(standins)
    return SystemInfo(_one(strategies), _one(models), _one(revisions), standin)


def package_version() -> str:
    try:
        from summarizer import __version__

        return __version__
    except ImportError:  # pragma: no cover - the package always has one
        return "unknown"


def _common(info: SystemInfo, data_sha256: str) -> str:
    return (
        f"strategy:{info.strategy}|model:{info.model}@{info.revision}|standin:{info.standin}"
        f"|data:{data_sha256[:12]}|version:{package_version()}"
    )


def rouge_signature(tokenizer: str, stem: bool, info: SystemInfo, data_sha256: str) -> str:
    return f"rouge|tok:{tokenizer}|stem:{'yes' if stem else 'no'}|{_common(info, data_sha256)}"


def figures_signature(parser: str, info: SystemInfo, data_sha256: str) -> str:
    return f"figures|parser:{parser}|{_common(info, data_sha256)}"


def sacrebleu_signature(metric: str, sacre: str, info: SystemInfo, data_sha256: str) -> str:
    """Our fields after sacrebleu's own; its ``version:`` becomes ``sacrebleu:``."""
    sacre = sacre.replace("version:", "sacrebleu:")
    return f"{metric}|{sacre}|{_common(info, data_sha256)}"
