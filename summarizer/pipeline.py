"""One article in, one brief out: clean → split → figures → select → translate → check.

``summarize_article`` is the library entry point the CLI, the digest and the evaluation call.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from summarizer.articles import Article
from summarizer.clean import CleanedArticle, clean
from summarizer.langdata import for_language
from summarizer.select import STRATEGIES, english_words_estimate, words
from summarizer.sentences import Sentence, normalise, split_sentences
from summarizer.translate import Translator
from summarizer.translate.window import split_to_fit, translate_long

STANDIN_WARNING = (
    "stand-in model: random weights, the English is not a translation "
    "(cleanup, selection and key figures are real)"
)
MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


@dataclass
class Settings:
    max_words: int = 80
    strategy: str = "extractive"
    source_language: str | None = None
    """ISO 639-1 code of the articles; None detects it per article."""

    def as_dict(self) -> dict:
        return {"name": self.strategy, "max_words": self.max_words}


@dataclass
class Brief:
    article: Article
    cleaned: CleanedArticle
    brief: str
    sentences: list[dict]
    figures: list
    warnings: list[str] = field(default_factory=list)
    model: dict = field(default_factory=dict)
    strategy: dict = field(default_factory=dict)
    source_language: str | None = None
    """ISO 639-1 code of the articles; None detects it per article."""

    @property
    def key_figures(self) -> list[str]:
        """The key-figures line: every key figure, and every figure the translation lost."""
        shown = [f.text for f in self.figures if f.key or f.status == "missing"]
        return list(dict.fromkeys(shown))

    def as_dict(self) -> dict:
        dateline = self.cleaned.dateline
        return {
            "id": self.article.id,
            "title": self.article.title,
            "date": self.cleaned.date,
            "source_language": self.source_language,
            "dateline": dateline.as_dict() if dateline else None,
            "brief": self.brief,
            "sentences": self.sentences,
            "figures": [f.as_dict() for f in self.figures],
            "key_figures": self.key_figures,
            "warnings": self.warnings,
            "model": self.model,
            "strategy": self.strategy,
            "source": self.article.source_path,
        }


@dataclass
class Prepared:
    """The German side of an article: everything up to (not including) translation."""

    article: Article
    cleaned: CleanedArticle
    sentences: list[Sentence]
    figures: list
    chosen: list[int]
    scores: dict[int, float]
    language: str = "de"
    notes: list[str] = field(default_factory=list)
    """Warnings found on the German side (language doubts, no figure rules)."""


def prepare(article: Article, settings: Settings) -> Prepared:
    from summarizer.figures import FIGURE_LANGUAGES, extract_figures, mark_key_figures
    from summarizer.figures.key import figure_scores
    from summarizer.language import resolve_source_language

    cleaned = clean(article)
    body = article.text[cleaned.body_start : cleaned.body_end]
    language, notes = resolve_source_language(body, settings.source_language)
    notes[:0] = article.notes  # reading doubts (encoding guessed, bytes replaced) come first
    sentences = split_sentences(
        article.text, cleaned.body_start, cleaned.body_end, cleaned.skip, lang=language
    )
    if not sentences:
        raise ValueError("no sentences left after cleanup")
    if language in FIGURE_LANGUAGES:
        figures = extract_figures(article.text, cleaned.body_start, cleaned.body_end, lang=language)
    else:
        figures = []
        notes.append(f"no figure rules for '{language}' yet: figures are not checked")
    starts = [s.start for s in sentences]
    scores = figure_scores(figures, starts, article.title, article.text, language)
    mark_key_figures(
        figures, starts, article.title, text=article.text, language=language, scores=scores
    )
    keys_in: dict[int, set] = {}
    count_in: dict[int, int] = {}
    scores_in: dict[int, list[float]] = {}
    for number, fig in enumerate(figures):
        count_in[fig.sentence] = count_in.get(fig.sentence, 0) + 1
        scores_in.setdefault(fig.sentence, []).append(scores[number])
        if fig.key:
            keys_in.setdefault(fig.sentence, set()).add(number)
    # The abstractive strategy keeps an extractive choice ready as its fallback.
    choose = STRATEGIES.get(settings.strategy, STRATEGIES["extractive"])
    choice = choose(
        sentences,
        settings.max_words,
        key_figures_of=lambda i: keys_in.get(i, set()),
        figures_of=lambda i: count_in.get(i, 0),
        title=article.title,
        figure_scores_of=lambda i: scores_in.get(i, []),
        text=article.text,
        language=language,
    )
    refill_key_figures(article, figures, sentences, set(choice.indices), language)
    for i in choice.indices:
        if english_words_estimate(sentences[i], language) > settings.max_words:
            sentences[i] = leading_clauses(article.text, sentences[i], settings.max_words, language)
            notes.append(
                f"sentence {i} alone is longer than the brief's budget: its first clauses are used"
            )
    return Prepared(
        article, cleaned, sentences, figures, choice.indices, choice.scores, language, notes
    )


def refill_key_figures(
    article: Article,
    figures: list,
    sentences: list[Sentence],
    shown: set[int],
    language: str = "de",
) -> None:
    """Key figures again, now that the brief's sentences are known (see ``mark_key_figures``)."""
    from summarizer.figures import mark_key_figures

    starts = [s.start for s in sentences]
    mark_key_figures(
        figures, starts, article.title, text=article.text, shown=shown, language=language
    )


