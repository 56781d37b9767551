"""The progress display's modes (the terminal bar itself: a pty test in test_cli_progress)."""

import io

from summarizer.progress import Progress, summary_line


def test_piped_prints_one_line_per_story_with_its_outcome():
    out = io.StringIO()
    progress = Progress(3, label="digest", stream=out)
    progress.stage("German side")  # not verbose: stages are not lines when piped
    progress.advance(item="a", outcome="briefed")
    progress.advance(item="b", outcome="failed: empty file")
    progress.advance(item="c", outcome="from cache")
    progress.close()
    assert out.getvalue().splitlines() == [
        "digest: 1/3 a: briefed",
        "digest: 2/3 b: failed: empty file",
        "digest: 3/3 c: from cache",
    ]


def test_quiet_prints_nothing_and_verbose_adds_stages_and_details():
    quiet, verbose = io.StringIO(), io.StringIO()
    for stream, mode in ((quiet, "quiet"), (verbose, "verbose")):
        progress = Progress(1, label="brief", stream=stream, mode=mode)
        progress.stage("translating 4 sentences")
        progress.detail("  chosen: 0, 2, 5")
        progress.advance(item="a", outcome="briefed")
        progress.close()
    assert quiet.getvalue() == ""
    assert verbose.getvalue().splitlines() == [
        "brief: translating 4 sentences",
        "  chosen: 0, 2, 5",
        "brief: 1/1 a: briefed",
    ]


def test_merging_prints_every_tenth_not_every_item():
    out = io.StringIO()
    progress = Progress(100, label="merging", stream=out, per_item=False)
    for n in range(100):
        progress.advance(item=str(n))
    lines = out.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("merging: 100/100 (")


def test_uncounted_items_print_every_thousandth_and_quiet_nothing():
    out, quiet = io.StringIO(), io.StringIO()
    for stream, mode in ((out, "normal"), (quiet, "quiet")):
        progress = Progress(None, label="reading", stream=stream, mode=mode)
        for _ in range(2500):
            progress.advance()
        progress.close()
    lines = out.getvalue().splitlines()
    assert [line.split(" (")[0] for line in lines] == [
        "reading: 1000 so far",
        "reading: 2000 so far",
    ]
    assert quiet.getvalue() == ""


def test_summary_line():
    assert summary_line("digest", 14, 1, 3, 31.24) == (
        "digest: 14 briefed (3 from cache), 1 failed, in 31.2 s"
    )
    assert summary_line("brief", 2, 0, 0, 0.5) == "brief: 2 briefed, 0 failed, in 0.5 s"
