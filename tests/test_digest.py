"""The daily digest on the tiny stand-in: content, order, merging, bad files, resume."""

import dataclasses
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from html import escape
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.digest_html import anchor
from tests.conftest import DEV, ROOT, SEED

runner = CliRunner()


def digest(*args):
    return runner.invoke(app, ["digest", *[str(a) for a in args]])


@pytest.fixture(scope="module")
def dev_digest(tiny_marian, tmp_path_factory):
    out = tmp_path_factory.mktemp("digest")
    result = digest(
        DEV, "--out", out, "--model", tiny_marian, "--beams", "1", "--date", "2023-10-14"
    )
    assert result.exit_code == 0, result.output
    return out


def test_dev_set_digest_writes_every_file(dev_digest, dev_records):
    names = {p.name for p in dev_digest.iterdir()}
    assert {"digest.md", "digest.html", "digest.jsonl", "errors.jsonl"} <= names
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    # The torture records reuse sentences of the real articles but none is an update of one.
    assert sorted(e["id"] for e in entries) == sorted(r["id"] for r in dev_records)
    assert (dev_digest / "errors.jsonl").read_text() == ""
    for entry in entries:
        assert entry["headline"] and entry["brief"] and entry["merged"] == []
    markdown = (dev_digest / "digest.md").read_text()
    assert markdown.startswith("# News digest — 2023-10-14\n")
    assert markdown.count("\n## ") == len(entries) + 1  # contents + one section per story


def test_dated_stories_come_first_newest_first(dev_digest):
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    dates = [e["date"] for e in entries]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated  # undated after dated


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.tags, self.external = [], [], []
        self.briefs: list[str] = []  # the text of every <p class="brief">, as a reader sees it
        self.in_brief = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "p" and attrs.get("class") == "brief":
            self.in_brief = True
            self.briefs.append("")
        if tag == "article":
            self.ids.append(attrs["id"])
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.external.append(attrs[key])

    def handle_endtag(self, tag):
        if tag == "p":
            self.in_brief = False

    def handle_data(self, data):
        if self.in_brief:
            self.briefs[-1] += data


def test_html_is_self_contained_and_has_every_entry(dev_digest):
    html = (dev_digest / "digest.html").read_text()
    parser = Collector()
    parser.feed(html)
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    assert len(parser.ids) == len(entries) == len(set(parser.ids))
    assert parser.external == [] and "script" not in parser.tags
    assert "<style>" in html and "stand-in model" in html
    assert parser.briefs == [e["brief"] for e in entries]