def leading_clauses(text: str, sentence: Sentence, budget: int, language: str = "de") -> Sentence:
    """The leading clauses of an overlong sentence that fit the word budget (cut at the
    strongest clause boundary available, as the translation window does)."""
    raw = text[sentence.start : sentence.end]
    ratio = for_language(language).en_per_word
    first = split_to_fit(raw, lambda t: math.ceil(words(t) * ratio), budget, language)[0]
    end = sentence.start + raw.index(first) + len(first)
    return Sentence(sentence.index, sentence.start, end, normalise(text[sentence.start : end]))


def finish(
    prepared: Prepared, english: dict[int, str], translator: Translator, settings: Settings
) -> Brief:
    """Check figures of the translated sentences, trim to the budget, assemble the brief."""
    from summarizer.figures import check_translation

    warnings: list[str] = list(prepared.notes)
    if translator.standin:
        warnings.append(STANDIN_WARNING)
    chosen = list(prepared.chosen)
    # Trim after translating when the estimate was short: drop the lowest-scored sentence that
    # carries no key figure (any lowest-scored one if all do), never the last one.
    while len(chosen) > 1 and sum(words(english[i]) for i in chosen) > settings.max_words:
        no_key = [i for i in chosen if not any(f.key for f in prepared.figures if f.sentence == i)]
        drop = min(no_key or chosen, key=lambda i: prepared.scores.get(i, 0.0))
        chosen.remove(drop)
        # The dropped sentence's figures are no longer in the text: the key line may need them.
        refill_key_figures(
            prepared.article, prepared.figures, prepared.sentences, set(chosen), prepared.language
        )
    by_index = {s.index: s for s in prepared.sentences}
    figures_in = {
        i: [f for f in prepared.figures if f.sentence == i and f.end <= by_index[i].end]
        for i in chosen
    }
    checks = {i: check_translation(figures_in[i], english[i]) for i in chosen}
    # A figure the model lost gets one more try: the sentence again, with its figures already
    # in English form (digits the model tends to copy). Kept only if fewer figures go missing.
    # (Not for a stand-in: its random output never holds a figure, the retry would only
    # double the measured cost.)
    retry = [i for i in chosen if "missing" in checks[i].statuses and not translator.standin]
    if retry:
        protected = [protect_figures(prepared, by_index[i], figures_in[i]) for i in retry]
        for i, text in zip(retry, translate_long(translator, protected), strict=True):
            second = check_translation(figures_in[i], text)
            if second.statuses.count("missing") < checks[i].statuses.count("missing"):
                checks[i] = second
                warnings.append(f"sentence {i}: translated again with its figures protected")
    sentences_out = []
    for i in chosen:
        for fig, status in zip(figures_in[i], checks[i].statuses, strict=True):
            fig.status = status
        warnings.extend(f"sentence {i}: {w}" for w in checks[i].warnings)
        sentence = by_index[i]
        sentences_out.append(
            {
                "index": i,
                "source": sentence.text,
                "text": checks[i].text,
                "start": sentence.start,
                "end": sentence.end,
            }
        )
    # Glossary hook (summarizer.glossary): terms the translator's glossary could not keep.
    glossary_warnings = getattr(translator, "glossary_warnings", None)
    if glossary_warnings is not None:
        for s in sentences_out:
            warnings.extend(
                f"sentence {s['index']}: {w}" for w in glossary_warnings(s["source"], s["text"])
            )
    brief = " ".join(s["text"] for s in sentences_out)
    lead = dateline_lead(prepared.cleaned)
    return Brief(
        article=prepared.article,
        cleaned=prepared.cleaned,
        brief=f"{lead}{brief}" if lead else brief,
        sentences=sentences_out,
        figures=prepared.figures,
        warnings=warnings,
        model={
            "name": translator.name,
            "revision": translator.revision,
            "backend": translator.backend,
            "standin": translator.standin,
        },
        strategy=settings.as_dict(),
        source_language=prepared.language,
    )


def protect_figures(prepared: Prepared, sentence: Sentence, figures: list) -> str:
    """The sentence with each figure replaced by its English form."""
    text = prepared.article.text
    parts, pos = [], sentence.start
    for fig in sorted(figures, key=lambda f: f.start):
        if fig.start < pos or fig.end > sentence.end:
            continue
        parts += [text[pos : fig.start], fig.text]
        pos = fig.end
    parts.append(text[pos : sentence.end])
    return normalise("".join(parts))


