"""Spanish word lists for selection, key ranking and the translation window."""

STOPWORDS = (
    "el la los las lo un una unos unas de del al a en y o pero que con por para sin sobre "
    "entre como más muy también no se su sus es son era eran fue fueron ha han había habían "
    "sido ser será este esta estos estas ese esa le les según tras ante"
)
DANGLING = (
    "Así", "Además", "Sin embargo", "No obstante", "Por eso", "Por tanto", "Por ello", "Entonces",
    "Luego", "Después", "Esto", "Eso", "Este", "Esta", "Estos", "Estas", "Él", "Ella", "Ellos",
    "Ellas", "Allí", "También",
)  # fmt: skip
RECORD = (
    r"\b(?:récord\w*|record\w*|máxim\w*|mínim\w*|(?:el|la|los|las) más (?:alt|baj|grand)\w*|"
    r"nunca|por primera vez)\b"
)
CHANGE_BEFORE = r"(?:\bde|\ba|\ben|\bhasta)\s+$"
CHANGE_START = r"\bde\s+$"
CHANGE_FROM = r"^\s+a\b"
CHANGE_WORDS = (
    "subió", "sube", "aumentó", "aumenta", "aumento", "bajó", "baja", "cayó", "cae", "caída",
    "descenso", "creció", "crece", "crecimiento", "disminuyó", "alza",
)  # fmt: skip
VERDICT = (
    r"\b(?:condenad\w*|prisión|cárcel|multa|sentencia|absuelt\w*|pena|ganó|venció|derrota|"
    r"victoria|muert\w*|fallecid\w*|herid\w*)\b"
)
SAYS = ("dijo", "afirmó", "explicó", "señaló", "según", "aseguró", "declaró")
CLAUSE_CONJUNCTIONS = (
    "y", "o", "pero", "sino", "porque", "que", "quien", "cuyo", "cuya", "donde", "cuando", "si",
    "aunque", "mientras", "después", "antes", "como",
)  # fmt: skip
# Not measured here: the usual Spanish→English ratio (about one to one).
EN_PER_WORD = 1.0
# What a bare number counts: the plural noun right after it ("70.000 tiendas").
COUNTED_NOUN = r"[a-záéíóúñü]{3,}s"
COUNTED_MODIFIER = r""
