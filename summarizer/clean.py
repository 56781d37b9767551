"""Wire-copy cleanup: metadata line, dateline, update markers, trailing agency codes.

Cleanup never rewrites the article text. It finds the body's bounds and the spans to skip
(a dateline such as ``WASHINGTON (dpa-AFX) - ``), so every later offset still points into the
text exactly as it was read — the output contract promises that of ``figures[].start/end``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.articles import Article

# Agencies seen in wire copy: dpa, dpa-AFX, APA, SDA, AFP, Reuters, SID, KNA, EFE, ANSA ...
AGENCIES = (
    r"dpa(?:-AFX)?|dpa-infocom|APA|SDA|sda|Keystone-SDA|AFP|afp|Reuters|rtr|AP|ap|SID|sid|KNA|epd"
    r"|DJ|Dow Jones|awp|AWP|ots|red|APA-OTS"
    # other languages' agencies: Spain, Italy, Switzerland (fr), Belgium, Netherlands, Poland
    r"|EFE|Europa Press|ANSA|ATS|Belga|ANP|PAP|TASS"
)
_PLACE = r"[A-ZÄÖÜ][\w.'’-]*(?:[ /][A-ZÄÖÜ][\w.'’-]*){0,2}"
_DASH = r"[-–—]"
# "WASHINGTON (dpa-AFX) - ", "Montpellier (SID) – ", "Wien –Der" (10kGNAD drops the space),
# "Mendoza – Gerald", "BERLIN/ROM (dpa) - ".
DATELINE = re.compile(
    rf"(?P<place>{_PLACE})\s*(?:\((?P<agency>{AGENCIES})(?:[ ,/][^)]{{0,20}})?\)\s*)?"
    rf"{_DASH}\s*(?=[„\"A-ZÄÖÜ0-9])"
)
# "(APA, 18.3.2016) " or "(dpa) " opening a story.
AGENCY_PREFIX = re.compile(rf"\((?P<agency>{AGENCIES})(?:,\s*(?P<date>[\d.]+))?\)\s+")
# The seed's first line: " date 2023-10 (neu: weitere Details)".
META_LINE = re.compile(r"\A\s*date\s+(?P<date>\S+)[ \t]*(?:\((?P<update>[^)\n]*)\))?[ \t]*\n")
UPDATE_WORDS = "neu|Neu|Aktualisierung|aktualisiert|Zusammenfassung|Korrektur|Berichtigung"
"""The words that open a wire update's marker ("(neu: …)", "(Korrektur …)")."""
# "(neu: …)", "(Aktualisierung)", "(Zusammenfassung)", "(Korrektur …)" on a line of their own.
UPDATE_LINE = re.compile(rf"\A\s*\((?P<update>(?:{UPDATE_WORDS})[^)\n]*)\)[ \t]*\n")
# Trailing desk codes: "/nau/DP/he", "/ck/mis", "/kw/men"; also "(dpa)", "(APA)", "© dpa-infocom".
TRAILING_CODES = re.compile(
    rf"(?:\s*/[a-zA-Z]{{1,4}}(?:/[a-zA-Z]{{1,4}}){{1,4}}|\s*\((?:{AGENCIES})\)|\s*©\s*[\w-]+)\s*\Z"
)


@dataclass
class Dateline:
    place: str | None
    agency: str | None
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"place": self.place, "agency": self.agency}


@dataclass
class CleanedArticle:
    article: Article
    body_start: int
    body_end: int
    dateline: Dateline | None = None
    update: str | None = None
    date: str | None = None
    skip: list[tuple[int, int]] = field(default_factory=list)
    """Spans inside the body that are wire markup, not prose (the dateline)."""


def clean(article: Article) -> CleanedArticle:
    text = article.text
    start, end = 0, len(text)
    update = date = None
    meta = META_LINE.match(text)
    if meta:
        date, update = meta["date"], meta["update"]
        start = meta.end()
    upd = UPDATE_LINE.match(text, start)
    if upd:
        update = upd["update"]
        start = upd.end()
    while start < end and text[start].isspace():
        start += 1
    trailing = TRAILING_CODES.search(text, start)
    if trailing:
        end = trailing.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    dateline = find_dateline(text, start, end)
    return CleanedArticle(
        article=article,
        body_start=start,
        body_end=end,
        dateline=dateline,
        update=update,
        date=article.date or date,
        skip=[(dateline.start, dateline.end)] if dateline else [],
    )


def opens_after_dateline(text: str, pos: int) -> bool:
    """A sentence at ``pos`` opens the body after a dateline ("Wien – Bis zu 1.500 …", the
    dateline inside the sentence or just before it): the lead of a wire story, wherever a
    subheadline put it."""
    if DATELINE.match(text, pos):
        return True
    return any(m.end() == pos for m in DATELINE.finditer(text, max(0, pos - 45), pos + 1))


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline opens the body, or follows a one-sentence subheadline (DER STANDARD style)."""
    candidates = [start]
    first_stop = re.compile(r"[.!?]\s+").search(text, start, min(end, start + 300))
    if first_stop:
        candidates.append(first_stop.end())
    for pos in candidates:
        prefix = AGENCY_PREFIX.match(text, pos, end)
        if prefix:
            return Dateline(None, prefix["agency"], prefix.start(), prefix.end())
        m = DATELINE.match(text, pos, end)
        if m and len(m["place"]) <= 40:
            return Dateline(m["place"].strip(), m["agency"], m.start(), m.end())
    return None
