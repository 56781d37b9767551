"""Reading articles: text/markdown files, JSONL, folders of them, stdin.

Every problem with one file or one JSONL line becomes a ``ReadFailure`` naming it; the caller
keeps going with the other articles.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.errors import UsageError

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

MAX_ARTICLE_BYTES = 2_000_000
"""One article's text (a .txt/.md file, a JSONL record's text, an HTML page's extracted text)."""
MAX_INPUT_BYTES = 64_000_000
"""One JSONL or HTML file, or stdin: bounded so that ``- < /dev/zero`` cannot exhaust memory."""

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 controls except tab and newline: never wanted in an id, a title or any output."""
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")

GUESS_ENCODINGS = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_2", "iso8859_5",
    "iso8859_7", "iso8859_15", "koi8_r", "mac_roman", "shift_jis", "euc_jp", "gb18030", "big5",
    "euc_kr",
]  # fmt: skip
"""Legacy encodings of news text that charset-normalizer chooses among (BOM-less UTF-16 and
rare code pages left out: on short texts they win by accident)."""
NEWS_LETTERS = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûÿ", "es": "áéíñóúü", "it": "àèéìíîòóù",
    "pt": "àáâãçéêíóôõú", "nl": "éëïöü", "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž",
    "sv": "åäöé", "da": "åæøé", "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    # Not among the detector's languages, but their code pages are among the guesses:
    "tr": "çğıöşü", "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "el": "άέήίόύώαβγδεζηθικλμνξοπρςστυφχψω",
}  # fmt: skip
"""The non-ASCII letters of each news language. Between guesses charset-normalizer finds
equally clean, the right one is the decoding whose letters one language explains: Windows-1250
and -1252 both decode French or Czech without a stray symbol, but only one yields "à" or "ř"
where the other yields "ŕ" or "ø" among letters of another language."""
CHAOS_SLACK = 0.1
"""Guesses whose "chaos" (charset-normalizer's share of odd-looking characters) is within this
of the best one's are weighed by their letters: a no-break space alone makes Windows-1252 look
messier than Mac Roman to it."""
TYPOGRAPHY = "’‘‚“”„«»‹›–—…€£§°·•×½"
"""Non-ASCII characters of any news text in any language: no evidence for or against a guess."""


@dataclass
class Article:
    id: str
    text: str
    """The text exactly as read; figure offsets point into it."""
    title: str | None = None
    date: str | None = None
    source_path: str = "-"
    notes: list[str] = field(default_factory=list)
    """Doubts from reading it (encoding guessed, bytes replaced): copied into the warnings."""

    def __post_init__(self) -> None:
        # Ids, titles and dates end up in file names, headings and HTML: no control characters.
        self.id = without_controls(self.id)
        self.title = without_controls(self.title) if self.title is not None else None
        self.date = without_controls(self.date) if self.date is not None else None


@dataclass
class ReadFailure:
    source: str
    """File name, with ``:LINE`` for a JSONL record."""
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Decoded:
    text: str
    notes: list[str] = field(default_factory=list)


def decode_text(data: bytes, source: str, encoding: str | None = None) -> Decoded:
    """Decode news text: ``encoding`` when given; else UTF-8 (with or without BOM), UTF-16 or
    UTF-32 with BOM; UTF-8 with a few invalid bytes (replaced, noted); else the encoding
    charset-normalizer finds most plausible (noted as a guess).

    Windows-1252 stays the answer for Western European text (German first) whenever it is as
    good a guess as any: a byte sequence that is valid UTF-8 by accident is vanishingly rare
    for such text, so only real UTF-8 is read as UTF-8.
    """
    if encoding:
        return _decode_as(data, encoding)
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec))
            except UnicodeDecodeError as err:
                raise ValueError(f"not valid {codec.upper()} (byte {err.start})") from None
    if looks_binary(data):
        raise ValueError("binary file, not text")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        first_bad = err.start
    repaired = data.decode("utf-8-sig", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    good = len(repaired) - len(repaired.encode("ascii", "ignore")) - repaired.count("\ufffd")
    # Real UTF-8 with a stray byte or two: repair those, do not re-read the whole file.
    if good and bad <= max(1, good // 10):
        return Decoded(
            repaired,
            [
                f"{bad} byte sequence(s) not valid UTF-8 replaced with U+FFFD "
                f"(first at byte {first_bad})"
            ],
        )
    codec = _guess_encoding(data)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        codec, text = "latin-1", data.decode("latin-1")
    return Decoded(
        text, [f"not UTF-8: read as {_encoding_label(codec)} (a guess; --encoding sets it)"]
    )


def _decode_as(data: bytes, encoding: str) -> Decoded:
    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        raise ValueError(
            f"not valid {encoding} (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    if looks_binary(text):
        raise ValueError("binary file, not text")
    return Decoded(text)


def _guess_encoding(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=GUESS_ENCODINGS))
    coherence: dict[str, float] = {}
    for m in matches:
        if m.chaos <= matches[0].chaos + CHAOS_SLACK:
            codec = "cp1252" if "cp1252" in m.could_be_from_charset else m.encoding
            coherence.setdefault(codec, m.coherence)
    if "cp1252" not in coherence and _decodes(data, "cp1252"):
        coherence["cp1252"] = 0.0  # charset-normalizer may drop it for one "ü" in 80 bytes
    sample = data[:50_000]

    def rank(codec: str) -> tuple[float, bool, float, int]:
        # Letters first; then Windows-1252, charset-normalizer's coherence, the list's order.
        fit = _letter_fit(sample.decode(codec, "ignore"))
        return (fit, codec == "cp1252", coherence[codec], -GUESS_ENCODINGS.index(codec))

    return max(coherence, key=rank) if coherence else "cp1252"


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _letter_fit(text: str) -> float:
    """The largest share of the text's letters and other non-ASCII characters (typography aside)
    that one language's alphabet explains (a-z belong to the Latin-script ones). Symbols and
    foreign letters count against a guess: Polish "ą" read as "¹", German "ü" as Cyrillic "Э"."""
    chars = Counter(
        c
        for c in text.lower()
        if "a" <= c <= "z" or (c > "\x7f" and c not in TYPOGRAPHY and not c.isspace())
    )
    total = sum(chars.values())
    if not total:
        return 1.0
    ascii_letters = sum(n for c, n in chars.items() if c <= "z")
    return (
        max(
            sum(chars[c] for c in alphabet) + (ascii_letters if max(alphabet) < "\u0370" else 0)
            for alphabet in NEWS_LETTERS.values()
        )
        / total
    )


def _encoding_label(codec: str) -> str:
    name = codecs.lookup(codec).name
    if m := re.fullmatch(r"cp(125\d)", name):
        return f"Windows-{m[1]}"
    if m := re.fullmatch(r"iso8859-(\d+)", name):
        return f"ISO-8859-{m[1]}"
    return name


def check_encoding(name: str) -> str:
    """``--encoding``: a text encoding Python knows, else a usage error."""
    try:
        b"x".decode(name)  # not b"": decoding nothing skips the codec lookup
    except LookupError:
        raise UsageError(f"--encoding '{name}': not a text encoding Python knows") from None
    except UnicodeDecodeError:
        pass  # a known codec (UTF-16 needs two bytes)
    return name


def looks_binary(data: bytes | str) -> bool:
    head = data[:4096]
    codes = head if isinstance(head, bytes) else [ord(c) for c in head]
    if 0 in codes:
        return True
    control = sum(1 for b in codes if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.05


def without_controls(text: str) -> str:
    return CONTROL_CHARS.sub("", text)


def safe_id(name: str) -> str:
    """An id usable as a file name: letters, digits, dot, dash, underscore."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-_")
    return cleaned[:120] or "article"


