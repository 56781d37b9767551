"""Long articles cost near-linear time and bounded memory on the German side.

No timings here (they depend on the machine; `make bench` measures them): these tests check the
algorithmic properties that keep the cost linear, and that the faster code gives the same
answers as the simple version it replaced."""

from __future__ import annotations

import itertools
import math
import random
import tracemalloc
from collections import Counter

import pytest

import summarizer.sentences as sentences_mod
from summarizer import ranking
from summarizer.figures import extract_figures, key
from summarizer.figures.check import atoms, same_value
from summarizer.figures.model import Figure
from summarizer.select import lexrank, terms
from summarizer.sentences import split_sentences
from summarizer.translate.window import pack, split_to_fit


def _dev_sentences(dev_records) -> list[str]:
    return [
        s.text
        for r in dev_records
        if not r["id"].startswith("torture")
        for s in split_sentences(r["text"])
    ]


def _dense_lexrank(vectors, damping=0.85, iterations=50):
    """The n×n version lexrank replaced (kept here as the reference)."""
    n = len(vectors)
    df = Counter(t for v in vectors for t in v)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    w = [{t: c * idf[t] for t, c in v.items()} for v in vectors]
    norms = [math.sqrt(sum(x * x for x in v.values())) or 1.0 for v in w]
    sim = [[0.0] * n for _ in range(n)]
    for i, j in itertools.permutations(range(n), 2):
        sim[i][j] = sum(x * w[j].get(t, 0.0) for t, x in w[i].items()) / (norms[i] * norms[j])
    rows = [sum(r) or 1.0 for r in sim]
    rank = [1.0 / n] * n
    for _ in range(iterations):
        new = [
            (1 - damping) / n + damping * sum(rank[j] * sim[j][i] / rows[j] for j in range(n))
            for i in range(n)
        ]
        done = max(abs(a - b) for a, b in zip(new, rank, strict=True)) < 1e-9
        rank = new
        if done:
            break
    top = max(rank)
    return [r / top for r in rank]


def test_lexrank_matches_the_dense_matrix_version(dev_records):
    for r in dev_records[:6]:
        vectors = [Counter(terms(s.text)) for s in split_sentences(r["text"])]
        vectors.append(Counter())  # a sentence without terms links to nothing
        vectors.append(Counter({"einzigartig": 2}))  # one whose terms no other sentence has
        got, want = lexrank(vectors), _dense_lexrank(vectors)
        assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_lexrank_memory_grows_with_the_terms_not_with_sentence_pairs(dev_records):
    base = [Counter(terms(t)) for t in _dev_sentences(dev_records)]
    vectors = [base[i % len(base)] for i in range(20_000)]  # every term in ~100+ sentences
    tracemalloc.start()
    try:
        rank = lexrank(vectors)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(rank) == 20_000 and max(rank) == 1.0
    # A similarity matrix would take 20,000² floats (3.2 GB); the sparse terms take a few MB.
    assert peak < 60 * 2**20


def _figure(kind, value, start=0):
    return Figure(source="1", start=start, end=start + 1, kind=kind, value=value, text="1")


def test_repeated_values_are_found_as_comparing_every_pair_finds_them(dev_records):
    figures = [f for r in dev_records for f in extract_figures(r["text"])]
    figures += [
        _figure("money", 1.1e9),
        _figure("count", 1100000000.0000002),  # equal within the tolerance, another float
        _figure("percent", 2.9999999999999996),
        _figure("percent", 3.0),  # across an integer: keyed by both sides
        _figure("date", "--03-05"),
        _figure("date", "2021-03-05"),  # a date without a year matches any year
        _figure("date", {"from": "2020-01-02", "to": "2020-01-09"}),
        _figure("number", float("nan")),
    ]
    brute = [
        bool(atoms(f)) and any(g is not f and same_value(f, g) for g in figures) for f in figures
    ]
    assert ranking.repeated_values(figures) == brute
    assert sum(brute[-8:]) == 6 and any(brute[:-8]) and not all(brute[:-8])


