"""Reading REFS and HYPS JSON Lines files strictly, with one clear line for every problem.

REFS (the dev-set format, ``eval/data/dev.jsonl``)::

    {"id": "...", "reference_brief": "..." | null, "text": "<German source>",
     "key_figures": [{"de": "...", "en": "...", "must_keep": true}, ...],
     "reference_translation": "<English translation of the whole text>"}

``reference_brief`` may be null (or absent) only when the record has ``key_figures`` or a
``reference_translation`` to score against: such records are left out of ROUGE but still count
for figures. ``text`` is needed for invented-figure counts; ``reference_translation`` enables
chrF/BLEU.

HYPS (``summarizer brief --format json`` output, or just ``id`` + ``brief``)::

    {"id": "...", "brief": "...", "model": {"name", "revision", "standin", "backend"},
     "strategy": {"name": ...} | "name", "translation": "<full English translation>"}

Every problem raises :class:`~summarizer.errors.UsageError` as ``FILE:LINE: problem``. A path
``-`` reads standard input (named ``<stdin>`` in messages).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import SummarizerError, UsageError


@dataclass(frozen=True, slots=True)
class KeyFigure:
    en: str
    must_keep: bool = False
    de: str | None = None


@dataclass(slots=True)
class Reference:
    id: str
    line: int
    brief: str | None
    key_figures: list[KeyFigure] = field(default_factory=list)
    text: str | None = None
    translation: str | None = None


@dataclass(slots=True)
class Hypothesis:
    id: str
    line: int
    brief: str
    model: dict[str, Any] | None = None
    strategy: str | None = None
    translation: str | None = None


@dataclass
class References:
    path: Path
    sha256: str
    records: dict[str, Reference]


@dataclass
class Hypotheses:
    path: Path
    records: dict[str, Hypothesis]


@dataclass
class Match:
    """Which ids of one HYPS file line up with the references."""

    common: list[str]
    """Ids present in both, in REFS order."""
    missing: list[str]
    """Reference ids with no hypothesis."""
    extra: list[str]
    """Hypothesis ids with no reference."""


STDIN_NAME = "<stdin>"


def is_stdin(path: Path) -> bool:
    return str(path) == "-"


def display_name(path: Path) -> str:
    """How messages name ``path``: ``<stdin>`` for ``-``."""
    return STDIN_NAME if is_stdin(path) else str(path)


def iter_jsonl(path: Path, digest=None) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for every non-blank line, one line at a time (a file of any size
    costs the memory of one line and what the caller keeps); any defect is a UsageError.
    ``digest`` (a hashlib object) is fed every byte of the file."""
    if is_stdin(path):
        yield from _parse_lines(sys.stdin.buffer, STDIN_NAME, digest)
        return
    _check_file(path)
    try:
        with open(path, "rb") as fh:
            yield from _parse_lines(fh, str(path), digest)
    except OSError as err:
        raise UsageError(f"{path}: cannot read ({err.strerror})") from None


