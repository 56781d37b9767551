"""Briefs as Markdown and JSON, and atomic file writing."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def to_json(data: dict) -> str:
    """One brief object (``Brief.as_dict()``) as one line of JSON."""
    return json.dumps(data, ensure_ascii=False)


def to_markdown(data: dict, heading: str = "##") -> str:
    lines = [f"{heading} {data.get('headline') or data['title'] or data['id']}", ""]
    meta = []
    if data["dateline"]:
        place, agency = data["dateline"]["place"], data["dateline"]["agency"]
        meta.append(" ".join(p for p in (place, f"({agency})" if agency else None) if p))
    if data["date"]:
        meta.append(data["date"])
    meta.append(f"source: {data['source']}")
    lines += [f"*{' · '.join(meta)}*", ""]
    if data.get("merged"):
        lines += [
            f"*Merged {len(data['merged'])} earlier version(s) of this story: "
            f"{', '.join(data['merged'])}*",
            "",
        ]
    if data["model"].get("standin"):
        lines += [
            "> **Stand-in model** — random weights: the English below is not a translation. "
            "Cleanup, sentence choice and key figures are real.",
            "",
        ]
    lines += [data["brief"], ""]
    if data["key_figures"]:
        lines += ["**Key figures:** " + " · ".join(data["key_figures"]), ""]
    other = [w for w in data["warnings"] if not w.startswith("stand-in model")]
    if other:
        lines += ["**Warnings:**", *[f"- {w}" for w in other], ""]
    return "\n".join(lines)


def current_umask() -> int:
    """The process umask. Read from /proc where it can be: setting it to read it back would,
    for an instant, widen the permissions of files other threads create."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, then rename: never a half-written file.
    The file gets the permissions a plain ``open`` would give it (0666 less the umask), not
    mkstemp's 0600: a digest is meant to be read by a web server or a shared folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