def test_cue_words_are_searched_once_per_sentence_not_per_figure(monkeypatch):
    text = " ".join(
        f"Im Jahr {2000 + i} kamen {i + 10} Besucher, so viele wie nie" for i in range(300)
    )
    figures = extract_figures(text)
    calls = []
    original = ranking.sentence_cues

    def counting(sentence, lang):
        calls.append(len(sentence))
        return original(sentence, lang)

    monkeypatch.setattr(ranking, "sentence_cues", counting)
    key.mark_key_figures(figures, [0], text=text)  # one sentence of 600 figures
    assert len(figures) >= 600 and len(calls) == 1


def _greedy_pack(pieces, count, limit, sep=""):
    packed = []
    for piece in pieces:
        if packed and count(packed[-1] + sep + piece) <= limit:
            packed[-1] += sep + piece
        else:
            packed.append(piece)
    return packed


@pytest.mark.parametrize("limit", [1, 5, 40, 200])
def test_packing_equals_adding_one_piece_at_a_time(limit):
    rng = random.Random(limit)
    words = ["ab ", "cde ", "f, ", "ghij; ", "k ", "lmnop "]
    count = lambda t: len(t.split()) + 1  # noqa: E731 - like a tokenizer with its </s>
    for _ in range(50):
        pieces = [rng.choice(words) * rng.randint(1, 3) for _ in range(rng.randint(1, 60))]
        pieces = [p for p in pieces if count(p) <= limit] or ["x "]
        assert pack(pieces, count, limit) == _greedy_pack(pieces, count, limit)
        # joined with a space, as the abstractive strategy packs sentences into windows
        spaced = [p.strip() for p in pieces]
        assert pack(spaced, count, limit, sep=" ") == _greedy_pack(spaced, count, limit, " ")


def test_window_counts_each_piece_a_bounded_number_of_times(dev_records):
    text = " ".join(_dev_sentences(dev_records)).replace(". ", ", ")[:100_000]
    counted = []

    def count(t):
        counted.append(len(t))
        return len(t.split()) + 1

    parts = split_to_fit(text, count, 200)
    assert " ".join(parts).split() == text.split()
    assert all(count(p) <= 200 for p in parts)
    # Recounting the growing part after every piece would count ~100 times the text here.
    assert sum(counted) < 12 * len(text)


def _long_sentences(dev_records, per_sentence: int) -> str:
    """Dev sentences, ``per_sentence`` of them joined with commas into one long sentence."""
    parts = [t.rstrip(".!?") for t in _dev_sentences(dev_records)]
    groups = [parts[i : i + per_sentence] for i in range(0, len(parts), per_sentence)]
    return " ".join(", ".join(g) + "." for g in groups)


@pytest.mark.parametrize("per_sentence", [1, 30])
def test_a_long_paragraph_is_split_in_chunks_exactly_as_in_one_run(
    dev_records, monkeypatch, per_sentence
):
    paragraph = _long_sentences(dev_records, per_sentence)
    whole = sentences_mod._engine_spans(paragraph, "de")
    seen = []
    engine = sentences_mod._engine_spans

    def recording(text, lang):
        seen.append(len(text))
        return engine(text, lang)

    monkeypatch.setattr(sentences_mod, "CHUNK", 2_000)
    monkeypatch.setattr(sentences_mod, "_engine_spans", recording)
    assert sentences_mod._paragraph_spans(paragraph, "de") == whole
    assert len(paragraph) > 20_000 and max(seen) <= 2_000
    assert sum(seen) < 1.4 * len(paragraph)  # each character split about once
    if per_sentence > 1:  # sentences longer than a chunk: some chunks start inside one
        assert max(e - s for s, e in whole) > 2_000


def test_one_overlong_sentence_is_not_split_in_chunks(monkeypatch):
    sentence = ", ".join(f"und dann kam Nummer {i} dazu" for i in range(3000)) + "."
    monkeypatch.setattr(sentences_mod, "CHUNK", 2_000)
    assert sentences_mod._paragraph_spans(sentence, "de") == [(0, len(sentence))]
