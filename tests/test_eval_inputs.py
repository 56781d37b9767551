"""Bad REFS/HYPS input: one clear line naming file and line, non-zero exit, no traceback."""

import json
import re

import pytest
import typer
from typer.testing import CliRunner

from summarizer.errors import SummarizerError, UsageError
from summarizer.evaluation.command import eval_command

app = typer.Typer()
app.command("eval")(eval_command)
app.command("other")(lambda: None)

REF = {"id": "a", "reference_brief": "Prices rose 3.2 percent.", "key_figures": []}
HYP = {"id": "a", "brief": "Prices rose 3.2 percent."}


def line(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def fail(tmp_path, refs: bytes, hyps: bytes = line(HYP)):
    """Run eval on the given bytes; return the error the CLI would print (and its exit code)."""
    (tmp_path / "refs.jsonl").write_bytes(refs)
    (tmp_path / "hyps.jsonl").write_bytes(hyps)
    result = CliRunner().invoke(
        app,
        ["eval", "--refs", str(tmp_path / "refs.jsonl"), "--hyps", str(tmp_path / "hyps.jsonl")],
    )
    err = result.exception
    assert isinstance(err, SummarizerError), (result.output, err)
    assert err.exit_code != 0
    message = str(err)
    assert "\n" not in message and "Traceback" not in result.output
    return message, err.exit_code


def test_good_input_passes(tmp_path):
    (tmp_path / "r.jsonl").write_bytes(b"\xef\xbb\xbf" + line(REF) + b"\r\n\n")  # BOM, CRLF, blank
    (tmp_path / "h.jsonl").write_bytes(line(HYP))
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--refs",
            str(tmp_path / "r.jsonl"),
            "--hyps",
            str(tmp_path / "h.jsonl"),
            "--json",
            "--bootstrap",
            "10",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rouge1"]["f"] == 1.0


@pytest.mark.parametrize(
    ("refs", "hyps", "expected"),
    [
        (b"", line(HYP), r"refs\.jsonl: empty file"),
        (b"\n  \n", line(HYP), r"refs\.jsonl: empty file"),
        (line(REF), b"", r"hyps\.jsonl: empty file"),
        (
            line(REF) + b'{"id": "b", "reference_brief": "x"\n',
            line(HYP),
            r"refs\.jsonl:2: not valid JSON \(Expecting ',' delimiter at column 35\)",
        ),
        (
            line(REF),
            line(HYP) + b"\n[1, 2]\n",
            r"hyps\.jsonl:3: expected a JSON object, got an array",
        ),
        (
            line(REF) + line({"reference_brief": "x"}),
            line(HYP),
            r"refs\.jsonl:2: record has no 'id'",
        ),
        (
            line(REF) + line({"id": "b", "title": "x"}),
            line(HYP),
            r"refs\.jsonl:2: record 'b' has no reference brief, no key figures and no reference "
            r"translation",
        ),
        (
            line(REF) + line({"id": "b", "reference_brief": None}),
            line(HYP),
            r"refs\.jsonl:2: record 'b' has no reference brief",
        ),
        (
            line(REF) + line({"id": "b", "reference_brief": "  "}),
            line(HYP),
            r"refs\.jsonl:2: record 'b' has an empty 'reference_brief'",
        ),
        (
            line(REF) + line({"id": "b", "reference_brief": 3}),
            line(HYP),
            r"refs\.jsonl:2: 'reference_brief' must be a string or null, got a number",
        ),
        (
            line(REF) + line({"id": "b", "reference_brief": "x", "key_figures": [{"de": "3"}]}),
            line(HYP),
            r"refs\.jsonl:2: key_figures\[0\] has no 'en' string",
        ),
        (line(REF) + line(REF), line(HYP), r"refs\.jsonl:2: duplicate id 'a' \(first on line 1\)"),
        (
            line(REF),
            line(HYP) + b"\n" + line(HYP),
            r"hyps\.jsonl:3: duplicate id 'a' \(first on line 1\)",
        ),
        (
            line(REF)
            + line({"id": "b", "reference_brief": "Gr\u00fc\u00dfe"}).replace(
                "ü".encode(), "ü".encode("latin-1")
            ),
            line(HYP),
            r"refs\.jsonl:2: not UTF-8 \(byte 0xfc\); convert the file to UTF-8",
        ),
        (
            "\ufeff".encode("utf-16-le").join([b"", line(REF).decode().encode("utf-16-le")]),
            line(HYP),
            r"refs\.jsonl: UTF-16 text; convert the file to UTF-8",
        ),
        (line(REF), b"\x00\x01binary", r"hyps\.jsonl:1: binary data"),
        (line(REF), line({"id": "a", "text": "x"}), r"hyps\.jsonl:1: record 'a' has no 'brief'$"),
        (
            line(REF),
            line({"id": "a", "brief": None}),
            r"hyps\.jsonl:1: 'brief' must be a string, got null",
        ),
        (line(REF), line(REF), r"has no 'brief' \(is this a REFS file given as --hyps\?\)"),
        (line({"id": "a", "brief": "x"}), line(HYP), r"is this a HYPS file given as --refs\?"),
        (
            line(REF),
            line({"id": ["a"], "brief": "x"}),
            r"hyps\.jsonl:1: 'id' must be a string, got an array",
        ),
    ],
)
def test_bad_input_is_one_line_with_file_and_line(tmp_path, refs, hyps, expected):
    message, code = fail(tmp_path, refs, hyps)
    assert code == 2
    assert message.startswith(str(tmp_path))

    assert re.search(expected, message), message


def test_no_ids_in_common(tmp_path):
    message, code = fail(tmp_path, line(REF), line({"id": "zzz", "brief": "x"}))
    assert code == 1
    assert "hyps.jsonl: no id in common with" in message and "'zzz' vs 'a'" in message


def test_missing_file_and_folder(tmp_path):
    runner = CliRunner()
    (tmp_path / "h.jsonl").write_bytes(line(HYP))
    for refs, expected in [(tmp_path / "nope.jsonl", "no such file"), (tmp_path, "is a folder")]:
        result = runner.invoke(
            app, ["eval", "--refs", str(refs), "--hyps", str(tmp_path / "h.jsonl")]
        )
        assert isinstance(result.exception, UsageError)
        assert expected in str(result.exception)


def test_unwritable_plot(tmp_path):
    (tmp_path / "r.jsonl").write_bytes(line(REF))
    (tmp_path / "h.jsonl").write_bytes(line(HYP))
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--refs",
            str(tmp_path / "r.jsonl"),
            "--hyps",
            str(tmp_path / "h.jsonl"),
            "--plot",
            str(tmp_path / "no" / "such" / "dir" / "x.png"),
            "--bootstrap",
            "10",
        ],
    )
    assert isinstance(result.exception, UsageError)
    assert "x.png: cannot write the plot" in str(result.exception)
