"""Hostile invocations end in one stderr line and the contract's exit status, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.translate import MAX_THREADS
from tests.conftest import ROOT, SEED

runner = CliRunner()


@pytest.mark.parametrize("threads", ["-1", "100000", str(MAX_THREADS + 1)])
def test_threads_out_of_range_is_one_usage_line(threads):
    result = runner.invoke(app, ["brief", str(SEED), "--threads", threads])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"summarizer: --threads {threads}: expected 0 (all cores) to {MAX_THREADS} decoding threads"
    ]


def test_a_path_longer_than_path_max_is_a_read_failure(tmp_path):
    name = str(tmp_path / ("a" * 300) / ("b" * 5000)) + ".txt"
    result = runner.invoke(app, ["figures", name, str(SEED), "-f", "json"])
    assert result.exit_code == 1  # that input failed, the other was done
    assert not isinstance(result.exception, OSError)
    (line,) = [x for x in result.stderr.splitlines()]
    assert line.startswith("summarizer: /") and line.endswith(": cannot read: File name too long")
    assert '"figures"' in result.stdout


def _run(args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        **kwargs,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["figures", str(SEED)], ["models", "list"]])
def test_stdout_on_a_full_device_is_one_line_and_exit_2(args):
    with open("/dev/full", "w") as full:
        result = _run(args, stdout=full)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "summarizer: <stdout>: cannot write (No space left on device)"
    ]


def test_stdout_closed_by_the_reader_stops_quietly():
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already left
    try:
        result = _run(["figures", str(SEED)], stdout=write)
    finally:
        os.close(write)
    assert result.returncode == 2
    assert result.stderr == ""
