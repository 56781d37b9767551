"""Briefs as Markdown and JSON, and atomic file writing."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from summarizer.articles import CONTROL_CHARS
from summarizer.results import is_standin, other_warnings

MD_SPECIAL = re.compile(r"[\\`*_{}\[\]#|~]")
"""Backslash-escaped everywhere. Brackets are what every link and image needs (``[x](url)``,
``![x](url)``, ``[x]: url``), so parentheses and ``!`` can stay as written ("WASHINGTON
(dpa-AFX)" stays readable); braces open attribute lists in some dialects."""
HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
LIST_OPENER = re.compile(r"[-+=]|\d+\.")
"""A list item, setext underline or numbered item when it opens a line."""


def to_json(data: dict) -> str:
    """One brief object (``Brief.as_dict()``) as one line of JSON."""
    return json.dumps(data, ensure_ascii=False)


def escape_md(text: str) -> str:
    """Text from an article as inert Markdown on one line: no tag, link, image, emphasis,
    heading or list can come out of it, whatever the viewer (HTML is escaped as entities,
    Markdown syntax with backslashes, a list opener at the start too; control characters
    become U+FFFD)."""
    text = CONTROL_CHARS.sub("\ufffd", " ".join(text.split()))  # NEL, U+2028: whitespace
    text = MD_SPECIAL.sub(lambda m: "\\" + m[0], text)
    text = "".join(HTML_SPECIAL.get(c, c) for c in text)
    if opener := LIST_OPENER.match(text):
        cut = opener.end() - 1
        text = text[:cut] + "\\" + text[cut:]
    return text


def to_markdown(data: dict, heading: str = "##", source: str | None = None) -> str:
    """One brief as Markdown; everything that came from the article goes through
    ``escape_md``, only the structure around it is ours. ``source`` replaces the shown
    source path (the digest shows it relative to its input folder)."""
    lines = [f"{heading} {escape_md(data.get('headline') or data['title'] or data['id'])}", ""]
    meta = []
    if data["dateline"]:
        place, agency = data["dateline"]["place"], data["dateline"]["agency"]
        meta.append(" ".join(p for p in (place, f"({agency})" if agency else None) if p))
    if data["date"]:
        meta.append(data["date"])
    meta.append(f"source: {source or data['source']}")
    lines += [f"*{escape_md(' · '.join(meta))}*", ""]
    if data.get("merged"):
        lines += [
            f"*Merged {len(data['merged'])} earlier version(s) of this story: "
            f"{escape_md(', '.join(data['merged']))}*",
            "",
        ]
    if is_standin(data):
        lines += [
            "> **Stand-in model** — random weights: the English below is not a translation. "
            "Cleanup, sentence choice and key figures are real.",
            "",
        ]
    lines += [escape_md(data["brief"]), ""]
    if data["key_figures"]:
        shown = key_figures_shown(data)
        lines += ["**Key figures:** " + " · ".join(map(escape_md, shown)), ""]
    other = other_warnings(data)
    if other:
        lines += ["**Warnings:**", *[f"- {escape_md(w)}" for w in other], ""]
    return "\n".join(lines)


def key_figures_shown(data: dict) -> list[str]:
    """The key-figures line's entries: the English forms; for a brief left in the article's
    language (``--source-only``, model ``none``), "source form (English form)"."""
    if (data.get("model") or {}).get("name") != "none":
        return data["key_figures"]
    source_of: dict[str, str] = {}
    for figure in data["figures"]:
        source_of.setdefault(figure["text"], figure["source"])
    return [
        f"{source_of[text]} ({text})" if source_of.get(text, text) != text else text
        for text in data["key_figures"]
    ]


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
    """Write to a temporary file in the same folder, then rename: never a half-written file."""
    write_together({path: text})


def write_together(files: dict[Path, str]) -> None:
    """Write several files so that they change together: every one goes to a temporary file
    first, and only when all are written are they renamed into place. On an error (disk full)
    the temporary files are removed and the files already there are left as they were."""
    temps: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            temps.append((write_temp(path, text), path))
        for tmp, path in temps:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        raise


def write_temp(path: Path, text: str) -> str:
    """``text`` in a new temporary file beside ``path`` (synced to disk); its name. The file
    gets the permissions a plain ``open`` would give it (0666 less the umask), not mkstemp's
    0600: a digest is meant to be read by a web server or a shared folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
