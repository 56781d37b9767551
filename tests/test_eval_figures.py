"""Figure fidelity: found by value and kind, must-keep recall, rendering errors, invented."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer.evaluation.figures import FigureParser, FigureScorer, kinds_compatible
from summarizer.evaluation.inputs import KeyFigure, Reference

DEV = Path(__file__).resolve().parent.parent / "eval" / "data" / "dev.jsonl"


@dataclass
class Fig:
    kind: str
    value: float
    text: str
    start: int
    end: int


_EN = re.compile(
    r"(?:(?:more than|around|about) )?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?: ?(percent|%|euros|francs|containers))?"
)
_UNITS = {"percent": "percent", "%": "percent", "euros": "money", "francs": "money"}


def find_english(text):
    return [
        Fig(
            _UNITS.get(m.group(2), "count"),
            float(m.group(1).replace(",", "")),
            m.group(0),
            m.start(),
            m.end(),
        )
        for m in _EN.finditer(text)
    ]


def extract_german(text):
    found = []
    for m in re.finditer(r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?", text):
        value = float(m.group(0).replace(".", "").replace(",", "."))
        found.append(Fig("number", value, m.group(0), m.start(), m.end()))
    return found


FAKE = FigureParser(find_english, extract_german, lambda a, b: a.value == b.value, "fake")

REF = Reference(
    id="x",
    line=1,
    brief="North Korea delivered more than 1,000 containers; inflation 3.2 percent.",
    text="Nordkorea lieferte mehr als 1000 Container. Die Inflation lag bei 3,2 Prozent, "
    "die Kosten bei 150 Euro. Beide Rechtsmittel scheiterten.",
    key_figures=[
        KeyFigure("more than 1,000 containers", must_keep=True),
        KeyFigure("3.2 percent", must_keep=True),
        KeyFigure("150 euros", must_keep=False),
        KeyFigure("both appeals", must_keep=False),
    ],
)


def score(brief, ref=REF):
    return FigureScorer(FAKE).score(ref, brief)


def test_all_figures_found_and_rendered():
    result = score(
        "More than 1,000 containers went north; prices rose 3.2 percent to 150 euros. "
        "Both appeals failed."
    )
    assert (result.listed, result.found) == (4, 4)
    assert (result.must_keep, result.must_keep_found) == (2, 2)
    assert result.rendering_errors == []
    assert result.invented == []
    assert result.text_matched == 1  # "both appeals": no number the parser reads, matched as text


def test_found_by_value_not_by_string():
    # "3.2%" is the same value and kind as "3.2 percent": found, but written differently.
    result = score("Prices rose 3.2% and 1,000 containers arrived.")
    assert result.found == 2
    assert result.must_keep_found == 2
    assert {e["en"] for e in result.rendering_errors} == {
        "3.2 percent",
        "more than 1,000 containers",  # the qualifier "more than" was lost
    }
    assert result.missing == ["150 euros", "both appeals"]
    assert result.missing_must_keep == []


def test_wrong_value_or_wrong_kind_is_missing():
    # German digit form "1.000" reads as 1.0 in English: the figure is lost, not mis-rendered.
    result = score("More than 1.000 containers; 3.2 euros; 150 euros.")
    assert result.missing_must_keep == ["more than 1,000 containers", "3.2 percent"]
    assert result.must_keep_found == 0
    assert result.found == 1


def test_invented_figures_are_those_not_in_the_source():
    result = score("1,000 containers, 3.2 percent and 5,000 soldiers in 2023.")
    assert result.invented == ["5,000", "2023"]
    no_source = Reference(id="y", line=1, brief="b", key_figures=REF.key_figures)
    assert FigureScorer(FAKE).score(no_source, "5,000").invented is None


def test_empty_brief_finds_nothing():
    result = score("")
    assert result.found == 0 and result.listed == 4 and result.invented == []


def test_kind_compatibility():
    assert kinds_compatible(Fig("money", 1, "", 0, 0), Fig("money", 1, "", 0, 0))
    assert kinds_compatible(Fig("count", 1, "", 0, 0), Fig("money", 1, "", 0, 0))
    assert not kinds_compatible(Fig("percent", 1, "", 0, 0), Fig("money", 1, "", 0, 0))


def _real_parser():
    figures = pytest.importorskip("summarizer.figures")
    if not hasattr(figures, "find_english_figures"):
        pytest.skip("summarizer.figures has no find_english_figures yet")
    from summarizer.evaluation.figures import load_parser

    return load_parser()


def test_dev_reference_briefs_keep_their_must_keep_figures_with_the_real_parser():
    """The dev set promises every must-keep number is in the reference brief."""
    scorer = FigureScorer(_real_parser())
    found = total = 0
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record["reference_brief"]:
            continue
        ref = Reference(
            id=record["id"],
            line=0,
            brief=record["reference_brief"],
            text=record["text"],
            key_figures=[
                KeyFigure(k["en"], k["must_keep"], k["de"]) for k in record["key_figures"]
            ],
        )
        result = scorer.score(ref, record["reference_brief"])
        found += result.must_keep_found
        total += result.must_keep
        assert result.invented is not None
    assert total > 40
    assert found / total > 0.9


def test_number_words_in_the_brief_do_not_stand_for_digits():
    @dataclass
    class WordFig(Fig):
        unit: str | None = None

    def find(text):
        words = {"one": 1, "two": 2}
        found = [
            WordFig("number", float(words[m.group(0)]), m.group(0), m.start(), m.end(), "word")
            for m in re.finditer(r"\b(?:one|two)\b", text)
        ]
        return found + [
            WordFig(f.kind, f.value, f.text, f.start, f.end) for f in find_english(text)
        ]

    parser = FigureParser(find, extract_german, lambda a, b: a.value == b.value, "words")
    ref = Reference(
        id="w",
        line=1,
        brief="b",
        text="Halle 1 schliesst.",
        key_figures=[KeyFigure("Hall 1", must_keep=True), KeyFigure("two", False)],
    )
    result = FigureScorer(parser).score(ref, "One of the halls closes; two remain.")
    assert result.missing == ["Hall 1"]
    assert result.found == 1  # "two" is a word in the listing too
    assert result.invented == []  # number words are never counted as invented


def test_coordinated_unit_is_not_a_rendering_error():
    ref = Reference(
        id="c", line=1, brief="b", key_figures=[KeyFigure("150 euros"), KeyFigure("100 euros")]
    )
    result = score("Fines of 100 and 150 euros were upheld.", ref)
    assert result.found == 2
    assert result.rendering_errors == []
    result = score("Fines of 100 were upheld; also 150 euros.", ref)
    assert result.rendering_errors == [{"en": "100 euros", "brief": "100"}]


@pytest.mark.parametrize(
    ("listed", "brief", "found"),
    [
        ("minus 5 degrees", "Temperatures reached 5 degrees.", False),
        ("minus 5 degrees", "Temperatures reached minus 5 degrees.", True),
        ("minus 5 degrees", "It was 5 degrees below zero.", True),
        # a temperature is a level: a fall in the clause does not say it is below zero
        ("-12 degrees", "The temperature fell to 12 degrees.", False),
        # a change may say its minus with a fall
        ("-0.25 percent", "The DAX lost 0.25 percent.", True),
        ("-0.25 percent", "The DAX closed at 0.25 percent.", False),
        # both forms in the brief: the one that keeps the sign is found
        ("-0.25 percent", "Bonds yield 0.25 percent, the DAX -0.25 percent.", True),
        ("5 degrees", "It was 5 degrees.", True),
    ],
)
def test_a_listed_minus_is_found_only_with_its_sign(listed, brief, found):
    ref = Reference(id="s", line=1, brief=listed, key_figures=[KeyFigure(listed, True)])
    result = FigureScorer(_real_parser()).score(ref, brief)
    assert result.found == int(found)


def test_an_amount_is_found_only_in_its_currency():
    ref = Reference(id="c", line=1, brief="", key_figures=[KeyFigure("5 million euros", True)])
    scorer = FigureScorer(_real_parser())
    assert scorer.score(ref, "The firm pays 5 million dollars.").found == 0
    assert scorer.score(ref, "The firm pays €5 million.").found == 1


def test_a_qualifier_on_the_other_side_does_not_find_the_figure():
    ref = Reference(
        id="q", line=1, brief="", key_figures=[KeyFigure("more than 1,000 tanks", True)]
    )
    scorer = FigureScorer(_real_parser())
    assert scorer.score(ref, "It had less than 1,000 tanks.").found == 0
    assert scorer.score(ref, "It had over 1,000 tanks.").found == 1
    assert scorer.score(ref, "It had 1,000 tanks.").found == 1
    # a rough figure is not a firm bound: "around 1,000" is not "more than 1,000"
    assert scorer.score(ref, "It had around 1,000 tanks.").found == 0
    rough = Reference(id="r", line=1, brief="", key_figures=[KeyFigure("about 1,000 tanks", True)])
    assert scorer.score(rough, "It had up to 1,000 tanks.").found == 0
    assert scorer.score(rough, "It had roughly 1,000 tanks.").found == 1


def test_a_measure_is_found_only_in_its_unit():
    ref = Reference(id="u", line=1, brief="", key_figures=[KeyFigure("152 km/h", True)])
    scorer = FigureScorer(_real_parser())
    assert scorer.score(ref, "Gusts reached 152 mph.").found == 0
    assert scorer.score(ref, "Gusts reached 152 kilometers per hour.").found == 1
    assert scorer.score(ref, "Gusts reached 152.").found == 1
