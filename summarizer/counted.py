"""The key line says what a bare figure counts.

The figure rules render a number with its noun where their table knows the noun ("mehr als 1200
neue Wohnungen" → "more than 1,200 new apartments"); before any other noun the figure is a bare
number ("rund 70.000 Zelte" → "around 70,000"), and a key line of bare numbers tells a reader
nothing. The nouns after numbers in news are a long tail no table covers, so the model that
translates the brief translates them too: for every key figure whose English is a number alone,
the figure with the words it counts ("rund 70.000 Zelte") goes to the translator in one batch per
model, and the answer ("around 70,000 tents") becomes the figure's ``key_text`` only when the
figure check finds the figure kept in it and nothing invented, the figure's qualifier is still
there, and the answer is a short phrase with a word beyond the number. Anything else leaves the
key line as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.figures import check_translation, find_english_figures
from summarizer.figures.bounds import qualifier_after, qualifier_before
from summarizer.figures.model import Figure
from summarizer.langdata import LanguageData, for_language
from summarizer.results import Brief
from summarizer.sentences import normalise
from summarizer.translate.window import translate_long

_BARE_KINDS = frozenset({"number", "count"})
# one word after the figure: letters, hyphen-joined parts ("WM-Titeln"), nothing glued after it
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w-])")
_MAX_MODIFIERS = 2


def is_bare(f: Figure) -> bool:
    """The figure's English is a number alone ("around 70,000", "twelve"), with no unit or noun."""
    return f.kind in _BARE_KINDS and not f.unit


def counted_end(text: str, f: Figure, lang: LanguageData) -> int | None:
    """Where the words that say what bare figure ``f`` counts end in ``text`` (the text its offsets
    index): its noun right after it, or after at most two modifiers; None where no noun follows."""
    pos = f.end
    for _ in range(_MAX_MODIFIERS + 1):
        m = _NEXT_WORD.match(text, pos)
        if not m or m.group(1).lower() in lang.stopwords:
            return None
        pos = m.end()
        if lang.counted_noun.fullmatch(m.group(1)):
            return pos
        if not lang.counted_modifier.fullmatch(m.group(1)):
            return None
    return None


def accepted(f: Figure, source: str, english: str, source_text: str, lang: str) -> str | None:
    """The model's ``english`` for ``source`` (the figure with its noun), made ready for the key
    line; None where the check does not find the figure kept, finds a figure invented, or the
    figure's qualifier is gone (which the check forgives a sentence), or where the answer is no
    short phrase that adds a word to the figure's own English."""
    phrase = english.strip().rstrip(".!?;:,").strip()
    if not phrase:
        return None
    result = check_translation([f], phrase, source_text=source_text, lang=lang)
    if result.statuses != ["kept"] or result.invented:
        return None
    phrase = result.text
    if f.qualifier and not _qualified(phrase):  # "70,000 tents" for "rund 70.000": now exact
        return None
    own = {w.lower() for w in re.findall(r"[^\W\d_]+", f.text)}
    extra = [w for w in re.findall(r"[^\W\d_]+", phrase) if w.lower() not in own]
    if not extra or len(phrase.split()) > 2 * len(source.split()) + 2:
        return None
    if f.text[:1].islower() and phrase[:1].isupper() and not phrase[:2].isupper():
        phrase = phrase[0].lower() + phrase[1:]  # "Twelve nominations": mid-line, not a sentence
    return phrase


def _qualified(english: str) -> bool:
    """A figure of ``english`` has a qualifier before or after it ("about", "or more")."""
    return any(
        qualifier_before(english, e.start) or qualifier_after(english, e.end)
        for e in find_english_figures(english)
    )


def name_counted(briefs: Sequence[Brief], translator) -> None:
    """Give every bare key figure of ``briefs`` the English of what it counts (``key_text``,
    ``key_source``), where its article's language says and the model's answer passes
    ``accepted``: one translation batch for all of them. Nothing for a translator that does not
    translate."""
    if not getattr(translator, "translates", True):  # English articles, ``--source-only``
        return
    jobs: list[tuple[Brief, Figure, str]] = []
    for brief in briefs:
        text = brief.article.text
        lang = for_language(brief.source_language)
        for f in brief.figures:
            if f.key and is_bare(f) and (end := counted_end(text, f, lang)) is not None:
                jobs.append((brief, f, normalise(text[f.start : end])))
    if not jobs:
        return
    english = translate_long(translator, [source for _, _, source in jobs])
    for (brief, f, source), answer in zip(jobs, english, strict=True):
        phrase = accepted(f, source, answer, brief.article.text, brief.source_language or "de")
        if phrase is not None:
            f.key_text, f.key_source = phrase, source