def read_bytes(path: Path) -> bytes:
    _check_file(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UsageError(f"{path}: cannot read ({err.strerror})") from None
    return data


def _check_file(path: Path) -> None:
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder, expected a JSON Lines file")


def _parse_lines(lines, name: str, digest=None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Lines split at b"\n" only (U+2028 and friends may stand raw inside JSON strings)."""
    found = False
    for number, data in enumerate(lines, start=1):
        if digest is not None:
            digest.update(data)
        if number == 1:
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise UsageError(f"{name}: UTF-16 text; convert the file to UTF-8")
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
        if b"\x00" in data:
            raise UsageError(f"{name}:{number}: binary data (NUL byte), not JSON Lines")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise UsageError(
                f"{name}:{number}: not UTF-8 (byte 0x{data[err.start]:02x}); "
                "convert the file to UTF-8"
            ) from None
        line = text.rstrip("\n").rstrip("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise UsageError(
                f"{name}:{number}: not valid JSON ({err.msg} at column {err.colno})"
            ) from None
        if not isinstance(obj, dict):
            raise UsageError(f"{name}:{number}: expected a JSON object, got {_json_type(obj)}")
        found = True
        yield number, obj
    if not found:
        raise UsageError(f"{name}: empty file, expected JSON Lines (one object per line)")


def _json_type(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def _record_id(obj: dict[str, Any], where: str) -> str:
    if "id" not in obj:
        raise UsageError(f"{where}: record has no 'id'")
    value = obj["id"]
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise UsageError(f"{where}: 'id' must be a string, got {_json_type(value)}")
    value = str(value)
    if not value.strip():
        raise UsageError(f"{where}: 'id' is empty")
    return value


def _check_duplicate(seen: dict[str, int], rid: str, line: int, where: str) -> None:
    if rid in seen:
        raise UsageError(f"{where}: duplicate id '{rid}' (first on line {seen[rid]})")
    seen[rid] = line


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise UsageError(f"{where}: '{key}' must be a string or null, got {_json_type(value)}")


def _key_figures(obj: dict[str, Any], where: str) -> list[KeyFigure]:
    raw = obj.get("key_figures")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise UsageError(f"{where}: 'key_figures' must be a list, got {_json_type(raw)}")
    figures = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise UsageError(f"{where}: key_figures[{i}] must be an object")
        en = item.get("en")
        if not isinstance(en, str) or not en.strip():
            raise UsageError(f"{where}: key_figures[{i}] has no 'en' string")
        must_keep = item.get("must_keep", False)
        if not isinstance(must_keep, bool):
            raise UsageError(f"{where}: key_figures[{i}].must_keep must be true or false")
        de = item.get("de")
        figures.append(
            KeyFigure(en=en, must_keep=must_keep, de=de if isinstance(de, str) else None)
        )
    return figures


def load_references(path: Path) -> References:
    """Read line by line: only the compact per-id records are kept, not the parsed objects."""
    digest = hashlib.sha256()
    records: dict[str, Reference] = {}
    seen: dict[str, int] = {}
    for line, obj in iter_jsonl(path, digest):
        where = f"{path}:{line}"
        rid = _record_id(obj, where)
        _check_duplicate(seen, rid, line, where)
        brief = _optional_str(obj, "reference_brief", where)
        if brief is not None and not brief.strip():
            raise UsageError(f"{where}: record '{rid}' has an empty 'reference_brief'")
        figures = _key_figures(obj, where)
        translation = _optional_str(obj, "reference_translation", where)
        if brief is None and not figures and not translation:
            if "brief" in obj and "reference_brief" not in obj:
                raise UsageError(
                    f"{where}: record '{rid}' has 'brief' but no 'reference_brief' "
                    "(is this a HYPS file given as --refs?)"
                )
            raise UsageError(
                f"{where}: record '{rid}' has no reference brief, no key figures and no "
                "reference translation: nothing to score it against"
            )
        records[rid] = Reference(
            id=rid,
            line=line,
            brief=brief,
            key_figures=figures,
            text=_optional_str(obj, "text", where),
            translation=translation,
        )
    return References(path=path, sha256=digest.hexdigest(), records=records)


def load_hypotheses(path: Path) -> Hypotheses:
    """Read line by line, keeping per id only what is scored (``summarizer brief --format json``
    lines also carry figures, sentences and warnings); one copy of each distinct model."""
    records: dict[str, Hypothesis] = {}
    seen: dict[str, int] = {}
    models: dict[str, dict[str, Any]] = {}
    for line, obj in iter_jsonl(path):
        where = f"{display_name(path)}:{line}"
        rid = _record_id(obj, where)
        _check_duplicate(seen, rid, line, where)
        if "brief" not in obj:
            hint = " (is this a REFS file given as --hyps?)" if "reference_brief" in obj else ""
            raise UsageError(f"{where}: record '{rid}' has no 'brief'{hint}")
        brief = obj["brief"]
        if not isinstance(brief, str):
            raise UsageError(f"{where}: 'brief' must be a string, got {_json_type(brief)}")
        model = obj.get("model")
        if model is not None and not isinstance(model, dict):
            raise UsageError(f"{where}: 'model' must be an object")
        strategy = obj.get("strategy")
        if isinstance(strategy, dict):
            strategy = strategy.get("name")
        if strategy is not None and not isinstance(strategy, str):
            raise UsageError(f"{where}: 'strategy' must be an object with a 'name' or a string")
        if model is not None:
            model = models.setdefault(json.dumps(model, sort_keys=True), model)
        records[rid] = Hypothesis(
            id=rid,
            line=line,
            brief=brief,
            model=model,
            strategy=strategy,
            translation=_optional_str(obj, "translation", where),
        )
    return Hypotheses(path=path, records=records)


def match(refs: References, hyps: Hypotheses) -> Match:
    common = [rid for rid in refs.records if rid in hyps.records]
    missing = [rid for rid in refs.records if rid not in hyps.records]
    extra = [rid for rid in hyps.records if rid not in refs.records]
    if not common:
        raise SummarizerError(
            f"{display_name(hyps.path)}: no id in common with {refs.path} "
            f"(first ids: {_first(hyps.records)} vs {_first(refs.records)})"
        )
    return Match(common=common, missing=missing, extra=extra)


def _first(records: dict[str, Any], n: int = 2) -> str:
    ids = list(records)[:n]
    return ", ".join(f"'{i}'" for i in ids) + (", …" if len(records) > n else "")
