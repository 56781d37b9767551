"""Translate the whole article, summarize it in English (``summarizer.abstractive``); back to
the extractive brief when the summary loses a key figure or invents one."""

from __future__ import annotations

from dataclasses import replace

from summarizer.results import STANDIN_WARNING, Brief, ModelInfo
from summarizer.strategies.extractive import Extractive


class Abstractive(Extractive):
    """Its ``select`` is the extractive one: the fallback brief is ready when needed.
    ``summary_model`` is a ``BartSummarizer``; the default model is loaded on first use."""

    needs_summary_model = True

    def __init__(self, summary_model=None, **_options):
        self._summary_model = summary_model

    @property
    def summary_model(self):
        """The English summarizer (the default one loaded on first use)."""
        if self._summary_model is None:
            from summarizer.abstractive import BartSummarizer

            self._summary_model = BartSummarizer()
        return self._summary_model

    def describe(self) -> dict:
        """What of the strategy decides the output besides its name (for cache keys)."""
        model = self.summary_model
        return {"summary_model": [model.name, model.revision, getattr(model, "beams", None)]}

    def to_translate(self, prepared) -> list[int]:
        """Every sentence: the summary reads the whole article in English."""
        return [s.index for s in prepared.sentences]

    def brief(self, prepared, english, translator, settings) -> Brief:
        """The English summary when it passes the figure check, else the extractive brief."""
        from summarizer.abstractive import figure_problems
        from summarizer.pipeline import dateline_lead, finish, glossary_lost

        model = self.summary_model
        summary, windows = model.summarize([english[s.index] for s in prepared.sentences])
        summary, missing, invented = figure_problems(
            summary, prepared.figures, prepared.article.text, prepared.language
        )
        strategy = {
            **settings.as_dict(),
            "summary_model": {
                "name": model.name,
                "revision": model.revision,
                "standin": model.standin,
            },
            "windows": windows,
        }
        if missing or invented:
            reasons = []
            if missing:
                reasons.append("lost key figures " + ", ".join(f"'{f.text}'" for f in missing))
            if invented:
                reasons.append("invented figures " + ", ".join(f"'{e}'" for e in invented))
            brief = finish(prepared, english, translator, settings)
            brief.warnings.append(
                "abstractive summary rejected ("
                + "; ".join(reasons)
                + "): extractive brief used instead"
            )
            brief.strategy = {**strategy, "used": "extractive"}
            return brief
        standin = translator.standin or model.standin
        lead = dateline_lead(prepared.cleaned)
        # Looked for: the terms of the sentences the extractive brief would show (what a
        # brief must say); a summary need not name every term of the article.
        source = " ".join(s.text for s in prepared.sentences if s.index in prepared.chosen)
        lost = [f"summary: {w}" for w in glossary_lost(translator, source, summary)]
        return Brief(
            article=prepared.article,
            cleaned=prepared.cleaned,
            brief=f"{lead}{summary}",
            sentences=[],
            figures=[
                replace(f, status="kept" if f.key else "unselected") for f in prepared.figures
            ],
            warnings=[*prepared.notes, *([STANDIN_WARNING] if standin else []), *lost],
            model=ModelInfo.of(translator),
            strategy={**strategy, "used": "abstractive"},
            source_language=prepared.language,
            standin=standin,
        )
