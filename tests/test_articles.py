"""Reading articles: every supported input form and every kind of bad input."""

import json

from summarizer.articles import Article, ReadFailure, decode_text, iter_inputs, safe_id


def read(*inputs, stdin=None):
    return list(iter_inputs([str(i) for i in inputs], stdin_text=stdin))


def test_text_file_keeps_text_exactly(tmp_path):
    f = tmp_path / "story.de.txt"
    f.write_text("Erster Satz.\n\nZweiter Satz.", encoding="utf-8")
    (article,) = read(f)
    assert article == Article(id="story", text="Erster Satz.\n\nZweiter Satz.", source_path=str(f))


def test_jsonl_fields_and_a_broken_line_among_good_ones(tmp_path):
    f = tmp_path / "day.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Eins.", "title": "T", "date": "2023-10-13"}),
        '{"id": "b", "text": "Zwei.',  # broken
        json.dumps({"text": "Drei."}),
        json.dumps({"id": "d", "title": "no text"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    items = read(f)
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article", "ReadFailure"]
    assert items[0].title == "T" and items[0].date == "2023-10-13"
    assert str(items[1]).startswith(f"{f}:2: not valid JSON")
    assert items[2].id == "day-3"
    assert "no 'text'" in items[3].reason


def test_duplicate_ids_in_jsonl_are_reported(tmp_path):
    f = tmp_path / "dup.jsonl"
    f.write_text("\n".join(json.dumps({"id": "x", "text": t}) for t in ("A.", "B.")))
    items = read(f)
    assert isinstance(items[1], ReadFailure) and "duplicate id 'x'" in items[1].reason


def test_missing_empty_binary_and_unknown(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    unknown = tmp_path / "data.csv"
    unknown.write_text("a,b")
    reasons = [(i.source, i.reason) for i in read(tmp_path / "nope.txt", empty, binary, unknown)]
    assert reasons == [
        (str(tmp_path / "nope.txt"), "no such file or directory"),
        (str(empty), "empty file"),
        (str(binary), "binary file, not text"),
        (str(unknown), "unknown file type '.csv' (expected .txt, .md, .jsonl or .html)"),
    ]


def test_latin1_cp1252_and_utf16_german_is_read_correctly(tmp_path):
    german = "Für „Größe“ zahlte er 3 € – über 1.000 Bürger."
    cp = tmp_path / "cp.txt"
    cp.write_bytes(german.encode("cp1252"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Über 1.000 Bürger in Österreich.".encode("latin-1"))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(german.encode("utf-16"))
    texts = [a.text for a in read(cp, latin, utf16)]
    assert texts == [german, "Über 1.000 Bürger in Österreich.", german]


def test_folder_is_read_recursively_in_name_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B.")
    (tmp_path / "sub" / "a.md").write_text("A.")
    (tmp_path / ".hidden.txt").write_text("H.")
    (tmp_path / "README.md").write_text("About this folder.")
    assert [a.text for a in read(tmp_path)] == ["B.", "A."]


def test_stdin_text_and_jsonl():
    (plain,) = read("-", stdin="Ein Satz.")
    assert plain.id == "stdin" and plain.source_path == "<stdin>"
    (record,) = read("-", stdin='{"id": "s1", "text": "Hallo."}\n')
    assert record.id == "s1"


def test_safe_id_never_escapes_the_folder():
    assert safe_id("../../etc/passwd") == "etc-passwd"
    assert safe_id("Zverev: Viertelfinale/2022") == "Zverev-Viertelfinale-2022"
    assert safe_id("...") == "article"


def test_decode_prefers_utf8():
    assert decode_text("Grüße".encode(), "x") == "Grüße"


PAGE = """<!DOCTYPE html><html><head><title>Nordkorea liefert Waffen | Zeitung</title>
<meta property="article:published_time" content="2023-10-13T18:00:00+02:00">
<script src="https://tracker.example/t.js"></script><script>alert("x")</script></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Nordkorea liefert Waffen</h1>
<p>WASHINGTON (dpa-AFX) - Nordkorea hat nach Angaben der US-Regierung Waffen an Russland
geliefert. Es handle sich dabei um mehr als 1000 Container mit militärischer Ausrüstung und
Munition, hieß es am Freitag aus dem Weißen Haus.</p>
<p>Die Container wurden zwischen dem 7. September und 1. Oktober verschifft.
<img src="https://cdn.example/foto.jpg" alt="Hafen"></p></article>
<footer>Impressum · Datenschutz</footer></body></html>"""


def test_html_article_text_title_and_date(tmp_path):
    page = tmp_path / "nordkorea.html"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = read(page)
    assert article.id == "nordkorea"
    assert article.title.startswith("Nordkorea liefert Waffen")
    assert article.date == "2023-10-13"
    assert article.text.startswith("WASHINGTON (dpa-AFX) - Nordkorea hat")
    assert "mehr als 1000 Container" in article.text and "1. Oktober" in article.text
    for noise in ("Startseite", "Impressum", "alert", "tracker"):
        assert noise not in article.text


def test_html_without_article_text_is_reported(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text(
        "<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8"
    )
    (failure,) = read(page)
    assert isinstance(failure, ReadFailure) and "no article text" in failure.reason
