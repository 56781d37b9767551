"""Invisible format characters inside numbers (issue 11): they neither split nor shrink a figure."""

from __future__ import annotations

import pytest

from summarizer.figures import check_translation, extract_figures, find_english_figures

FORMAT_CHARS = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("ch", FORMAT_CHARS)
def test_format_character_inside_a_number(ch):
    text = f"Es kamen 1{ch}000 Menschen zur Kundgebung."
    (fig,) = extract_figures(text)
    assert (fig.kind, fig.value, fig.text) == ("count", 1000, "1,000 people")
    assert fig.source == text[fig.start : fig.end] == f"1{ch}000 Menschen"


# (sentence, figure source, kind, value, English)
CASES = [
    ("Der Bund gibt rund 4\u200c00 Millionen Euro aus.", "rund 4\u200c00 Millionen Euro",
     "money", 400_000_000, "around 400 million euros"),
    ("Am 7.\u00ad September begann es.", "7.\u00ad September", "date", "--09-07", "September 7"),
    ("Die Quote stieg auf 5,\u200b4 Prozent.", "5,\u200b4 Prozent", "percent", 5.4,
     "5.4 percent"),
    ("Das kos\u00adtete 2.\u00ad462.\u00ad000 Euro.", "2.\u00ad462.\u00ad000 Euro", "money",
     2_462_000, "2,462,000 euros"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "kind", "value", "english"), CASES)
def test_figures_read_through_format_characters(text, source, kind, value, english):
    (fig,) = extract_figures(text)
    assert (fig.source, fig.kind, fig.value, fig.text) == (source, kind, value, english)
    assert text[fig.start : fig.end] == fig.source


def test_trailing_format_character_is_not_part_of_the_figure():
    text = "Sie zählten 3000\u200b Besucher und 12\u00ad Kinder."
    figs = extract_figures(text)
    assert [f.source for f in figs] == ["3000\u200b Besucher", "12\u00ad Kinder"]
    assert [f.text for f in figs] == ["3,000 visitors", "12 children"]
    text = "Es kamen 3000\u200b."
    assert [f.source for f in extract_figures(text)] == ["3000"]


def test_start_and_end_index_the_original_text():
    text = "Ein\u00adlei\u00adtung. Es kamen 1\u200b000 Menschen. Am 7. September."
    start, end = text.index("Es"), text.index(" Am")
    (fig,) = extract_figures(text, start, end)
    assert fig.value == 1000
    assert text[fig.start : fig.end] == fig.source == "1\u200b000 Menschen"


def test_other_languages_too():
    (fig,) = extract_figures("Plus de 3\u200b000 personnes", lang="fr")
    assert (fig.value, fig.text) == (3000, "more than 3,000 people")
    (fig,) = extract_figures("Más de 3\u00ad000 personas", lang="es")
    assert (fig.value, fig.text) == (3000, "more than 3,000 people")


@pytest.mark.parametrize("ch", FORMAT_CHARS)
def test_english_finder_reads_through_format_characters(ch):
    text = f"About 1{ch}000 people came, and 4{ch}00 million euros were spent."
    figs = find_english_figures(text)
    assert [(f.kind, f.value) for f in figs] == [("number", 1000), ("money", 400_000_000)]
    assert all(text[f.start : f.end] == f.source for f in figs)


def test_check_keeps_a_number_with_a_format_character():
    src = extract_figures("Es kamen mehr als 1000 Menschen.")
    res = check_translation(src, "More than 1\u00ad000 people came.")
    assert res.statuses == ["kept"]
    assert res.invented == []


@pytest.mark.parametrize("english", ["Some 3.\u00ad000 people came.", "Some 3\u200b people came."])
def test_check_repair_replaces_the_whole_number(english):
    src = extract_figures("Es kamen 3000 Menschen.")
    res = check_translation(src, english)
    assert res.statuses == ["repaired"]
    assert res.text.replace("\u200b", "") == "Some 3,000 people came."


# hard-wrapped copy: a line break inside a sentence is read as a space, offsets unchanged
@pytest.mark.parametrize(
    ("lang", "text", "source", "english"),
    [
        ("de", "Der Test ergab einen Wert von rund\n    2,3 Promille.", "rund\n    2,3 Promille",
         "around 2.3 per mille"),
        ("de", "Der Test ergab einen Wert von 0,73\n    Promille.", "0,73\n    Promille",
         "0.73 per mille"),
        ("fr", "Le bilan fait état de 12\n   morts.", "12\n   morts", "12 dead"),
    ],
)  # fmt: skip
def test_a_wrapped_line_inside_a_sentence(lang, text, source, english):
    (fig,) = extract_figures(text, lang=lang)
    assert (fig.source, fig.text) == (source, english)
    assert text[fig.start : fig.end] == source


def test_a_break_after_a_number_before_another_capitalised_word_stays():
    figs = extract_figures("Nr. 2451\nMänner griffen einen Passanten an.")
    assert [(f.kind, f.source) for f in figs] == [("identifier", "Nr. 2451")]