def file_names(ids: list[str], suffix: str, taken: Iterable[str] = ()) -> list[str]:
    """One file name per id (ids unique), none equal to another or to a ``taken`` name, even
    on a case-insensitive file system.

    The name is the id itself when the id is a safe slug and free; otherwise the slug plus a
    short hash of the exact id (``a/b`` → ``a-b-3f1c0a2e``), so that distinct ids never meet.
    """
    used = {name.lower() for name in taken}
    names = []
    for article_id in ids:
        slug = safe_id(article_id)
        name = slug + suffix
        if slug != article_id or name.lower() in used:
            digest = hashlib.sha256(article_id.encode("utf-8")).hexdigest()
            width = 8
            name = f"{slug}-{digest[:width]}{suffix}"
            while name.lower() in used:  # only a hash collision gets here
                width += 4
                name = f"{slug}-{digest[:width]}{suffix}"
        used.add(name.lower())
        names.append(name)
    return names


OUTPUTS_LIST = ".summarizer-outputs.json"
"""Written into every output folder: the names of the files written there, which a later run
never reads back as articles (``digest DIR --out DIR``, ``brief DIR --out DIR``)."""


def claim_output_files(out: Path, ids: list[str], suffix: str) -> list[Path]:
    """One file per article in ``out``, none overwriting another or a file we did not write;
    their names are listed in the folder first (``OUTPUTS_LIST``), so that no later run reads
    them as articles. Raises OSError when the list cannot be written."""
    from summarizer.render import write_atomic

    ours = listed_outputs(out)
    others = [p.name for p in out.iterdir() if p.name not in ours] if out.is_dir() else []
    names = file_names(ids, suffix, taken=others)
    listing = json.dumps({"files": sorted(ours | set(names))}, ensure_ascii=False) + "\n"
    write_atomic(out / OUTPUTS_LIST, listing)
    return [out / name for name in names]


