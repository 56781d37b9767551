"""The transformers backend on the tiny stand-in, and the long-sentence window."""

import re

import pytest

from summarizer.translate import load_translator
from summarizer.translate.window import split_to_fit, translate_long


@pytest.fixture(scope="module")
def translator(tiny_marian):
    return load_translator(str(tiny_marian), backend="transformers", beams=2)


class Recording:
    """Wraps a translator and keeps every list of sentences it was asked to translate."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []
        self.max_tokens, self.count_tokens = inner.max_tokens, inner.count_tokens

    def translate(self, sentences):
        self.calls.append(list(sentences))
        return self.inner.translate(sentences)


def squash(text):
    return re.sub(r"\s+", "", text)


def test_tiny_standin_translates_deterministically(translator):
    sentences = [
        "Nordkorea hat mehr als 1000 Container geliefert.",
        "Kurz.",
        "Die Arbeitslosenquote stieg um 0,3 Prozentpunkte auf 5,4 Prozent.",
    ]
    first = translator.translate(sentences)
    assert len(first) == 3 and all(first)
    assert translator.translate(sentences) == first
    # Batching sorts by length; the order of the answers must still follow the input.
    assert translator.translate(sentences[::-1]) == first[::-1]
    assert translator.standin and translator.name == "Helsinki-NLP/opus-mt-de-en"


def test_a_2000_word_sentence_is_split_and_never_truncated(translator, dev_records):
    words = " ".join(r["text"] for r in dev_records).replace(".", ",").split()
    sentence = " ".join(words[:2000])
    assert len(sentence.split()) == 2000 and translator.count_tokens(sentence) > 2000
    recorder = Recording(translator)
    (english,) = translate_long(recorder, [sentence])
    (parts,) = recorder.calls
    assert len(parts) > 4
    assert all(translator.count_tokens(p) <= translator.max_tokens for p in parts)
    assert squash("".join(parts)) == squash(sentence)  # every character, in order
    assert english and len(english.split()) >= len(parts)


def test_split_prefers_clause_boundaries():
    count = lambda text: len(text.split())  # noqa: E731 - one token per word
    text = "Erstens kam er an; zweitens ging er, weil es regnete, und drittens blieb er zu Hause"
    parts = split_to_fit(text, count, 8)
    assert parts == [
        "Erstens kam er an;",
        "zweitens ging er, weil es regnete,",
        "und drittens blieb er zu Hause",
    ]


def test_a_single_overlong_word_is_cut_not_dropped():
    count = lambda text: len(text) // 4 + 1  # noqa: E731
    word = "x" * 400
    parts = split_to_fit(word, count, 20)
    assert "".join(parts) == word and all(count(p) <= 20 for p in parts)


def test_progress_callback_translates_in_chunks_shortest_first():
    from summarizer.translate.window import CHUNK_SENTENCES
    from tests.conftest import FakeTranslator

    fake = FakeTranslator(str.upper)
    fake.max_tokens = 6  # the long sentences below are split in parts
    sentences = [" ".join(["wort"] * (n % 13 + 1)) + f" {n}." for n in range(70)]
    reports: list[tuple[int, int]] = []
    english = translate_long(fake, sentences, on_done=lambda d, t: reports.append((d, t)))
    assert english == translate_long(FakeTranslator(str.upper, name="x"), sentences, limit=6)
    assert len(fake.calls) > 1 and all(len(call) <= CHUNK_SENTENCES for call in fake.calls)
    flat = [part for call in fake.calls for part in call]
    assert [len(p) for p in flat] == sorted(len(p) for p in flat)  # padding stays low
    assert [t for _, t in reports] == [70] * len(fake.calls)
    done = [d for d, _ in reports]
    assert done == sorted(done) and done[-1] == 70 and done[0] < 70


def test_chunks_are_never_smaller_than_the_backends_batch():
    from tests.conftest import FakeTranslator

    fake = FakeTranslator()
    fake.batch_size = 50
    translate_long(fake, [f"Satz {n}." for n in range(120)], on_done=lambda d, t: None)
    assert [len(call) for call in fake.calls] == [50, 50, 20]
