"""Model registry and resolution: --model PATH|ID → local store → HF cache → hub.

The only network access anywhere in the tool is a model download here, and ``offline`` (or
``HF_HUB_OFFLINE=1``) forbids even that. Weights load from safetensors only and remote code is
never trusted.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from summarizer.errors import ModelError

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The source tree (stand-ins train their vocabularies on its dev set); an installed package
reads nothing from here."""
REGISTRY = resources.files("summarizer") / "data" / "registry.toml"
"""Shipped inside the package, so an installed wheel routes languages like the source tree."""
DEFAULT_TRANSLATION_MODEL = "Helsinki-NLP/opus-mt-de-en"
MARKER = ".summarizer.json"
"""Written into every model folder we create: hub id, revision, stand-in flag, format."""


def store_dir() -> Path:
    """The local model store: ``SUMMARIZER_MODELS``, else ``$SUMMARIZER_HOME/models``, else
    ``summarizer/models`` in the user's cache (``$XDG_CACHE_HOME``, default ``~/.cache``)."""
    if os.environ.get("SUMMARIZER_MODELS"):
        return Path(os.environ["SUMMARIZER_MODELS"])
    if os.environ.get("SUMMARIZER_HOME"):
        return Path(os.environ["SUMMARIZER_HOME"]) / "models"
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "summarizer" / "models"


def load_registry() -> dict:
    with REGISTRY.open("rb") as fh:
        return tomllib.load(fh)


def registry_entry(model_id: str) -> dict | None:
    for task in load_registry().values():
        for lang, entry in task.items():
            if entry["id"] == model_id:
                return {"lang": lang, **entry}
    return None


def offline_requested(offline: bool = False) -> bool:
    return offline or os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


@dataclass
class ResolvedModel:
    path: Path
    name: str
    """Hub id of the model (for a stand-in: the model it stands in for)."""
    revision: str | None
    standin: bool
    format: str
    """"transformers" or "ct2"."""
    origin: str
    """"path", "store", "hf-cache" or "hub"."""

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "revision": self.revision,
            "standin": self.standin,
            "path": str(self.path),
        }


def read_marker(path: Path) -> dict:
    marker = path / MARKER
    if marker.is_file():
        try:
            return json.loads(marker.read_text())
        except (OSError, json.JSONDecodeError):
            return {}
    return {}


def write_marker(path: Path, **info) -> None:
    (path / MARKER).write_text(json.dumps(info, indent=2) + "\n")


def model_format(path: Path) -> str | None:
    """The backend that reads the model in ``path`` (``translate.backends``), or None."""
    from summarizer.translate.backends import detect_format

    return detect_format(path)


def store_path(model_id: str, fmt: str = "transformers") -> Path:
    folder = model_id.replace("/", "--")
    return store_dir() / (folder if fmt == "transformers" else f"{folder}-ct2")


def how_to_get(model_id: str) -> str:
    return (
        f"on a connected machine run `summarizer models pull {model_id}` (it fills "
        f"{store_dir()}), or pass --model PATH to a local copy"
    )


def resolve(
    name: str | None = None,
    *,
    offline: bool = False,
    prefer: tuple[str, ...] = ("ct2", "transformers"),
) -> ResolvedModel:
    """Find a model folder; ``prefer`` orders the formats accepted from the local store."""
    name = name or DEFAULT_TRANSLATION_MODEL
    path = Path(name).expanduser()
    if path.exists() or name.startswith((".", "/", "~")):
        return _from_folder(path, name, origin="path")
    for fmt in prefer:
        candidate = store_path(name, fmt)
        if model_format(candidate) == fmt:
            return _from_folder(candidate, name, origin="store")
    if "transformers" not in prefer:
        raise ModelError(
            f"no converted copy of model '{name}' in {store_dir()}: "
            f"run `summarizer models convert {name}`"
        )
    revision = (registry_entry(name) or {}).get("revision", "main")
    cached = _from_hf_cache(name, revision)
    if cached:
        return cached
    if offline_requested(offline):
        raise ModelError(f"Model '{name}' is not available offline: {how_to_get(name)}.")
    return download(name, revision)