def listed_outputs(folder: Path) -> set[str]:
    """The file names ``folder``'s outputs list names; empty when there is none (or it is
    unreadable: a broken list must not stop the reading)."""
    try:
        data = json.loads((folder / OUTPUTS_LIST).read_text(encoding="utf-8"))
        return {name for name in data["files"] if isinstance(name, str)}
    except (OSError, ValueError, TypeError, KeyError):
        return set()


def _is_output(path: Path, lists: dict[Path, set[str]]) -> bool:
    if path.parent not in lists:
        lists[path.parent] = listed_outputs(path.parent)
    return path.name in lists[path.parent]


Notes = Callable[[str, str], None]
"""Told ``(source, note)`` once for every reading doubt (encoding guessed, bytes replaced)."""


def iter_inputs(
    inputs: list[str],
    stdin: bytes | str | None = None,
    encoding: str | None = None,
    on_note: Notes | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Article | ReadFailure]:
    """Yield an Article or a ReadFailure for every article found in the inputs, in order.

    ``stdin`` stands in for the process's standard input (bytes, or text taken as UTF-8);
    ``encoding`` overrides the detection for every input. Ids are unique in the run: a
    repeated id gets ``~2``, ``~3`` … and ``warn`` (default: a line on stderr) names both
    sources.
    """
    yield from unique_ids(_iter_inputs(inputs, stdin, encoding, on_note, {}), warn)


def unique_ids(
    items: Iterable[Article | ReadFailure], warn: Callable[[str], None] | None = None
) -> Iterator[Article | ReadFailure]:
    """The items with every article's id unique: a repeated id gets ``~2``, ``~3`` … and
    ``warn`` (default: a line on stderr) names both sources. (Engines that read inputs apart,
    such as the Ray engine, pass what they read through here in input order.)"""
    warn = warn or _warn_stderr
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            if item.id in seen:
                first, number = item.id, 2
                while f"{first}~{number}" in seen:
                    number += 1
                item.id = f"{first}~{number}"
                warn(
                    f"{item.source_path}: id '{first}' is already used by {seen[first]}; "
                    f"this article is '{item.id}'"
                )
            seen[item.id] = item.source_path
        yield item


def _warn_stderr(message: str) -> None:
    print(f"summarizer: {message}", file=sys.stderr)


def _iter_inputs(
    inputs: list[str],
    stdin: bytes | str | None,
    encoding: str | None,
    on_note: Notes | None,
    lists: dict[Path, set[str]],
) -> Iterator[Article | ReadFailure]:
    for raw in inputs:
        if raw == "-":
            data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
            if data is None:
                data = read_stdin()
            yield from _read_bytes(data, "stdin", "<stdin>", None, encoding, on_note)
            continue
        for part in input_parts(raw, lists):
            yield from read_part(part, encoding, on_note)


