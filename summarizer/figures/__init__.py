"""Figures: find every figure in an article, render it in English, check translations.

Modules: ``numbers`` (digit forms), ``de_data`` / ``fr_data`` / ``es_data`` (vocabulary tables),
``rules`` (the rule engine: one set of rule families built from each ``<lang>_data`` module),
``de_rules`` (the rules German alone has), ``extract`` (runs a language's rules, resolves
overlaps), ``render`` (the English house style), ``english`` (figures in English text), ``check``
(source figures vs an English translation), ``signs`` (a minus in English: sign, word or fall),
``bounds`` (which side of its number a qualifier puts a figure),
``key`` (key-figure ranking).
"""

from .check import CheckResult, FigureCheck, check_translation, same_value, says_otherwise
from .english import find_english_figures
from .extract import available_languages, extract_figures
from .key import mark_key_figures
from .model import Figure

FIGURE_LANGUAGES = frozenset(available_languages())
"""Languages with figure rules (``de``, ``es``, ``fr``: German plus every ``<lang>_data`` module);
articles in others are briefed without the figure check."""

__all__ = [
    "FIGURE_LANGUAGES",
    "CheckResult",
    "Figure",
    "FigureCheck",
    "check_translation",
    "extract_figures",
    "find_english_figures",
    "mark_key_figures",
    "same_value",
    "says_otherwise",
]
