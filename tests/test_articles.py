"""Reading articles: every supported input form and every kind of bad input."""

import json
import re

import pytest

from summarizer.articles import (
    Article,
    ReadFailure,
    decode_text,
    file_names,
    iter_inputs,
    safe_id,
)


def read(*inputs, stdin=None):
    return list(iter_inputs([str(i) for i in inputs], stdin=stdin))


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
    assert decode_text("Grüße".encode(), "x").text == "Grüße"


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


def test_ids_in_a_folder_are_relative_paths_and_unique(tmp_path):
    for name in ("a/story.txt", "b/story.txt", "a/story.md", "Story.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Text of {name}.")
    warnings = []
    items = list(iter_inputs([str(tmp_path)], warn=warnings.append))
    assert {a.id: a.text for a in items} == {
        "Story": "Text of Story.txt.",
        "a/story": "Text of a/story.md.",
        "a/story~2": "Text of a/story.txt.",
        "b/story": "Text of b/story.txt.",
    }
    assert warnings == [
        f"{tmp_path / 'a/story.txt'}: id 'a/story' is already used by {tmp_path / 'a/story.md'}; "
        "this article is 'a/story~2'"
    ]


def test_a_repeated_id_across_inputs_is_numbered_and_said_on_stderr(tmp_path, capsys):
    for folder in ("one", "two", "three"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Aus {folder}.")
    (tmp_path / "day.jsonl").write_text(json.dumps({"id": "story~2", "text": "JSONL."}) + "\n")
    items = read(tmp_path / "one", tmp_path / "day.jsonl", tmp_path / "two", tmp_path / "three")
    assert [(a.id, a.text) for a in items] == [
        ("story", "Aus one."),
        ("story~2", "JSONL."),
        ("story~3", "Aus two."),
        ("story~4", "Aus three."),
    ]
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"summarizer: {tmp_path / 'two' / 'story.txt'}: id 'story' is")
    assert lines[1].endswith("this article is 'story~4'")


def test_file_names_never_collide_even_ignoring_case():
    ids = ["a/b", "a-b", "a?b", "..", "day-5", "day-6", "Story", "story", "STORY", "x" * 200]
    ids += ["a-b-" + file_names(["a/b"], "")[0].rsplit("-", 1)[1], "../../etc/passwd"]
    names = file_names(ids, ".md")
    assert len({n.lower() for n in names}) == len(ids)
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.md", name) and len(name) < 140
    # A safe id is its own name; the first of two that differ in case only keeps it.
    assert names[1] == "a-b.md" and names[4] == "day-5.md" and names[6] == "Story.md"
    assert names[7].startswith("story-") and names[8].startswith("STORY-")
    # Names do not depend on the folder: the same id gets the same name in every run.
    assert file_names(["a/b"], ".md") == [names[0]]
    assert file_names(["a-b"], ".md", taken=["A-B.md"])[0] != "a-b.md"


def test_outputs_listed_in_a_folder_and_hidden_folders_are_not_read(tmp_path):
    (tmp_path / "story.txt").write_text("Die Geschichte.")
    (tmp_path / "digest.md").write_text("# News digest")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "note.md").write_text("Cached.")
    (tmp_path / ".summarizer-outputs.json").write_text('{"files": ["digest.md"]}')
    assert [a.id for a in read(tmp_path)] == ["story"]
    (failure,) = read(tmp_path / "digest.md")
    assert failure.reason == "an output of an earlier run (listed in .summarizer-outputs.json)"
    # A broken list hides nothing (and breaks nothing).
    (tmp_path / ".summarizer-outputs.json").write_bytes(b"\x00\xff{")
    assert [a.id for a in read(tmp_path)] == ["digest", "story"]


# --- Encodings, size caps, hostile JSONL (issue 11) ---

RUSSIAN = "Президент России заявил в пятницу, что экономика выросла на 3,2 процента."
POLISH = "Prezydent Polski powiedział w piątek, że gospodarka wzrosła o 3,2 procent. Żółć."