InputPart = tuple[str, str] | ReadFailure
"""One piece of an input: a file to read and the id its articles default to, or a failure."""


def input_parts(raw: str, lists: dict[Path, set[str]] | None = None) -> list[InputPart]:
    """What reading the input ``raw`` (a file or a folder, not ``-``) consists of, in order: a
    folder gives one part per article file in it. Engines that read in parallel read each part
    on its own (``read_part``); ``lists`` caches the folders' outputs lists."""
    lists = {} if lists is None else lists
    path = Path(raw)
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as err:  # a name longer than the system allows (ENAMETOOLONG), ...
        return [ReadFailure(raw, f"cannot read: {err.strerror or err}")]
    if not exists:
        return [ReadFailure(raw, "no such file or directory")]
    if is_dir:
        # Hidden files and folders (an output's .cache), READMEs (a folder's notes, e.g.
        # eval/data/README.md) and the outputs of an earlier run are no articles.
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
            and not p.name.upper().startswith("README")
        )
        found = [
            p for p in files if p.suffix.lower() in KNOWN_SUFFIXES and not _is_output(p, lists)
        ]
        if not found:
            return [ReadFailure(raw, "folder holds no .txt, .md, .jsonl or .html files")]
        return [(str(p), _stem(p.relative_to(path))) for p in found]
    if _is_output(path, lists):
        return [ReadFailure(raw, f"an output of an earlier run (listed in {OUTPUTS_LIST})")]
    return [(str(path), _stem(Path(path.name)))]


def read_part(
    part: InputPart, encoding: str | None = None, on_note: Notes | None = None
) -> Iterator[Article | ReadFailure]:
    """The articles (and failures) of one part of an input (``input_parts``), in order."""
    if isinstance(part, ReadFailure):
        yield part
    else:
        yield from _read_file(Path(part[0]), part[1], encoding, on_note)


