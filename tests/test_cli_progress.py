"""The progress display of `digest` and `brief`, as a user sees it: a bar on a terminal
(driven through a pty), a line per story when piped, the summary line at the end."""

import json
import os
import pty
import re
import subprocess
import sys
import time

from tests.conftest import DEV, ROOT

STORIES = 6
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")


def six_stories(folder):
    """Six distinct stories from the dev set, one file each."""
    folder.mkdir()
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    for record in records[:STORIES]:
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return folder


def command(tiny_marian, inputs, out, *extra):
    return [
        sys.executable,
        "-m",
        "summarizer",
        "digest",
        str(inputs),
        "--out",
        str(out),
        "--model",
        str(tiny_marian),
        "--beams",
        "1",
        "--no-merge",
        *extra,
    ]


def environment(**extra):
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def run_in_pty(args, env) -> tuple[int, str]:
    """Run ``args`` with stdin, stdout and stderr on a pseudo-terminal; all it drew."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the child closed the terminal (EIO)
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_the_bar_moves_per_story_and_shows_the_stage(tiny_marian, tmp_path):
    inputs = six_stories(tmp_path / "in")
    env = environment(TERM="xterm-256color", COLUMNS="160", LINES="40")
    env.pop("NO_COLOR", None)
    code, drawn = run_in_pty(command(tiny_marian, inputs, tmp_path / "out"), env)
    assert code == 0, drawn
    text = ANSI.sub("", drawn)
    counts = set(re.findall(rf"\b([0-9])/{STORIES}\b", text))
    assert {"1", "3", str(STORIES)} <= counts, text
    assert "translating" in text and "sentences" in text
    assert text.rstrip().splitlines()[-1].startswith(f"digest: {STORIES} stories ({STORIES} brief")


def test_piped_a_line_per_story_then_the_summary(tiny_marian, tmp_path):
    inputs = six_stories(tmp_path / "in")
    args = command(tiny_marian, inputs, tmp_path / "out")
    result = subprocess.run(args, env=environment(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(" ", 2)[1] for line in lines[:-1]] == [
        f"{n}/{STORIES}" for n in range(1, STORIES + 1)
    ]
    assert all(line.endswith(": briefed") for line in lines[:-1])
    assert lines[-1].startswith(f"digest: {STORIES} stories ({STORIES} briefed, 0 from cache")
    assert "\x1b" not in result.stderr
    again = subprocess.run(
        [*args, "--quiet"], env=environment(), capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0
    (line,) = again.stderr.splitlines()  # quiet: the summary line alone
    assert line.startswith(f"digest: {STORIES} stories (0 briefed, {STORIES} from cache")


def test_brief_verbose_shows_the_chosen_sentences_from_one(tiny_marian, tmp_path):
    from typer.testing import CliRunner

    from summarizer.cli import app

    article = tmp_path / "a.txt"
    article.write_text(
        "Erster Satz ohne Zahl. Der Umsatz stieg um 5 Prozent auf 3,2 Milliarden Euro.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["brief", str(article), "-m", str(tiny_marian), "--beams", "1", "-v", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)  # stdout holds the brief alone
    indexes = [s["index"] for s in brief["sentences"]]
    details = [line for line in result.stderr.splitlines() if line.startswith("  sentence ")]
    assert [int(line.split()[1].rstrip(":")) for line in details] == [i + 1 for i in indexes]
    assert any("source" in line and " s" in line for line in result.stderr.splitlines())
    assert result.stderr.splitlines()[-1].startswith("brief: 1 briefed, 0 failed, in ")
    both = CliRunner().invoke(app, ["brief", str(article), "-q", "-v"])
    assert both.exit_code == 2 and "choose one" in both.stderr