def test_cyrillic_and_central_european_code_pages_are_guessed_and_noted(tmp_path):
    ru = tmp_path / "ru.txt"
    ru.write_bytes(RUSSIAN.encode("cp1251"))
    pl = tmp_path / "pl.txt"
    pl.write_bytes(POLISH.encode("iso-8859-2"))
    notes = []
    first, second = iter_inputs([str(ru), str(pl)], on_note=lambda s, n: notes.append((s, n)))
    assert first.text == RUSSIAN and second.text == POLISH
    assert "read as Windows-1251 (a guess" in first.notes[0]
    assert "read as ISO-8859-2 (a guess" in second.notes[0]
    assert notes == [(str(ru), first.notes[0]), (str(pl), second.notes[0])]


@pytest.mark.parametrize(
    ("text", "encoding", "label"),
    [
        ("Le président a déclaré à Paris que l’économie a progressé de 3,2 %.", "cp1252", "1252"),
        ("El presidente dijo que la economía creció un 3,2 % en España.", "cp1252", "1252"),
        ("Předseda vlády řekl v pátek, že ekonomika vzrostla o 3,2 procenta.", "cp1250", "1250"),
        ("Gospodarka wzrosła o 3,2 procent w piątek.", "cp1250", "1250"),
        ("Mehr\xa0als 1000 Container, Preis 5\xa0€.", "cp1252", "1252"),
        (" am Freitag die generationenübergreifende Spiel- und Freizeitanlage ", "cp1252", "1252"),
    ],
)
def test_equally_clean_code_pages_are_decided_by_the_letters(tmp_path, text, encoding, label):
    # charset-normalizer finds several of these about equally clean (or, for the last two,
    # prefers Mac Roman or drops Windows-1252); the letters of one language tell the right one.
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode(encoding))
    (article,) = read(f)
    assert article.text == text and f"Windows-{label}" in article.notes[0]


def test_clean_cp1252_german_is_still_windows_1252_and_says_it_guessed(tmp_path):
    for text in ("Für „Größe“ zahlte er 3 € – über 1.000 Bürger.", "Straße", "Köln"):
        f = tmp_path / "de.txt"
        f.write_bytes(text.encode("cp1252"))
        (article,) = read(f)
        assert article.text == text
        assert article.notes == ["not UTF-8: read as Windows-1252 (a guess; --encoding sets it)"]


def test_utf8_and_utf16_with_bom_need_no_note(tmp_path):
    for data in ("Grüße aus München".encode(), "Grüße aus München".encode("utf-16")):
        f = tmp_path / "ok.txt"
        f.write_bytes(data)
        (article,) = read(f)
        assert article.text == "Grüße aus München" and article.notes == []


def test_a_stray_byte_in_utf8_is_replaced_not_the_whole_file_reread(tmp_path):
    f = tmp_path / "mixed.txt"
    head = "In München stieg die Miete um 3,2 Prozent. ".encode()
    f.write_bytes(head + b"Caf\xe9 in K\xc3\xb6ln.")
    (article,) = read(f)
    assert article.text == "In München stieg die Miete um 3,2 Prozent. Caf\ufffd in Köln."
    assert article.notes == [
        f"1 byte sequence(s) not valid UTF-8 replaced with U+FFFD (first at byte {len(head) + 3})"
    ]