def read_stdin(limit: int = MAX_INPUT_BYTES) -> bytes:
    """Standard input, at most ``limit + 1`` bytes: enough to tell that it is over the limit."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream put in place of stdin (embedding, some test runners)
        return sys.stdin.read(limit + 1).encode("utf-8")
    return stream.read(limit + 1)


def _too_large(size: int | None, limit: int, what: str) -> str:
    if size is None or size <= limit:
        return f"too large: more than {limit:,} bytes (the limit for {what})"
    return f"too large: {size:,} bytes (the limit for {what} is {limit:,})"


def _article_too_large(text: str) -> str | None:
    if len(text) * 4 <= MAX_ARTICLE_BYTES:
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    return _too_large(size, MAX_ARTICLE_BYTES, "one article") if size > MAX_ARTICLE_BYTES else None


def _guess_stdin(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return ".jsonl"
    if stripped[:200].lower().startswith(("<!doctype html", "<html")):
        return ".html"
    return ".txt"


def _read_file(
    path: Path, article_id: str, encoding: str | None = None, on_note: Notes | None = None
) -> Iterator[Article | ReadFailure]:
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        yield ReadFailure(
            str(path),
            f"unknown file type '{path.suffix or '(none)'}' (expected .txt, .md, .jsonl or .html)",
        )
        return
    limit, what = (
        (MAX_ARTICLE_BYTES, "one article")
        if suffix in TEXT_SUFFIXES
        else (MAX_INPUT_BYTES, "one file")
    )
    try:
        size = path.stat().st_size  # 0 for devices and pipes: the bounded read below still holds
        if size > limit:
            yield ReadFailure(str(path), _too_large(size, limit, what))
            return
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as err:
        yield ReadFailure(str(path), f"cannot read: {err.strerror or err}")
        return
    if len(data) > limit:
        yield ReadFailure(str(path), _too_large(None, limit, what))
        return
    yield from _read_bytes(data, article_id, str(path), suffix, encoding, on_note)


def _read_bytes(
    data: bytes,
    default_id: str,
    source: str,
    suffix: str | None,
    encoding: str | None,
    on_note: Notes | None,
) -> Iterator[Article | ReadFailure]:
    """Files and stdin alike: bytes → text (``suffix`` None: guessed from the text)."""
    if suffix is None and len(data) > MAX_INPUT_BYTES:
        yield ReadFailure(source, _too_large(None, MAX_INPUT_BYTES, "stdin"))
        return
    try:
        decoded = decode_text(data, source, encoding)
    except ValueError as err:
        yield ReadFailure(source, str(err))
        return
    for note in decoded.notes:
        if on_note:
            on_note(source, note)
    suffix = suffix or _guess_stdin(decoded.text)
    for item in _articles_from_text(decoded.text, default_id, source, suffix, on_note):
        if isinstance(item, Article):
            item.notes[:0] = decoded.notes
        yield item


def _stem(path: Path) -> str:
    """The id of a file: its path (relative to the folder it was found in) without suffix."""
    name = path.as_posix()
    for suffix in (".de.txt", ".txt", ".md", ".jsonl", ".html", ".htm"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name[: -len(path.suffix)] if path.suffix else name


def _articles_from_text(
    text: str, default_id: str, source: str, suffix: str, on_note: Notes | None = None
) -> Iterator[Article | ReadFailure]:
    if not text.strip():
        yield ReadFailure(source, "empty file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(text, default_id, source, on_note)
        return
    if suffix in HTML_SUFFIXES:
        from summarizer.html import article_from_html

        try:
            article = article_from_html(text, default_id, source)
        except ValueError as err:
            yield ReadFailure(source, str(err))
            return
    else:
        article = Article(id=default_id, text=text, source_path=source)
    if problem := _article_too_large(article.text):
        yield ReadFailure(source, problem)
    else:
        yield article


def _jsonl_articles(
    text: str, stem: str, source: str, on_note: Notes | None = None
) -> Iterator[Article | ReadFailure]:
    seen: set[str] = set()
    # JSON Lines ends records at "\n" only: U+2028 or U+0085 inside a string is no line break.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadFailure(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        except RecursionError:
            yield ReadFailure(where, "cannot be read: JSON nested too deeply")
            continue
        except ValueError as err:  # e.g. an integer of more than 4,300 digits
            yield ReadFailure(where, f"cannot be read: {str(err).split(':')[0]}")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, "a JSON object with a 'text' field was expected")
            continue
        notes = _replace_lone_surrogates(record)
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(where, "record has no 'text' (or it is empty)")
            continue
        if problem := _article_too_large(body):
            yield ReadFailure(where, problem)
            continue
        article_id = str(record.get("id") or f"{stem}-{number}")
        if article_id in seen:
            yield ReadFailure(where, f"duplicate id '{article_id}'")
            continue
        seen.add(article_id)
        for note in notes:
            if on_note:
                on_note(where, note)
        yield Article(
            id=article_id,
            text=body,
            title=record.get("title") if isinstance(record.get("title"), str) else None,
            date=str(record["date"]) if record.get("date") else None,
            source_path=where,
            notes=notes,
        )


def _replace_lone_surrogates(record: dict) -> list[str]:
    """A lone surrogate escape (``"\\ud800"``) is valid JSON but no character: it would break
    every UTF-8 output. Replaced with U+FFFD (one for one: offsets into the text still hold)."""
    fixed = []
    for key in ("id", "text", "title", "date"):
        value = record.get(key)
        if isinstance(value, str) and LONE_SURROGATE.search(value):
            record[key] = LONE_SURROGATE.sub("\ufffd", value)
            fixed.append(key)
    if not fixed:
        return []
    return [f"lone surrogate escape(s) in {', '.join(fixed)} replaced with U+FFFD"]


def shown_source(source: str, inputs: list[str]) -> str:
    """Where an article came from, as a reader of the digest should see it: relative to the
    input folder given on the command line (``wire/a.jsonl:9`` → ``a.jsonl:9``), a file given
    by path as its name, never the server's absolute path."""
    for raw in inputs:
        if raw == "-":
            continue
        path = Path(raw)
        prefix = path.as_posix().rstrip("/") + "/"
        if source.startswith(prefix) and _is_dir(path):
            return source[len(prefix) :]
        if source == raw or source.startswith(raw + ":"):
            return path.name + source[len(raw) :]
    return source


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
