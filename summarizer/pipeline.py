"""Articles in, briefs out: clean → split → figures → select → translate → check.

``summarize_batch`` is the one way through: the CLI (``brief``, ``digest``), the server, the
Ray engine and the library (``summarize_article``, a batch of one) all call it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import cast

from summarizer.articles import Article
from summarizer.clean import CleanedArticle, clean
from summarizer.counted import name_counted
from summarizer.errors import SummarizerError
from summarizer.langdata import for_language
from summarizer.results import STANDIN_WARNING, Brief, BriefSentence, Failure, ModelInfo
from summarizer.select import english_words_estimate, words
from summarizer.sentences import Sentence, normalise, split_sentences
from summarizer.strategies import Strategy, create
from summarizer.translate import Router, Translator
from summarizer.translate.window import Done, split_to_fit, translate_long

__all__ = [
    "STANDIN_WARNING",
    "Brief",
    "Failure",
    "Prepared",
    "Settings",
    "prepare",
    "summarize_article",
    "summarize_batch",
    "translate_article",
]

BATCH_ARTICLES = 16
"""Articles whose sentences go to the translator together (one batch per model)."""
STAGES = ("read", "source", "translate", "translated", "check")
"""The stages ``on_event`` reports, in order (see ``summarize_batch``)."""
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
    """What the user chose that changes a brief."""

    max_words: int = 80
    strategy: str = "extractive"
    source_language: str | None = None
    """ISO 639-1 code of the articles; None detects it per article."""

    def as_dict(self) -> dict:
        """The output contract's ``strategy`` object."""
        return {"name": self.strategy, "max_words": self.max_words}


@dataclass
class Prepared:
    """The source side of an article: everything up to (not including) translation."""

    article: Article
    cleaned: CleanedArticle
    sentences: list[Sentence]
    figures: list
    chosen: list[int]
    scores: dict[int, float]
    language: str = "de"
    notes: list[str] = field(default_factory=list)
    """Warnings found on the source side (language doubts, no figure rules)."""
    translator: Translator | None = None
    """The translator routed to the article's language (when ``prepare`` was given a router)."""
    route_notes: list[str] = field(default_factory=list)
    """Warnings about that route (a multilingual fallback model)."""


