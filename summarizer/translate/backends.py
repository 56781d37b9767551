"""Translation backends, by name: the module (imported when first used) and the detector of
the model folders it reads. Adding one: a module with a translator class following
``summarizer.translate.Translator`` and one entry in ``BACKENDS``.

The order matters: ``auto`` takes the first backend whose detector accepts a folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path


@dataclass(frozen=True)
class Backend:
    """One registry entry: where the translator class lives, and the format detector."""

    target: str
    """``module:Class`` of the translator; built as ``Class(resolved, beams=, threads=,
    fixed_output_tokens=)``."""
    detect: Callable[[Path], bool]
    """Is this folder a model of this backend's format?"""
    needs_model: bool = True
    """False: the translator is built without a model (``none``: the source text as is)."""

    def translator_class(self) -> type:
        """The translator class (its module imported now)."""
        module, _, attribute = self.target.partition(":")
        return getattr(import_module(module), attribute)


BACKENDS: dict[str, Backend] = {
    "ct2": Backend(
        "summarizer.translate.ct2:CT2Translator",
        lambda path: (path / "model.bin").is_file() and (path / "config.json").is_file(),
    ),
    "transformers": Backend(
        "summarizer.translate.hf:HFTranslator", lambda path: (path / "config.json").is_file()
    ),
    # --source-only: no translation, no model; never chosen by ``auto``.
    "none": Backend("summarizer.translate.none:SourceOnlyTranslator", lambda path: False, False),
}


def detect_format(path: Path) -> str | None:
    """The backend name of the model in ``path``, or None when it holds no model."""
    return next((name for name, backend in BACKENDS.items() if backend.detect(path)), None)