def _from_folder(path: Path, name: str, origin: str) -> ResolvedModel:
    if not path.is_dir():
        raise ModelError(f"{path}: model folder not found")
    fmt = model_format(path)
    if fmt is None:
        raise ModelError(
            f"{path}: not a model folder (no config.json); get one with `summarizer models pull`"
        )
    marker = read_marker(path)
    return ResolvedModel(
        path=path,
        name=marker.get("name", name if origin != "path" else path.name),
        revision=marker.get("revision"),
        standin=bool(marker.get("standin", False)),
        format=fmt,
        origin=origin,
    )


def _from_hf_cache(name: str, revision: str) -> ResolvedModel | None:
    from huggingface_hub import try_to_load_from_cache

    config = try_to_load_from_cache(name, "config.json", revision=revision)
    if isinstance(config, str):
        folder = Path(config).parent
        return ResolvedModel(folder, name, folder.name, False, "transformers", "hf-cache")
    return None


WEIGHT_PATTERNS = ["*.json", "*.spm", "*.model", "*.safetensors", "*.txt", "*.md"]


def download(name: str, revision: str | None = None, target: Path | None = None) -> ResolvedModel:
    """Download safetensors weights and tokenizer files of ``name`` into the local store."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError

    revision = revision or (registry_entry(name) or {}).get("revision", "main")
    target = target or store_path(name)
    try:
        snapshot_download(name, revision=revision, local_dir=target, allow_patterns=WEIGHT_PATTERNS)
    except (LocalEntryNotFoundError, HfHubHTTPError, OSError) as err:
        raise ModelError(
            f"Model '{name}' could not be downloaded ({type(err).__name__}): {how_to_get(name)}."
        ) from None
    if not any(target.glob("*.safetensors")):
        raise ModelError(
            f"Model '{name}' has no safetensors weights at revision {revision}; "
            "refusing to load pickled weights"
        )
    from huggingface_hub import HfApi

    try:
        sha = HfApi().model_info(name, revision=revision).sha
    except Exception:  # the weights are here; the hash is a nicety
        sha = revision
    write_marker(target, name=name, revision=sha, standin=False, format="transformers")
    return _from_folder(target, name, origin="store")


def list_models() -> list[dict]:
    """Every registry model with where (if anywhere) a copy is present, and whether each local
    copy is the pinned revision (``copies``: place → revision found, None when unknown)."""
    rows = []
    for task, entries in load_registry().items():
        for lang, entry in entries.items():
            present, copies = [], {}
            for fmt in ("transformers", "ct2"):
                folder = store_path(entry["id"], fmt)
                if model_format(folder) == fmt:
                    present.append(f"store:{fmt}")
                    copies[f"store:{fmt}"] = read_marker(folder).get("revision")
            cached = _from_hf_cache(entry["id"], entry.get("revision", "main"))
            if cached:
                present.append("hf-cache")
                copies["hf-cache"] = cached.revision
            rows.append({"task": task, "lang": lang, **entry, "present": present, "copies": copies})
    return rows


def copy_state(pinned: str, found: str | None) -> str:
    """How a local copy relates to the registry's revision: ``pinned``, ``other revision …``,
    or ``revision unknown`` (no record of what was fetched)."""
    if found is None:
        return "revision unknown"
    if pinned != "main" and found == pinned:
        return "pinned"
    if pinned == "main":
        return f"revision {found[:12]}"
    return f"other revision {found[:12]} (pinned {pinned[:12]})"


def conversion_hint(model: str, backend: str = "auto") -> str | None:
    """A one-line suggestion to convert ``model`` when it is a local transformers Marian folder
    that CTranslate2 would decode faster; ``None`` otherwise (a hub id, a converted model, an
    explicit ``--backend``, a stand-in, no ctranslate2 installed)."""
    import importlib.util

    path = Path(model).expanduser()
    if backend != "auto" or not path.is_dir() or model_format(path) != "transformers":
        return None
    if read_marker(path).get("standin") or importlib.util.find_spec("ctranslate2") is None:
        return None
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if config.get("model_type") != "marian":
        return None
    target = path.parent / f"{path.name}-ct2"
    if model_format(target) == "ct2":
        return f"{model}: a converted copy is in {target}; --model {target} decodes faster"
    return (
        f"{model}: a transformers model; converted to CTranslate2 it decodes about 4.6× faster "
        f"on CPU: `summarizer models convert {model} --out {target}`, then --model {target}"
    )
