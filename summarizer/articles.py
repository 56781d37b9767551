"""Reading articles: text/markdown files, JSONL, folders of them, stdin.

Every problem with one file or one JSONL line becomes a ``ReadFailure`` naming it; the caller
keeps going with the other articles.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES


@dataclass
class Article:
    id: str
    text: str
    """The text exactly as read; figure offsets point into it."""
    title: str | None = None
    date: str | None = None
    source_path: str = "-"
    meta: dict = field(default_factory=dict)


@dataclass
class ReadFailure:
    source: str
    """File name, with ``:LINE`` for a JSONL record."""
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode_text(data: bytes, source: str) -> str:
    """Decode news text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Windows-1252 is the right fallback for German text that is not UTF-8: it is a superset of
    Latin-1 for every printable character, and a byte sequence that is valid UTF-8 by accident
    is vanishingly rare for real German text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if looks_binary(data):
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.05


def safe_id(name: str) -> str:
    """An id usable as a file name: letters, digits, dot, dash, underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")
    return cleaned[:120] or "article"


def iter_inputs(
    inputs: list[str], stdin_text: str | None = None
) -> Iterator[Article | ReadFailure]:
    """Yield an Article or a ReadFailure for every article found in the inputs, in order."""
    for raw in inputs:
        if raw == "-":
            text = stdin_text if stdin_text is not None else sys.stdin.read()
            yield from _articles_from_text(text, "stdin", "<stdin>", suffix=_guess_stdin(text))
            continue
        path = Path(raw)
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except OSError as err:  # a name longer than the system allows (ENAMETOOLONG), ...
            yield ReadFailure(raw, f"cannot read: {err.strerror or err}")
            continue
        if not exists:
            yield ReadFailure(raw, "no such file or directory")
        elif is_dir:
            # Hidden files and READMEs (a folder's notes, e.g. eval/data/README.md) are no articles.
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not p.name.startswith(".")
                and not p.name.upper().startswith("README")
            )
            found = [p for p in files if p.suffix.lower() in KNOWN_SUFFIXES]
            if not found:
                yield ReadFailure(raw, "folder holds no .txt, .md, .jsonl or .html files")
            for p in found:
                yield from _read_file(p)
        else:
            yield from _read_file(path)


def _guess_stdin(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return ".jsonl"
    if stripped[:200].lower().startswith(("<!doctype html", "<html")):
        return ".html"
    return ".txt"


def _read_file(path: Path) -> Iterator[Article | ReadFailure]:
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        yield ReadFailure(
            str(path),
            f"unknown file type '{path.suffix or '(none)'}' (expected .txt, .md, .jsonl or .html)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield ReadFailure(str(path), f"cannot read: {err.strerror or err}")
        return
    try:
        text = decode_text(data, str(path))
    except (ValueError, UnicodeDecodeError) as err:
        yield ReadFailure(str(path), str(err))
        return
    yield from _articles_from_text(text, safe_id(_stem(path)), str(path), suffix)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".de.txt", ".txt", ".md", ".jsonl", ".html", ".htm"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _articles_from_text(
    text: str, default_id: str, source: str, suffix: str
) -> Iterator[Article | ReadFailure]:
    if not text.strip():
        yield ReadFailure(source, "empty file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(text, default_id, source)
    elif suffix in HTML_SUFFIXES:
        from summarizer.html import article_from_html

        try:
            yield article_from_html(text, default_id, source)
        except ValueError as err:
            yield ReadFailure(source, str(err))
    else:
        yield Article(id=default_id, text=text, source_path=source)


def _jsonl_articles(text: str, stem: str, source: str) -> Iterator[Article | ReadFailure]:
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, "a JSON object with a 'text' field was expected")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(where, "record has no 'text' (or it is empty)")
            continue
        article_id = str(record.get("id") or f"{stem}-{number}")
        if article_id in seen:
            yield ReadFailure(where, f"duplicate id '{article_id}'")
            continue
        seen.add(article_id)
        yield Article(
            id=article_id,
            text=body,
            title=record.get("title") if isinstance(record.get("title"), str) else None,
            date=str(record["date"]) if record.get("date") else None,
            source_path=where,
        )