def prepare(
    article: Article,
    settings: Settings,
    strategy: Strategy | None = None,
    router: Router | None = None,
) -> Prepared:
    """Clean, split, find figures, choose the sentences. With a ``router``, the article's
    translator is resolved right after language detection (a missing model fails before the
    rest of the work)."""
    from summarizer.figures import FIGURE_LANGUAGES, extract_figures, mark_key_figures
    from summarizer.figures.key import figure_scores
    from summarizer.language import resolve_source_language

    strategy = strategy or create(settings.strategy)
    cleaned = clean(article)
    body = article.text[cleaned.body_start : cleaned.body_end]
    language, notes = resolve_source_language(body, settings.source_language)
    translator, route_notes = router.for_language(language) if router else (None, [])
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
        sentence = cast(int, fig.sentence)  # set by mark_key_figures
        count_in[sentence] = count_in.get(sentence, 0) + 1
        scores_in.setdefault(sentence, []).append(scores[number])
        if fig.key:
            keys_in.setdefault(sentence, set()).add(number)
    choice = strategy.select(
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
                f"sentence {i + 1} alone is longer than the brief's budget: "
                "its first clauses are used"
            )
    return Prepared(
        article,
        cleaned,
        sentences,
        figures,
        choice.indices,
        choice.scores,
        language,
        notes,
        translator,
        list(route_notes),
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
    warnings: list[str] = [*prepared.notes, *prepared.route_notes]
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
    source = (prepared.article.text, prepared.language)
    checks = {i: check(figures_in[i], english[i], translator, source) for i in chosen}
    # A figure the model lost gets one more try: the sentence again, with its figures already
    # in English form (digits the model tends to copy). Kept only if fewer figures go missing.
    # (Not for a stand-in: its random output never holds a figure, the retry would only
    # double the measured cost.)
    retry = [i for i in chosen if checks[i].missing and not translator.standin]
    if retry:
        protected = [protect_figures(prepared, by_index[i], figures_in[i]) for i in retry]
        for i, text in zip(retry, translate_long(translator, protected), strict=True):
            second = check(figures_in[i], text, translator, source)
            if len(second.missing) < len(checks[i].missing):
                checks[i] = second
                warnings.append(f"sentence {i + 1}: translated again with its figures protected")
    sentences_out = []
    status_of: dict[int, str] = {}
    for i in chosen:
        for verdict in checks[i].figures:
            status_of[id(verdict.figure)] = verdict.status
        warnings.extend(f"sentence {i + 1}: {w}" for w in checks[i].warnings)
        sentence = by_index[i]
        sentences_out.append(
            BriefSentence(i, sentence.text, checks[i].text, sentence.start, sentence.end)
        )
    for s in sentences_out:
        warnings.extend(
            f"sentence {s.index + 1}: {w}" for w in glossary_lost(translator, s.source, s.text)
        )
    brief = " ".join(s.text for s in sentences_out)
    lead = dateline_lead(prepared.cleaned)
    return Brief(
        article=prepared.article,
        cleaned=prepared.cleaned,
        brief=f"{lead}{brief}" if lead else brief,
        sentences=sentences_out,
        # The brief's figures carry the check's verdicts; the prepared ones stay as they were.
        figures=[replace(f, status=status_of.get(id(f), f.status)) for f in prepared.figures],
        warnings=warnings,
        model=ModelInfo.of(translator),
        strategy=settings.as_dict(),
        source_language=prepared.language,
        standin=translator.standin,
    )


def glossary_lost(translator: Translator, source: str, english: str) -> list[str]:
    """A warning per glossary term of ``source`` that ``english`` does not hold, when the
    translator keeps a glossary (the hook of ``summarizer.glossary``); else none."""
    glossary_warnings = getattr(translator, "glossary_warnings", None)
    return glossary_warnings(source, english) if glossary_warnings is not None else []


def check(
    figures: list, english: str, translator: Translator, source: tuple[str, str] | None = None
):
    """The figure check of one sentence; ``source`` is the text its figures' offsets index and
    its language (the check reads the words before a figure). Text that was not translated
    (English articles, ``--source-only``: a translator with ``translates = False``) keeps every
    figure it has: nothing is checked, so nothing is called missing or invented."""
    from summarizer.figures import check_translation
    from summarizer.figures.check import CheckResult, FigureCheck

    if getattr(translator, "translates", True):
        text, lang = source if source else (None, "de")
        return check_translation(figures, english, source_text=text, lang=lang)
    return CheckResult(english, [FigureCheck(f, "kept", f.source) for f in figures])


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
    """ "2023-10-13" → "Oct. 13", "2023-10" → "Oct. 2023"; None for anything else."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value.strip())
    if not m:
        return None
    month = MONTHS[int(m[2]) - 1]
    return f"{month} {int(m[3])}" if m[3] else f"{month} {m[1]}"


def translate_prepared(
    items: list[Prepared],
    translator: Translator,
    wanted: Callable[[Prepared], list[int]] | None = None,
    on_done: Done | None = None,
) -> list[dict[int, str]]:
    """Translate the chosen sentences (or ``wanted(p)``) of several articles in one batch;
    ``on_done(done, total)`` hears the sentences finished as it goes (see ``translate_long``)."""
    wanted = wanted or (lambda p: p.chosen)
    pairs = [(n, i) for n, p in enumerate(items) for i in wanted(p)]
    by_index = [{s.index: s for s in p.sentences} for p in items]
    texts = [by_index[n][i].text for n, i in pairs]
    out: list[dict[int, str]] = [{} for _ in items]
    english = translate_long(translator, texts, on_done=on_done)
    for (n, i), text in zip(pairs, english, strict=True):
        out[n][i] = text
    return out


EventHook = Callable[[str, str, int], None]
"""``on_event(stage, article_id, n)``: see ``summarize_batch``."""


def summarize_batch(
    articles: Iterable[Article],
    router: Router | Translator,
    settings: Settings | None = None,
    *,
    strategy: Strategy | None = None,
    summary_model=None,
    headlines: bool = False,
    batch_size: int = BATCH_ARTICLES,
    on_event: EventHook | None = None,
) -> Iterator[Brief | Failure]:
    """Brief every article; one ``Brief`` or ``Failure`` per article, in input order.

    ``router`` is a ``Router`` (one model per source language, an explicit model loaded and
    checked here before any article work) or a single ``Translator``. ``strategy`` defaults to
    the one ``settings.strategy`` names (``summary_model`` is passed to it: a ``BartSummarizer``
    for the abstractive strategy). The sentences of up to ``batch_size`` articles go to each
    translator as one batch. ``headlines=True`` also translates each title (``Brief.headline``).

    An article that cannot be briefed (no sentences, no model for its language, a failed
    translation) is a ``Failure`` in its place; the others go on. A model error before any
    article (an explicit model that does not load) raises ``ModelError``.

    ``on_event(stage, article_id, n)`` is called per article and stage, in ``STAGES`` order:
    ``read`` (n: characters), ``source`` (n: sentences chosen), ``translate`` (n: sentences
    sent to the translator), ``check`` (n: sentences in the brief). While a batch translates,
    ``translated`` (article_id "", n: sentences of the batch finished so far) follows each
    chunk, counting up to the sum of the batch's ``translate`` events.
    """
    settings = settings or Settings()
    strategy = strategy or create(settings.strategy, summary_model=summary_model)
    router = Router.of(router)
    if preload := getattr(router, "preload", None):  # duck-typed routers may have none
        preload()
    emit = on_event or _quiet
    iterator = iter(articles)
    while chunk := list(islice(iterator, batch_size)):
        yield from _brief_chunk(chunk, router, settings, strategy, headlines, emit)


def _quiet(stage: str, article_id: str, n: int) -> None:
    """No one listens to the events."""


def _brief_chunk(
    articles: list[Article],
    router: Router,
    settings: Settings,
    strategy: Strategy,
    headlines: bool,
    emit: EventHook,
) -> list[Brief | Failure]:
    results: list[Brief | Failure | None] = [None] * len(articles)
    groups: dict[int, tuple[Translator, list[tuple[int, Prepared]]]] = {}
    # Chunked translation only for a caller that follows the progress.
    progress = (lambda done, total: emit("translated", "", done)) if emit is not _quiet else None
    for n, article in enumerate(articles):
        emit("read", article.id, len(article.text))
        try:
            prep = prepare(article, settings, strategy, router)
        except (ValueError, SummarizerError) as err:
            results[n] = failure(article, err)
            continue
        emit("source", article.id, len(prep.chosen))
        translator = prep.translator
        assert translator is not None
        groups.setdefault(id(translator), (translator, []))[1].append((n, prep))
    for translator, members in groups.values():
        preps = [p for _, p in members]
        for prep in preps:
            emit("translate", prep.article.id, len(strategy.to_translate(prep)))
        try:
            english = translate_prepared(
                preps,
                translator,
                strategy.to_translate,
                on_done=progress,
            )
            titles = [p.article.title for p in preps] if headlines else []
            wanted = [t for t in titles if t]
            heads = iter(translate_long(translator, wanted) if wanted else ())
        except (ValueError, SummarizerError) as err:
            for n, prep in members:
                results[n] = Failure(prep.article, f"translation failed: {err}", "model", err)
            continue
        briefs: list[Brief] = []
        for (n, prep), eng in zip(members, english, strict=True):
            try:
                brief = strategy.brief(prep, eng, translator, settings)
            except (ValueError, SummarizerError) as err:
                results[n] = failure(prep.article, err)
                continue
            if headlines and prep.article.title:
                brief.headline = next(heads)
            briefs.append(brief)
            results[n] = brief
        try:
            name_counted(briefs, translator)
        except (ValueError, SummarizerError) as err:  # the briefs stand; their key line stays bare
            for brief in briefs:
                brief.warnings.append(f"key figures: what they count was not translated: {err}")
        for brief in briefs:
            emit("check", brief.article.id, len(brief.sentences))
    return [r for r in results if r is not None]


def failure(article: Article, err: Exception) -> Failure:
    """``err`` as the article's ``Failure``: of kind "model" when it stops a job (exit 2)."""
    kind = "model" if isinstance(err, SummarizerError) and err.exit_code == 2 else "article"
    return Failure(article, str(err), kind, err)


def summarize_article(
    article: Article,
    translator: Router | Translator,
    settings: Settings | None = None,
    summary_model=None,
) -> Brief:
    """Brief one article (a batch of one). ``translator`` is a ``Translator`` or a ``Router``;
    ``summary_model`` (a ``BartSummarizer``) serves the abstractive strategy. Raises
    ``ValueError`` or ``SummarizerError`` where ``summarize_batch`` gives a ``Failure``."""
    (result,) = summarize_batch([article], translator, settings, summary_model=summary_model)
    if isinstance(result, Failure):
        raise result.error or ValueError(result.reason)
    return result


def translate_article(article: Article, translator, source_language: str | None = None) -> dict:
    """The full, sentence-aligned translation of an article: ``{id, source_language,
    sentences: [{index, source, text}], model}``."""
    from summarizer.language import resolve_source_language

    cleaned = clean(article)
    body = article.text[cleaned.body_start : cleaned.body_end]
    language, _ = resolve_source_language(body, source_language)
    translator, _ = Router.of(translator).for_language(language)
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
        "model": ModelInfo.of(translator).to_dict(),
    }
