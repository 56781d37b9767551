"""The check shared by the table-driven figure tests: one figure of a sentence, by its source."""

from __future__ import annotations

from summarizer.figures import extract_figures


def assert_one_figure(lang, text, source, kind, value, english):
    """``text`` holds exactly one figure whose source is ``source``, of this kind, value and
    English, at the place of ``source`` in the text."""
    figs = [f for f in extract_figures(text, lang=lang) if f.source == source]
    assert len(figs) == 1, extract_figures(text, lang=lang)
    f = figs[0]
    assert (f.kind, f.value, f.text) == (kind, value, english)
    assert text[f.start : f.end] == source
