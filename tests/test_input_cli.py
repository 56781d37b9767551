"""Reading through the CLI: stdin as bytes, --encoding, reading notes as warnings, hostile JSONL
records failing alone (brief and digest)."""

import json

from typer.testing import CliRunner

from summarizer.cli import app
from tests.conftest import SEED

runner = CliRunner()
GERMAN = SEED.read_text(encoding="utf-8")
RUSSIAN = (
    "Президент России заявил в пятницу, что экономика страны выросла на 3,2 процента. "
    "Более 1000 контейнеров были отправлены из порта в течение недели."
)
GUESS = "not UTF-8: read as Windows-1252 (a guess; --encoding sets it)"


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_brief_reads_windows_1252_from_stdin_and_warns(tiny_marian):
    result = run(
        "brief", "-", "-f", "json", "--model", tiny_marian, "--beams", "1",
        input=GERMAN.encode("cp1252"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["warnings"][0] == GUESS
    assert result.stderr.splitlines()[0] == f"summarizer: <stdin>: warning: {GUESS}"
    assert any(f["source"] == "mehr als 1000 Container" for f in brief["figures"])


def test_digest_reads_windows_1252_from_stdin(tiny_marian, tmp_path):
    result = run(
        "digest", "-", "--out", tmp_path, "--model", tiny_marian, "--beams", "1",
        input=GERMAN.encode("cp1252"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (entry,) = [json.loads(line) for line in (tmp_path / "digest.jsonl").read_text().splitlines()]
    assert entry["warnings"][0] == GUESS
    assert f"summarizer: <stdin>: warning: {GUESS}" in result.stderr


def test_encoding_option_reads_without_a_guess(tiny_marian, tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes(RUSSIAN.encode("cp1251"))
    for args in (("figures", "-f", "json"), ("translate", "--model", tiny_marian, "--beams", 1)):
        result = run(args[0], f, "--encoding", "cp1251", *args[1:])
        assert result.exit_code == 0, result.output
        assert RUSSIAN.split()[0] in result.stdout or args[0] == "figures"
        assert "warning" not in result.stderr
    result = run("brief", f, "--encoding", "cp1251", "-f", "json", "--model", tiny_marian)
    brief = json.loads(result.stdout)
    assert brief["source_language"] == "ru"
    assert not any("UTF-8" in w for w in brief["warnings"])
    guessed = run("brief", f, "-f", "json", "--model", tiny_marian)
    assert json.loads(guessed.stdout)["source_language"] == "ru"  # the guess gets it right too
    assert "read as Windows-1251 (a guess" in json.loads(guessed.stdout)["warnings"][0]


def test_unknown_encoding_is_one_line_and_exit_2(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Ein Satz.")
    for command in ("brief", "translate", "figures"):
        result = run(command, f, "--encoding", "klingon")
        assert result.exit_code == 2
        assert result.stderr == (
            "summarizer: --encoding 'klingon': not a text encoding Python knows\n"
        )
    result = run("digest", f, "--out", tmp_path / "out", "--encoding", "rot13")
    assert result.exit_code == 2 and "--encoding 'rot13'" in result.stderr


def hostile_jsonl(tmp_path):
    f = tmp_path / "day.jsonl"
    lines = [
        json.dumps({"id": "first", "text": GERMAN}),
        '{"id": "lone", "text": "Die Zahl stieg um 3,2 Prozent \\ud800 im Oktober."}',
        '{"id": "digits", "text": "X.", "n": ' + "9" * 4400 + "}",
        "[" * 100_000 + "]" * 100_000,
        '{"id": "sep", "text": "Preise stiegen\u2028um 3,2 Prozent."}',  # a raw U+2028
        json.dumps({"id": "last", "text": "Im Oktober stiegen die Preise um 2,1 Prozent."}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    return f


def test_brief_goes_on_past_hostile_jsonl_records(tiny_marian, tmp_path):
    f = hostile_jsonl(tmp_path)
    result = run("brief", f, "-f", "json", "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 1
    briefs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [b["id"] for b in briefs] == ["first", "lone", "sep", "last"]
    lone = briefs[1]
    assert lone["warnings"][0] == "lone surrogate escape(s) in text replaced with U+FFFD"
    assert f"summarizer: {f}:3: cannot be read: Exceeds the limit (4300 digits)" in result.stderr
    assert f"summarizer: {f}:4: cannot be read: JSON nested too deeply\n" in result.stderr
    assert "Traceback" not in result.output


def test_digest_goes_on_past_hostile_jsonl_records(tiny_marian, tmp_path):
    f = hostile_jsonl(tmp_path)
    out = tmp_path / "out"
    result = run("digest", f, "--out", out, "--model", tiny_marian, "--beams", "1", "--no-merge")
    assert result.exit_code == 1
    entries = [json.loads(line) for line in (out / "digest.jsonl").read_text().splitlines()]
    assert sorted(e["id"] for e in entries) == ["first", "last", "lone", "sep"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [e["source"] for e in errors] == [f"{f}:3", f"{f}:4"]
    for name in ("digest.md", "digest.html", "digest.jsonl"):
        (out / name).read_text(encoding="utf-8")  # valid UTF-8: no surrogate got through