def test_updates_of_a_story_are_merged(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    first = seed.replace(" date 2023-10 (neu: weitere Details)\n", " date 2023-10\n")
    first = first.split("\n\nIn der Vergangenheit")[0] + "/nau/DP/he"
    (folder / "a-first.txt").write_text(first, encoding="utf-8")
    (folder / "b-update.txt").write_text(seed, encoding="utf-8")
    (folder / "c-other.jsonl").write_text(
        json.dumps({"id": "other", "text": "Die Inflation stieg im Oktober auf 3,2 Prozent."})
        + "\n"
    )
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 0, result.output
    entries = [json.loads(line) for line in (out / "digest.jsonl").read_text().splitlines()]
    by_id = {e["id"]: e for e in entries}
    assert set(by_id) == {"b-update", "other"}
    assert by_id["b-update"]["merged"] == ["a-first"]
    assert "1 update(s) or duplicate(s) merged" in (out / "digest.md").read_text()


def test_bad_files_are_recorded_and_the_rest_go_on(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Mehr als 1000 Container wurden verschifft.")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.md").write_text("")
    (folder / "latin1.txt").write_bytes(
        "Für 2,3 Mio. Franken kaufte Zürich Äcker.".encode("latin-1")
    )
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {(os.path.basename(e["source"]), e["reason"]) for e in errors} == {
        ("binary.txt", "binary file, not text"),
        ("empty.md", "empty file"),
    }
    entries = [json.loads(line) for line in (out / "digest.jsonl").read_text().splitlines()]
    assert sorted(e["id"] for e in entries) == ["good", "latin1"]
    latin = next(e for e in entries if e["id"] == "latin1")
    assert latin["sentences"][0]["source"] == "Für 2,3 Mio. Franken kaufte Zürich Äcker."


def test_unwritable_output_folder_is_one_line(tiny_marian, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = digest(DEV, "--out", blocker / "out", "--model", tiny_marian)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarizer: {blocker / 'out'}: output folder is not writable")


def _many_articles(path, copies):
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(copies):
            for r in records:
                fh.write(
                    json.dumps(
                        {"id": f"{r['id']}-{n}", "text": f"Tag {n}. " + r["text"]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )


@pytest.mark.slow
def test_killed_run_resumes_without_redoing_work(tiny_marian, tmp_path):
    source = tmp_path / "day.jsonl"
    _many_articles(source, 5)  # 70 stories, 5 batches
    out = tmp_path / "out"
    # Copies of one story would be merged: --no-merge keeps all 70.
    command = [
        sys.executable,
        "-m",
        "summarizer",
        "digest",
        str(source),
        "--no-merge",
        "--out",
        str(out),
        "--model",
        str(tiny_marian),
        "--beams",
        "1",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cache = out / ".cache"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        done = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
        if done >= 16:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = len(list(cache.glob("*.json")))
    assert 16 <= finished < 70, "the run should have been killed halfway"
    assert not (out / "digest.jsonl").exists()
    assert not list(cache.glob(".*.tmp"))  # no half-written cache entry
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{70 - finished} briefed, {finished} from cache" in resumed.stderr
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert "0 briefed, 70 from cache" in again.stderr
    fresh = tmp_path / "fresh"
    subprocess.run(
        [*command[:-5], str(fresh), *command[-4:]],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in ("digest.jsonl", "digest.md", "digest.html"):
        assert (out / name).read_text() == (fresh / name).read_text(), name


def _entries(out):
    return [json.loads(line) for line in (out / "digest.jsonl").read_text().splitlines()]


def _three_stories(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "arbeit.txt").write_text("Die Arbeitslosigkeit stieg im Mai auf 5,8 Prozent.")
    (folder / "hafen.txt").write_text("Mehr als 1000 Container wurden am 7. September verschifft.")
    (folder / "preise.md").write_text("Die Stadt zahlte 1,5 Milliarden Euro für die Brücke.")


@pytest.mark.parametrize("inside", [False, True], ids=["out-is-the-input", "out-in-the-input"])
def test_a_second_run_never_reads_the_outputs_or_the_cache(tiny_marian, tmp_path, inside):
    folder = tmp_path / "day"
    _three_stories(folder)
    out = folder / "digest" if inside else folder
    args = (folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    first = digest(*args)
    assert first.exit_code == 0, first.output
    second = digest(*args)
    assert second.exit_code == 0, second.output
    assert "3 stories (0 briefed, 3 from cache, 0 merged), 0 failed" in second.stderr
    assert sorted(e["id"] for e in _entries(out)) == ["arbeit", "hafen", "preise"]
    assert (out / "errors.jsonl").read_text() == ""


def test_colliding_ids_get_their_own_entry_and_anchor(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    for name in ("a/story.txt", "b/story.txt", "a/story.md", "Story.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"In {name} stieg der Preis um {len(name)} Prozent.")
    (folder / "day.jsonl").write_text(
        "".join(
            json.dumps({"id": i, "text": f"Bericht {n}: {n + 2} Menschen kamen am Freitag."}) + "\n"
            for n, i in enumerate(["a/b", "a-b", "a?b", ".."])
        )
    )
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tiny_marian, "--beams", "1", "--no-merge")
    assert result.exit_code == 0, result.output
    assert "id 'a/story' is already used by" in result.stderr
    ids = sorted(e["id"] for e in _entries(out))
    assert ids == sorted(["Story", "a/story", "a/story~2", "b/story", "a/b", "a-b", "a?b", ".."])
    parser = Collector()
    parser.feed((out / "digest.html").read_text())
    assert len(parser.ids) == len(set(parser.ids)) == 8
    markdown = (out / "digest.md").read_text()
    assert len(set(re.findall(r'<a id="([^"]+)"></a>', markdown))) == 8


def test_bad_cache_entries_are_made_again_and_replaced(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    _three_stories(folder)
    (folder / "vierte.txt").write_text("Der Umsatz wuchs um 3,2 Prozent auf 4 Millionen Euro.")
    out = tmp_path / "out"
    args = (folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert digest(*args).exit_code == 0
    before = (out / "digest.jsonl").read_text()
    entries = sorted((out / ".cache").glob("*.json"))
    assert len(entries) == 4
    truncated, empty, wrong, binary = entries
    truncated.write_text(truncated.read_text()[:50])
    empty.write_text("")
    wrong.write_text(json.dumps({"id": "x", "brief": 3}))
    binary.write_bytes(bytes(range(256)))
    result = digest(*args)
    assert result.exit_code == 0, result.output
    assert "4 briefed, 0 from cache" in result.stderr
    notes = [line for line in result.stderr.splitlines() if "made again" in line]
    assert len(notes) == 4 and all(line.startswith(f"summarizer: {out}/.cache/") for line in notes)
    assert (out / "digest.jsonl").read_text() == before
    for path in entries:
        assert json.loads(path.read_text())["brief"]
    again = digest(*args)
    assert "0 briefed, 4 from cache" in again.stderr and "made again" not in again.stderr


def test_disk_full_keeps_the_previous_digest_whole(tiny_marian, tmp_path, monkeypatch):
    import errno

    import summarizer.render

    folder = tmp_path / "in"
    _three_stories(folder)
    out = tmp_path / "out"
    args = (folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert digest(*args, "--title", "Morning").exit_code == 0
    names = ("digest.jsonl", "digest.md", "digest.html", "errors.jsonl")
    before = {name: (out / name).read_bytes() for name in names}
    real, calls = summarizer.render.write_temp, []

    def write_temp(path, text):
        calls.append(path.name)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, text)

    monkeypatch.setattr(summarizer.render, "write_temp", write_temp)
    result = digest(*args, "--title", "Evening")  # every brief from the cache: only outputs
    assert result.exit_code == 2
    assert len(calls) == 3 and set(calls[1:]) <= set(names)
    assert [line for line in result.stderr.splitlines() if line.startswith("summarizer:")] == [
        f"summarizer: {out}: cannot write the digest (No space left on device); "
        "the previous digest is kept"
    ]
    assert "Traceback" not in result.output
    assert {name: (out / name).read_bytes() for name in names} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    assert digest(*args, "--title", "Evening").exit_code == 0
    assert "# Evening" in (out / "digest.md").read_text()


def test_a_cache_that_cannot_be_written_is_said_once(tiny_marian, tmp_path, monkeypatch):
    import errno

    import summarizer.digest

    def full(path, text):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(summarizer.digest, "write_atomic", full)
    folder = tmp_path / "in"
    _three_stories(folder)
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("cannot write the cache (No space left on device)") == 1
    assert len(_entries(out)) == 3 and not list((out / ".cache").glob("*.json"))


FRENCH = (
    "PARIS (AFP) - Le gouvernement français a annoncé mardi un plan de 1,5 milliard "
    "d'euros pour soutenir les agriculteurs touchés par la sécheresse. Plus de 2000 "
    "exploitations sont concernées, selon le ministère de l'Agriculture."
)


@pytest.fixture
def german_model_only(tiny_marian):
    """The tiny stand-in stored as the German model; no French model anywhere."""
    from summarizer.models import store_path

    target = store_path("Helsinki-NLP/opus-mt-de-en")
    shutil.copytree(tiny_marian, target)
    yield target
    shutil.rmtree(target)


def test_a_story_without_its_model_fails_alone(german_model_only, tmp_path):
    folder = tmp_path / "in"
    _three_stories(folder)
    (folder / "paris.txt").write_text(FRENCH, encoding="utf-8")
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--offline", "--beams", "1")
    assert result.exit_code == 1, result.output
    assert sorted(e["id"] for e in _entries(out)) == ["arbeit", "hafen", "preise"]
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert error["id"] == "paris" and "opus-mt-fr-en" in error["reason"]
    assert f"summarizer: {folder / 'paris.txt'}: Model 'Helsinki-NLP/opus-mt-fr-en'" in (
        result.stderr
    )


def test_an_explicit_model_that_is_missing_stops_before_any_work(tmp_path):
    folder = tmp_path / "in"
    _three_stories(folder)
    out = tmp_path / "out"
    result = digest(folder, "--out", out, "--model", tmp_path / "no-model")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"summarizer: {tmp_path / 'no-model'}: model folder not found")
    assert not (out / "digest.jsonl").exists()


def test_the_cache_key_covers_every_setting_that_changes_the_output():
    from summarizer.articles import Article
    from summarizer.digest import cache_key
    from summarizer.pipeline import Settings
    from summarizer.translate import TranslatorPool

    article = Article(id="a", text="Der Preis stieg um 3,2 Prozent.")
    base = cache_key(article, TranslatorPool("m", beams=4, backend="auto"), Settings())
    changed = [
        (TranslatorPool("other", beams=4, backend="auto"), Settings()),
        (TranslatorPool("m", beams=1, backend="auto"), Settings()),
        (TranslatorPool("m", beams=4, backend="ct2"), Settings()),
        (TranslatorPool("m", beams=4, backend="auto"), Settings(source_language="de")),
        (TranslatorPool("m", beams=4, backend="auto"), Settings(max_words=60)),
        (TranslatorPool("m", beams=4, backend="auto"), Settings(strategy="lead")),
    ]
    keys = [cache_key(article, pool, settings) for pool, settings in changed]
    assert base not in keys and len(set(keys)) == len(keys)
    assert base == cache_key(article, TranslatorPool("m", beams=4, backend="auto"), Settings())


def test_the_cache_key_names_the_models_articles_are_routed_to(monkeypatch):
    import summarizer.language
    from summarizer.articles import Article
    from summarizer.digest import cache_key
    from summarizer.pipeline import Settings
    from summarizer.translate import Router

    french = Article(id="a", text="Le prix a augmenté de 3,2 pour cent en octobre, selon l'office.")
    routed = cache_key(french, Router(beams=4), Settings())
    assert routed == cache_key(french, Router(beams=4), Settings())
    assert routed != cache_key(french, Router("Helsinki-NLP/opus-mt-de-en", beams=4), Settings())
    # The registry routes French to another model: the brief is made again.
    real = summarizer.language.translation_model_for

    def moved(lang):
        route = real(lang)
        if lang == "fr":
            route = dataclasses.replace(route, model_id="acme/opus-mt-fr-en-v2")
        return route

    monkeypatch.setattr(summarizer.language, "translation_model_for", moved)
    assert cache_key(french, Router(beams=4), Settings()) != routed


def test_the_cache_key_covers_the_summary_model():
    from summarizer.articles import Article
    from summarizer.digest import cache_key
    from summarizer.pipeline import Settings
    from summarizer.strategies import create
    from summarizer.translate import Router

    class Summary:
        revision, beams = None, 4

        def __init__(self, name):
            self.name = name

    article = Article(id="a", text="Der Preis stieg um 3,2 Prozent.")
    settings = Settings(strategy="abstractive")
    one, two = (create("abstractive", summary_model=Summary(n)) for n in ("bart-a", "bart-b"))
    router = Router("m", beams=4)
    assert cache_key(article, router, settings, one) != cache_key(article, router, settings, two)


def test_another_source_language_is_not_served_from_the_cache(tiny_marian, tmp_path):
    folder = tmp_path / "in"
    _three_stories(folder)
    out = tmp_path / "out"
    args = (folder, "--out", out, "--model", tiny_marian, "--beams", "1")
    assert digest(*args, "--source-lang", "de").exit_code == 0
    assert {e["source_language"] for e in _entries(out)} == {"de"}
    result = digest(*args, "--source-lang", "nl")
    assert "3 briefed, 0 from cache" in result.stderr
    assert {e["source_language"] for e in _entries(out)} == {"nl"}


def _naive_merge(articles):
    """The merging as it was first written (every article against every group): the
    reference the indexed version must agree with."""
    from summarizer.digest import SAME_STORY, _update_rank, shingles, story_key_title

    groups, grams = [], [shingles(a.text) for a in articles]
    for i, article in enumerate(articles):
        for group in groups:
            j = group[0]
            title = story_key_title(article.title)
            same_title = title and title == story_key_title(articles[j].title)
            overlap = len(grams[i] & grams[j]) / max(1, min(len(grams[i]), len(grams[j])))
            if same_title or overlap >= SAME_STORY:
                group.append(i)
                break
        else:
            groups.append([i])
    return [
        (
            articles[
                best := max(g, key=lambda k: (_update_rank(articles[k]), len(articles[k].text), k))
            ],
            [articles[k].id for k in g if k != best],
        )
        for g in groups
    ]


def _generated_day(n, seed):
    """Short stories over a small vocabulary: many share shingles, some are updates (cut,
    extended, retitled) of earlier ones, some share a title only."""
    from summarizer.articles import Article

    rng = random.Random(seed)
    vocabulary = [f"wort{k}" for k in range(300)]
    articles = []
    for i in range(n):
        if articles and rng.random() < 0.3:
            base = rng.choice(articles)
            words = base.text.split()
            words = words[: rng.randrange(len(words) // 2, len(words) + 1)]
            words += rng.choices(vocabulary, k=rng.randrange(0, 6))
            title = rng.choice([base.title, None, f"{base.title or ''} (neu: mehr)"])
            articles.append(Article(id=f"s{i}", text=" ".join(words), title=title))
        else:
            words = rng.choices(vocabulary, k=rng.randrange(1, 40))
            title = rng.choice([None, f"Titel {rng.randrange(40)}"])
            articles.append(Article(id=f"s{i}", text=" ".join(words), title=title))
    return articles


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_indexed_merging_agrees_with_the_naive_one(seed):
    from summarizer.digest import merge_updates

    articles = _generated_day(600, seed)
    expected = [(a.id, others) for a, others in _naive_merge(articles)]
    assert [(a.id, others) for a, others in merge_updates(articles)] == expected
    assert any(others for _, others in expected)  # the corpus does merge


def test_merging_twenty_thousand_tiny_stories_is_fast_and_shows_progress():
    import io

    from summarizer.articles import Article
    from summarizer.digest import merge_updates
    from summarizer.progress import Progress

    rng = random.Random(7)
    vocabulary = [f"wort{k}" for k in range(3000)]
    articles = [
        Article(id=f"s{i}", text=" ".join(rng.choices(vocabulary, k=rng.randrange(3, 25))))
        for i in range(20_000)
    ]
    stream = io.StringIO()
    started = time.monotonic()
    progress = Progress(len(articles), stream=stream, label="merging", per_item=False)
    merged = merge_updates(articles, progress)
    seconds = time.monotonic() - started
    # Comparing each story with every earlier one took over two minutes here; now ~2 s.
    assert seconds < 30, seconds
    assert len(merged) > 19_000
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("merging: 20000/20000 (")


def test_a_large_digest_shows_merging_progress(tiny_marian, tmp_path, monkeypatch):
    import summarizer.digest

    monkeypatch.setattr(summarizer.digest, "MERGE_PROGRESS_FROM", 2)
    folder = tmp_path / "in"
    _three_stories(folder)
    result = digest(folder, "--out", tmp_path / "out", "--model", tiny_marian, "--beams", "1")
    assert "merging: 3/3 (" in result.stderr
    quiet = digest(folder, "--out", tmp_path / "out", "--model", tiny_marian, "--no-merge")
    assert "merging:" not in quiet.stderr


def test_a_digest_shows_its_reading_before_the_stories(tmp_path, monkeypatch):
    import summarizer.progress

    monkeypatch.setattr(summarizer.progress, "UNCOUNTED_LINE_EVERY", 2)
    folder = tmp_path / "in"
    _three_stories(folder)
    result = digest(folder, "--out", tmp_path / "out", "--source-only", "--no-merge")
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("reading: 2 so far (")  # read, not yet counted
    assert lines[1].startswith("digest: 1/3 ")


def test_html_shows_each_source_sentence_and_figure_source_form(dev_digest):
    html = (dev_digest / "digest.html").read_text()
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    with_sentences = [e for e in entries if e["sentences"]]
    assert with_sentences
    for entry in with_sentences:
        for sentence in entry["sentences"]:
            source = escape(sentence["source"])
            # on hover (title of the English sentence) and in the list under the brief
            assert f'title="{source}"' in html
            assert f'<q lang="de">{source}</q>' in html
    assert html.count('<details class="sources"><summary>Source sentences (German)') == len(
        with_sentences
    )
    chips = 0
    for entry in entries:
        start = html.index(f'<article id="{anchor(entry["id"])}"')
        story = html[start : html.index("</article>", start)].replace("&#x27;", "'")
        for key in entry["key_figures"]:
            sources = {f["source"] for f in entry["figures"] if f["text"] == key} - {key}
            found = re.findall(
                rf'<span>{re.escape(key)} <small lang="de">(.*?)</small></span>', story
            )
            assert set(found) <= sources, (key, sources)
            chips += bool(found)
    assert chips > 10


def test_digest_shows_language_names_and_sources_relative_to_the_input(dev_digest):
    html = (dev_digest / "digest.html").read_text()
    markdown = (dev_digest / "digest.md").read_text()
    assert "from German" in html and "from de" not in html
    # DEV was given by its absolute path; the reader sees the file name and line only
    assert str(ROOT) not in html and str(ROOT) not in markdown
    assert '<div class="source">dev.jsonl:1 · id ' in html
    assert "source: dev.jsonl:1" in markdown
    entries = [json.loads(line) for line in (dev_digest / "digest.jsonl").read_text().splitlines()]
    assert all(e["source"].startswith(str(DEV)) for e in entries)  # the contract keeps the path


def test_the_abstractive_strategy_works_in_the_digest(tmp_path):
    from summarizer.digest import build_digest
    from summarizer.pipeline import Settings
    from summarizer.strategies import create
    from tests.conftest import FakeTranslator

    class Summary:
        """A summarizer that writes the same short English text for any article."""

        name, revision, standin, beams = "fake-bart", None, False, 1

        def summarize(self, sentences):
            return "Something happened.", 1

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    strategy = create("abstractive", summary_model=Summary())
    result = build_digest(
        [str(folder)],
        tmp_path / "out",
        FakeTranslator(),
        Settings(strategy="abstractive"),
        strategy=strategy,
    )
    (entry,) = result.entries
    assert entry["strategy"]["name"] == "abstractive"
    assert entry["strategy"]["summary_model"]["name"] == "fake-bart"
    # The summary lost the seed's key figures: the extractive brief stands in, and says why.
    assert entry["strategy"]["used"] == "extractive" and entry["sentences"]
    assert any(w.startswith("abstractive summary rejected") for w in entry["warnings"])
