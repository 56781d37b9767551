"""``eval/figure_probe.py``: which rows it reads, and how it marks a rendering."""

from __future__ import annotations

import pytest

from tests.conftest import eval_module


@pytest.fixture(scope="module")
def probe():
    return eval_module("figure_probe")


def test_the_probe_reads_only_rows_nobody_uses_or_keeps_back(probe):
    csv_text = "".join(f"Inland;'Text {row}.'\n" for row in range(0, 40))
    rows = [row for row, _ in probe.probe_rows(csv_text, 1, 35)]
    used = probe.used_rows()
    assert rows and all(1 <= row <= 35 for row in rows)
    assert not any(row % 10 == 0 for row in rows)
    assert not set(rows) & (used | probe.RESERVED_10KGNAD)
    assert set(rows) | used | probe.RESERVED_10KGNAD >= {row for row in range(1, 36) if row % 10}


@pytest.mark.parametrize(
    ("kind", "source", "english", "mark"),
    [
        ("money", "1,5 Mio. Euro", "1.5 million euros", ""),
        ("number", "7 mil", "7,000", ""),
        ("time", "23:50 Uhr", "11:50 p.m.", "REWRITTEN"),
        ("score", "0:2", "2-0", "REWRITTEN"),
        ("number", "00039", "39", "DIGITS"),
        ("number", "von 1689", "1,689", "AS-NUMBER"),
        ("count", "2000 Stellen", "2,000 jobs", ""),
        ("measure", "fünftausend Meter", "5,000 meters", ""),  # words have no digits to compare
    ],
)
def test_digit_marks(probe, kind, source, english, mark):
    assert probe.digit_mark(kind, source, english) == mark


def test_the_probe_lists_number_words_no_figure_covers(probe, tmp_path, capsys):
    text = "Er war fast zwei Jahrzehnte im Amt. Achtung: zweierlei Maß, sieben Zwerge."
    csv_path = tmp_path / "test.csv"
    csv_path.write_text("".join(f"Inland;'{text}'\n" for _ in range(12)), encoding="utf-8")
    rows = [row for row, _ in probe.probe_rows(csv_path.read_text(), 1, 11)]
    assert rows, "every row of 1-11 is used or kept back"
    probe.main(["--csv", str(csv_path), "--rows", "1-11", "--words"])
    listed = capsys.readouterr().out.split("## uncovered number words")[1].split("\n\n")[0]
    words = {line.split()[0] for line in listed.splitlines()[1:]}
    # "zwei Jahrzehnte" and "sieben Zwerge" are figures; "Achtung" and "zweierlei" are not
    assert words == {"achtung", "zweierlei"}


def test_the_probe_reads_police_reports_by_row(probe, tmp_path, capsys):
    """``--police``: a CSV with a description column, rows counted from 1, empty ones left out."""
    reports = tmp_path / "berlin_polizei.csv"
    reports.write_text(
        "date,title,link,location,description,en_title\n"
        '01.01.2024 10:24 Uhr,Unfall,https://x,Ereignisort:Mitte,"Nr. 0006\n'
        'Gegen Mitternacht erlitt eine 15-Jährige in der Keithstraße 30 Verletzungen.",\n'
        "01.01.2024 10:15 Uhr,Leer,https://y,Ereignisort:Mitte,,\n"
        '31.12.2023 17:06 Uhr,Brand,https://z,Ereignisort:Pankow,"Es brannten drei Autos.",\n',
        encoding="utf-8",
    )
    rows = probe.police_rows(reports.read_text(encoding="utf-8"), 1, 3)
    assert [row for row, _ in rows] == [1, 3]
    assert rows[1][1] == "Es brannten drei Autos."
    probe.main(["--police", str(reports), "--rows", "1-3"])
    out = capsys.readouterr().out
    assert "articles 2," in out and "uncovered digit runs 0" in out
    assert "'30' -> '30'" in out.split("## identifier")[1]  # a house number names, counts nothing


def test_a_missing_police_file_is_one_clear_error(probe, tmp_path, capsys):
    missing = tmp_path / "berlin_polizei_1999.csv"
    with pytest.raises(SystemExit) as exit_:
        probe.main(["--police", str(missing)])
    assert exit_.value.code == 2
    assert f"{missing}: no such file" in capsys.readouterr().err
