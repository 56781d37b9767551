"""Figures: find every figure in a German article, render it in English, check translations.

Modules: ``numbers`` (digit forms), ``de_data`` (German vocabulary tables), ``extract`` (German
rules), ``render`` (the English house style), ``english`` (figures in English text), ``check``
(source figures vs an English translation), ``key`` (key-figure ranking).
"""

from .check import CheckResult, check_translation, same_value
from .english import find_english_figures
from .extract import extract_figures
from .key import mark_key_figures
from .model import Figure

FIGURE_LANGUAGES = frozenset({"de"})
"""Languages with figure rules; articles in others are briefed without the figure check."""

__all__ = [
    "FIGURE_LANGUAGES",
    "CheckResult",
    "Figure",
    "check_translation",
    "extract_figures",
    "find_english_figures",
    "mark_key_figures",
    "same_value",
]
