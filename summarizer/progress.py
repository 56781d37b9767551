"""What a long run shows while it works: a bar on a terminal, lines when piped, one summary.

- On a terminal (stderr is a tty): a rich bar that moves per story, with the stage the run is
  in ("German side", "translating 48 sentences", "checking", "writing"), stories/s and ETA.
- Piped, or in a log: one line per story at most (``digest: 3/14 story-id: briefed (1.2 s)``).
- Before the items are counted (the inputs are still being read): a bar with no end on a
  terminal, a line every ``UNCOUNTED_LINE_EVERY`` items when piped (``reading: 1000 so far``).
- ``quiet``: no per-story lines; ``verbose``: per-story details too (chosen sentences, the
  time of each stage).
- Every run ends with one summary line (:func:`summary_line`), whatever the mode.

rich draws the bar (already a dependency for the digest; it handles terminal width, colour
and redraw rate).
"""

from __future__ import annotations

import sys
import time
from typing import Literal, TextIO

Mode = Literal["quiet", "normal", "verbose"]
UNCOUNTED_LINE_EVERY = 1000
"""Items between two lines when piped, while the total is not known."""


class Progress:
    """Progress of ``total`` items (stories, or articles being merged); ``None``: not known
    yet (articles being read).

    ``per_item``: a line per item when piped (stories); else a line every 10 % (merging,
    where a line per article would drown the log)."""

    def __init__(
        self,
        total: int | None,
        label: str = "digest",
        stream: TextIO | None = None,
        mode: Mode = "normal",
        per_item: bool = True,
    ):
        self.total, self.done, self.start = total, 0, time.monotonic()
        self.label, self.mode, self.per_item = label, mode, per_item
        self._batch_sentences = 0
        self._batch_started: float | None = None
        self._batch: list[str] = []
        self._last = self.start
        self.seconds: dict[str, dict[str, float]] = {}
        """Seconds per stage of each story (``source``, ``translate``, ``check``), by id."""
        self.stream = stream or sys.stderr
        self._next_line = 0.1
        self.bar = None
        if mode != "quiet" and total != 0 and _isatty(self.stream):
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn(label),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[stage]}"),
                console=Console(file=self.stream),
                transient=True,
            )
            self.task = self.bar.add_task(label, total=total, rate="", stage="")
            self.bar.start()

    @property
    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.start, 1e-6)

    def stage(self, text: str) -> None:
        """The stage the run is in now (shown on the bar; a line in verbose mode)."""
        if self.bar:
            self.bar.update(self.task, stage=text, refresh=True)
        elif self.mode == "verbose":
            self._line(f"{self.label}: {text}")

    def event(self, stage: str, article_id: str, n: int) -> None:
        """``summarize_batch``'s ``on_event``: the stage on the bar, and the seconds of each
        stage per story (a batch's translation counts for each of its stories)."""
        now = time.monotonic()
        if stage in ("read", "check"):
            self._end_batch(now)
        if stage == "read":
            self.stage(f"reading {article_id}")
        elif stage == "source":
            self.seconds.setdefault(article_id, {})["source"] = now - self._last
            self.stage("source side")
        elif stage == "translate":
            if self._batch_started is None:
                self._batch_started, self._batch_sentences, self._batch = now, 0, []
            self._batch_sentences += n
            self._batch.append(article_id)
            self.stage(f"translating {self._batch_sentences} sentences")
        elif stage == "translated":
            self.stage(f"translating {n}/{self._batch_sentences} sentences")
        elif stage == "check":
            self.seconds.setdefault(article_id, {})["check"] = now - self._last
            self.stage("checking")
        self._last = now

    def _end_batch(self, now: float) -> None:
        if self._batch_started is not None:
            for member in self._batch:
                self.seconds.setdefault(member, {})["translate"] = now - self._batch_started
            self._batch_started = None

    def advance(self, n: int = 1, item: str | None = None, outcome: str | None = None) -> None:
        """``n`` more items done; ``item`` and ``outcome`` name the story and what became of it
        (``briefed``, ``failed: …``, ``from cache``)."""
        self.done += n
        if self.bar:
            # While uncounted (files being read), rich's own ten redraws a second show the
            # count: a forced redraw per file would slow the reading.
            counted = self.total is not None
            self.bar.update(self.task, advance=n, rate=f"{self.rate:.2f}/s", refresh=counted)
            return
        if self.mode == "quiet" or self.total == 0:
            return
        if self.total is None:
            if self.done // UNCOUNTED_LINE_EVERY > (self.done - n) // UNCOUNTED_LINE_EVERY:
                self._line(f"{self.label}: {self.done} so far ({self.rate:.2f}/s)")
        elif self.per_item and item is not None:
            what = f" {item}: {outcome}" if outcome else f" {item}"
            self._line(f"{self.label}: {self.done}/{self.total}{what}")
        elif self.done / self.total >= self._next_line - 1e-9:
            self._line(f"{self.label}: {self.done}/{self.total} ({self.rate:.2f}/s)")
            self._next_line = (int(self.done / self.total * 10) + 1) / 10

    def count(self, n: int = 1) -> None:
        """``n`` more items done, with no line of their own (an error line says it)."""
        self.done += n
        if self.bar:
            self.bar.update(self.task, advance=n, rate=f"{self.rate:.2f}/s", refresh=True)

    def story(self, item: str, outcome: str, sentences=()) -> None:
        """One story done (``advance`` by one). In verbose mode, details follow its line: the
        chosen ``sentences`` (``BriefSentence``-like: ``index`` from 0, ``source``), numbered
        from 1 as a reader counts, with their first words, and the seconds of each stage."""
        self.advance(item=item, outcome=outcome)
        for sentence in sentences:
            self.detail(f"  sentence {sentence.index + 1}: {first_words(sentence.source)}")
        if times := self.seconds.get(item):
            self.detail("  " + ", ".join(f"{stage} {sec:.2f} s" for stage, sec in times.items()))

    def detail(self, text: str) -> None:
        """A line shown in verbose mode only (above the bar on a terminal)."""
        if self.mode != "verbose":
            return
        if self.bar:
            self.bar.console.print(text, markup=False, highlight=False)
        else:
            self._line(text)

    def close(self) -> None:
        if self.bar:
            self.bar.stop()
            self.bar = None

    def _line(self, text: str) -> None:
        print(text, file=self.stream, flush=True)


def summary_line(
    label: str, briefed: int, failed: int, from_cache: int, seconds: float, unit: str = "briefed"
) -> str:
    """``digest: 14 briefed (3 from cache), 1 failed, in 31.2 s`` — the last line of every run."""
    cached = f" ({from_cache} from cache)" if from_cache else ""
    return f"{label}: {briefed} {unit}{cached}, {failed} failed, in {seconds:.1f} s"


def first_words(text: str, count: int = 8) -> str:
    """The first ``count`` words of ``text`` (with "…" when there are more)."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