def dateline_lead(cleaned: CleanedArticle) -> str:
    """ "WASHINGTON, Oct. 13 — " (AP style): place as the wire wrote it, date when known."""
    place = cleaned.dateline.place if cleaned.dateline else None
    date = format_date(cleaned.date)
    parts = [p for p in (place, date) if p]
    return f"{', '.join(parts)} — " if parts else ""


def format_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    month = MONTHS[int(m[2]) - 1]
    return f"{month} {int(m[3])}" if m[3] else f"{month} {m[1]}"


def translate_prepared(items: list[Prepared], translator: Translator) -> list[dict[int, str]]:
    """Translate the chosen sentences of several articles in one batch (cross-article)."""
    wanted = [(n, i) for n, p in enumerate(items) for i in p.chosen]
    texts = [items[n].sentences[i].text for n, i in wanted]
    out: list[dict[int, str]] = [{} for _ in items]
    for (n, i), english in zip(wanted, translate_long(translator, texts), strict=True):
        out[n][i] = english
    return out


def summarize_article(
    article: Article, translator, settings: Settings | None = None, summary_model=None
) -> Brief:
    """Brief one article. ``translator`` is a Translator or a ``TranslatorPool`` (which picks the
    model for the article's language); ``summary_model`` (a ``BartSummarizer``) is needed for
    the abstractive strategy."""
    settings = settings or Settings()
    prepared = prepare(article, settings)
    translator = pick_translator(translator, prepared)
    if settings.strategy == "abstractive":
        return abstractive_brief(prepared, translator, settings, summary_model)
    return finish(prepared, translate_prepared([prepared], translator)[0], translator, settings)


def pick_translator(translator, prepared: Prepared) -> Translator:
    if not hasattr(translator, "for_language"):
        return translator
    chosen, route_notes = translator.for_language(prepared.language)
    prepared.notes.extend(route_notes)
    return chosen


def abstractive_brief(
    prepared: Prepared, translator: Translator, settings: Settings, summary_model
) -> Brief:
    from summarizer.abstractive import figure_problems

    english = translate_long(translator, [s.text for s in prepared.sentences])
    summary, windows = summary_model.summarize(english)
    summary, missing, invented = figure_problems(summary, prepared.figures)
    strategy = {
        **settings.as_dict(),
        "summary_model": {
            "name": summary_model.name,
            "revision": summary_model.revision,
            "standin": summary_model.standin,
        },
        "windows": windows,
    }
    if missing or invented:
        reasons = []
        if missing:
            reasons.append("lost key figures " + ", ".join(f"'{f.text}'" for f in missing))
        if invented:
            reasons.append("invented figures " + ", ".join(f"'{e}'" for e in invented))
        brief = finish(
            prepared,
            {s.index: e for s, e in zip(prepared.sentences, english, strict=True)},
            translator,
            settings,
        )
        brief.warnings.append(
            "abstractive summary rejected ("
            + "; ".join(reasons)
            + "): extractive brief used instead"
        )
        brief.strategy = {**strategy, "used": "extractive"}
        return brief
    for fig in prepared.figures:
        fig.status = "kept" if fig.key else "unselected"
    warnings = list(prepared.notes)
    if translator.standin or summary_model.standin:
        warnings.append(STANDIN_WARNING)
    lead = dateline_lead(prepared.cleaned)
    return Brief(
        article=prepared.article,
        cleaned=prepared.cleaned,
        brief=f"{lead}{summary}",
        sentences=[],
        figures=prepared.figures,
        warnings=warnings,
        model={
            "name": translator.name,
            "revision": translator.revision,
            "backend": translator.backend,
            "standin": translator.standin,
        },
        strategy={**strategy, "used": "abstractive"},
        source_language=prepared.language,
    )


def translate_article(article: Article, translator, source_language: str | None = None) -> dict:
    """The full, sentence-aligned translation of an article: ``{id, source_language,
    sentences: [{index, source, text}], model}``."""
    from summarizer.language import resolve_source_language

    cleaned = clean(article)
    body = article.text[cleaned.body_start : cleaned.body_end]
    language, _ = resolve_source_language(body, source_language)
    if hasattr(translator, "for_language"):
        translator, _ = translator.for_language(language)
    sentences = split_sentences(
        article.text, cleaned.body_start, cleaned.body_end, cleaned.skip, lang=language
    )
    english = translate_long(translator, [s.text for s in sentences])
    return {
        "id": article.id,
        "source_language": language,
        "sentences": [
            {"index": s.index, "source": s.text, "text": e}
            for s, e in zip(sentences, english, strict=True)
        ],
        "model": {
            "name": translator.name,
            "revision": translator.revision,
            "backend": translator.backend,
            "standin": translator.standin,
        },
    }
