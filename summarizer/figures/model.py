"""The ``Figure`` record shared by extraction, the check, key ranking and the output contract."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figure:
    source: str  # verbatim text[start:end]
    start: int  # character offsets into the text passed to the extractor
    end: int
    kind: str  # count, money, percent, percentage_points, date, date_range, time, year, ordinal,
    # score, measure, number, identifier
    value: object  # JSON-serialisable normalised value
    text: str  # English rendering
    qualifier: str | None = None  # English qualifier ("more than", "around", ...)
    unit: str | None = None
    key: bool = False
    status: str = "unselected"  # kept | repaired | missing | unselected
    sentence: int | None = None
    note: str | None = None  # format problem seen in English text (german_digits, ...)
    # the key line's entry where it says more than ``text``: the figure with what it counts, as
    # the model translated ``key_source`` ("rund 70.000 Zelte" -> "around 70,000 tents")
    key_text: str | None = None
    key_source: str | None = None

    def as_dict(self) -> dict:
        """The output-contract fields (plus qualifier and unit)."""
        return {
            "source": self.source,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "key": self.key,
            "status": self.status,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "key_text": self.key_text,
            "key_source": self.key_source,
        }