def test_explicit_encoding_wins_and_bad_bytes_under_it_are_one_failure(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes(RUSSIAN.encode("koi8_r"))
    (article,) = iter_inputs([str(f)], encoding="koi8-r")
    assert article.text == RUSSIAN and article.notes == []
    f.write_bytes(b"M\xfcnchen")
    (failure,) = iter_inputs([str(f)], encoding="utf-8")
    assert str(failure) == f"{f}: not valid utf-8 (byte 0xfc at offset 1)"
    f.write_bytes("\ufeffMünchen".encode())
    assert next(iter_inputs([str(f)], encoding="UTF8")).text == "München"  # BOM dropped


def test_unknown_or_non_text_encoding_is_a_usage_error():
    from summarizer.articles import check_encoding
    from summarizer.errors import UsageError

    assert check_encoding("iso-8859-2") == "iso-8859-2"
    for name in ("klingon", "base64"):
        with pytest.raises(UsageError, match=f"--encoding '{name}': not a text encoding"):
            check_encoding(name)


def test_stdin_bytes_go_the_same_way_as_files():
    german = "Für „Größe“ zahlte er 3 € – über 1.000 Bürger."
    (article,) = read("-", stdin=german.encode("cp1252"))
    assert article.text == german and "Windows-1252" in article.notes[0]
    (record,) = read("-", stdin=json.dumps({"id": "r", "text": RUSSIAN}).encode("utf-16"))
    assert record.text == RUSSIAN


def test_a_text_file_over_the_article_limit_names_its_size(tmp_path):
    from summarizer.articles import MAX_ARTICLE_BYTES

    big = tmp_path / "big.txt"
    big.write_bytes(b"Ein Satz. " * (MAX_ARTICLE_BYTES // 10 + 1))
    small = tmp_path / "small.txt"
    small.write_text("Ein Satz.")
    failure, article = read(big, small)
    assert str(failure) == (
        f"{big}: too large: {MAX_ARTICLE_BYTES + 10:,} bytes "
        f"(the limit for one article is {MAX_ARTICLE_BYTES:,})"
    )
    assert article.text == "Ein Satz."


def test_endless_stdin_stops_at_the_cap(monkeypatch):
    import io
    import sys

    from summarizer import articles

    monkeypatch.setattr(articles, "MAX_INPUT_BYTES", 1_000_000)
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zero))
        (failure,) = read("-")
    assert str(failure) == "<stdin>: too large: more than 1,000,000 bytes (the limit for stdin)"


def test_stdin_text_over_the_article_limit(monkeypatch):
    from summarizer import articles

    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 1000)
    (failure,) = read("-", stdin="Ein Satz. " * 200)
    assert str(failure) == "<stdin>: too large: 2,000 bytes (the limit for one article is 1,000)"


def test_a_jsonl_record_over_the_article_limit_fails_alone(tmp_path, monkeypatch):
    from summarizer import articles

    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 1000)
    f = tmp_path / "day.jsonl"
    records = [{"id": "big", "text": "Ä" * 600}, {"id": "ok", "text": "Ein Satz."}]
    f.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    failure, article = read(f)
    assert str(failure) == f"{f}:1: too large: 1,200 bytes (the limit for one article is 1,000)"
    assert article.id == "ok"


def test_lone_surrogates_are_replaced_and_noted(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text(
        '{"id": "a\\ud800", "title": "T\\udfff", "text": "Er sagte \\ud800 nichts."}\n'
        '{"id": "b", "text": "Paar: \\ud83d\\ude00."}\n',
        encoding="utf-8",
    )
    first, second = read(f)
    assert (first.id, first.title, first.text) == ("a\ufffd", "T\ufffd", "Er sagte \ufffd nichts.")
    assert first.notes == ["lone surrogate escape(s) in id, text, title replaced with U+FFFD"]
    first.text.encode("utf-8")  # no longer raises
    assert second.text == "Paar: 😀." and second.notes == []


def test_jsonl_lines_end_at_newline_only(tmp_path):
    f = tmp_path / "sep.jsonl"
    records = [{"id": "ls", "text": "Eins\u2028zwei."}, {"id": "nel", "text": "Drei\x85vier."}]
    body = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n{broken\n"
    f.write_text(body, encoding="utf-8", newline="")
    first, second, broken = read(f)
    assert first.text == "Eins\u2028zwei." and second.text == "Drei\x85vier."
    assert str(broken).startswith(f"{f}:3: not valid JSON")


def test_huge_numbers_and_deep_nesting_fail_one_record_each(tmp_path):
    f = tmp_path / "evil.jsonl"
    lines = [
        '{"text": "Ein Satz.", "n": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "ok", "text": "Ein Satz."}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    digits, nested, article = read(f)
    assert str(digits).startswith(f"{f}:1: cannot be read: Exceeds the limit (4300 digits)")
    assert str(nested) == f"{f}:2: cannot be read: JSON nested too deeply"
    assert article.id == "ok"


def test_control_characters_never_reach_ids_titles_or_dates(tmp_path):
    f = tmp_path / "ctl.jsonl"
    record = {
        "id": "a\x00b\x1b",
        "title": "Ti\x07tel\nzwei",
        "date": "2023\x00-10-13",
        "text": "X.",
    }
    f.write_text(json.dumps(record), encoding="utf-8")
    (article,) = read(f)
    assert (article.id, article.title, article.date) == ("ab", "Titel\nzwei", "2023-10-13")
    assert article.text == "X."
