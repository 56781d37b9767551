"""Spanish figure vocabulary: pure data, read by the rule families in ``rules``.

Same shape as ``fr_data``. Numbers follow the Spanish (and RAE) convention: thousands with a dot
(``1.000``, ``18.998.400``) or a space (``2 000``), decimal comma (``3,2``). Sources from Mexico,
Central America and the Caribbean that write ``1,500`` for one thousand five hundred are read as
``1.5`` -- the comma is always decimal here, as in Spain, Argentina, Chile, Colombia, Uruguay.
"""

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene.": 1, "feb.": 2, "mar.": 3, "abr.": 4, "jun.": 6, "jul.": 7,
    "ago.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dic.": 12,
}  # fmt: skip

WEEKDAYS = {
    "lunes": "Monday", "martes": "Tuesday", "miércoles": "Wednesday", "jueves": "Thursday",
    "viernes": "Friday", "sábado": "Saturday", "domingo": "Sunday",
}  # fmt: skip

# Cardinal number words. "un/una/uno" count only before a scale word ("un millón").
NUMBER_WORDS = {
    "cero": 0, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "mil": 1000,
}  # fmt: skip
ONE_WORDS = {"un", "una", "uno"}
# Nouns before which "un" counts (a tally), not as an article: "un punto", "un escaño".
ONE_NOUNS = ["punto", "gol", "escaño", "partido"]
HALF_WORDS = ["medio", "media"]  # "medio millón" -> "half a million"

VAGUE_WORDS = {
    "decenas": ("dozens", 10),
    "cientos": ("hundreds", 100),
    "centenares": ("hundreds", 100),
    "miles": ("thousands", 1000),
    "decenas de miles": ("tens of thousands", 10000),
    "cientos de miles": ("hundreds of thousands", 100000),
    "millones": ("millions", 1000000),
}

ORDINAL_WORDS = {
    "primer": 1, "primera": 1, "primero": 1, "segundo": 2, "segunda": 2, "tercer": 3,
    "tercera": 3, "tercero": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
    "noveno": 9, "novena": 9, "décimo": 10, "décima": 10,
}  # fmt: skip
ORDINAL_WORDS_NEED_NOUN = {"segundo", "segunda", "cuarto", "cuarta", "primero", "décima"}
ORDINAL_SUFFIXES = ["º", "ª", ".º", ".ª", "°", "er", "ra", "do", "da"]
ORDINAL_NOUNS = {
    "trimestre": "quarter", "semestre": "half", "vez": "time", "puesto": "place",
    "lugar": "place", "posición": "place", "vuelta": "round", "ronda": "round",
    "etapa": "stage", "edición": "edition", "día": "day", "jornada": "matchday",
    "siglo": "century", "mes": "month", "aniversario": "anniversary", "mandato": "term",
    "división": "division", "piso": "floor", "planta": "floor", "ola": "wave",
}  # fmt: skip

QUALIFIERS = {
    "más de": "more than", "al menos": "at least", "por lo menos": "at least",
    "como mínimo": "at least", "menos de": "less than", "unos": "about", "unas": "about",
    "alrededor de": "around", "en torno a": "around", "aproximadamente": "about",
    "cerca de": "nearly", "casi": "almost", "hasta": "up to", "como máximo": "at most",
    "poco más de": "just over", "poco menos de": "just under", "algo más de": "just over",
}  # fmt: skip

# Scale words. Spanish "billón" is 10^12 and "mil millones" 10^9.
SCALES = {
    "mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
    "millardos": 1e9, "billón": 1e12, "billones": 1e12,
}  # fmt: skip

OF = ["de"]

RANGE_BETWEEN = ["entre"]
RANGE_FROM = ["de", "desde"]
RANGE_MID = ["y", "a"]

CURRENCIES_AFTER = {
    "euros": "EUR", "euro": "EUR", "€": "EUR", "EUR": "EUR", "céntimos": "EUR_CENT",
    "dólares estadounidenses": "USD", "dólares": "USD", "dólar": "USD", "$": "USD",
    "USD": "USD", "pesos": "PESO", "libras esterlinas": "GBP", "libras": "GBP", "£": "GBP",
    "yenes": "JPY", "yuanes": "CNY", "rublos": "RUB", "soles": "PEN", "reales": "BRL",
    "bolívares": "VES", "francos suizos": "CHF",
}  # fmt: skip
CURRENCIES_BEFORE = {"€": "EUR", "US$": "USD", "$": "USD", "£": "GBP"}
ENGLISH_CURRENCIES = {
    "EUR": ("euro", "euros"), "EUR_CENT": ("cent", "cents"), "USD": ("dollar", "dollars"),
    "PESO": ("peso", "pesos"), "GBP": ("pound", "pounds"), "JPY": ("yen", "yen"),
    "CNY": ("yuan", "yuan"), "RUB": ("ruble", "rubles"), "PEN": ("sol", "soles"),
    "BRL": ("real", "reais"), "VES": ("bolivar", "bolivars"), "CHF": ("franc", "francs"),
}  # fmt: skip

PERCENT_WORDS = {"%": "%", "por ciento": "percent", "por cien": "percent"}
POINTS_WORDS = {
    "puntos porcentuales": "percentage points",
    "punto porcentual": "percentage point",
}

UNITS = {
    "grados Celsius": ("degree Celsius", "degrees Celsius"),
    "grados en la escala de Richter": ("on the Richter scale", "on the Richter scale"),
    "grados": ("degree", "degrees"), "°C": ("°C", "°C"),
    "kilómetros cuadrados": ("square kilometer", "square kilometers"),
    "kilómetros": ("kilometer", "kilometers"), "kilómetro": ("kilometer", "kilometers"),
    "km/h": ("km/h", "km/h"), "km²": ("km²", "km²"), "km": ("km", "km"),
    "metros cuadrados": ("square meter", "square meters"), "metros": ("meter", "meters"),
    "m²": ("m²", "m²"), "m": ("m", "m"), "centímetros": ("centimeter", "centimeters"),
    "cm": ("cm", "cm"), "milímetros": ("millimeter", "millimeters"), "mm": ("mm", "mm"),
    "litros": ("liter", "liters"), "hectáreas": ("hectare", "hectares"),
    "toneladas": ("tonne", "tonnes"), "tonelada": ("tonne", "tonnes"),
    "kilos": ("kilo", "kilos"), "kilogramos": ("kilogram", "kilograms"), "kg": ("kg", "kg"),
    "millas": ("mile", "miles"), "megavatios": ("megawatt", "megawatts"), "MW": ("MW", "MW"),
    "puntos básicos": ("basis point", "basis points"), "segundos": ("second", "seconds"),
    "minutos": ("minute", "minutes"), "horas": ("hour", "hours"), "hora": ("hour", "hours"),
    "días": ("day", "days"), "día": ("day", "days"), "semanas": ("week", "weeks"),
    "meses": ("month", "months"), "mes": ("month", "months"), "años": ("year", "years"),
    "año": ("year", "years"),
}  # fmt: skip

PER = {
    "al año": "a year", "por año": "a year", "al día": "a day", "por día": "a day",
    "al mes": "a month", "por mes": "a month", "por hora": "an hour",
    "por habitante": "per inhabitant", "por persona": "per person", "por acción": "per share",
}  # fmt: skip

NOUNS = {
    "punto": ("point", "points"), "gol": ("goal", "goals"), "escaño": ("seat", "seats"),
    "victoria": ("win", "wins"), "partido": ("match", "matches"), "muerto": ("dead", "dead"),
    "herido": ("injured", "injured"),
    "contenedores": ("container", "containers"), "personas": ("person", "people"),
    "muertos": ("dead", "dead"), "fallecidos": ("dead", "dead"), "heridos": ("injured", "injured"),
    "víctimas": ("victim", "victims"), "desaparecidos": ("missing", "missing"),
    "habitantes": ("inhabitant", "inhabitants"), "trabajadores": ("worker", "workers"),
    "empleados": ("employee", "employees"), "empleos": ("job", "jobs"),
    "puestos de trabajo": ("job", "jobs"), "nuevos puestos de trabajo": ("new job", "new jobs"),
    "parados": ("unemployed", "unemployed"), "ocupados": ("employed", "employed"),
    "soldados": ("soldier", "soldiers"), "niños": ("child", "children"),
    "mujeres": ("woman", "women"), "hombres": ("man", "men"),
    "estudiantes": ("student", "students"),
    "alumnos": ("pupil", "pupils"), "manifestantes": ("demonstrator", "demonstrators"),
    "policías": ("police officer", "police officers"), "agentes": ("officer", "officers"),
    "edificios": ("building", "buildings"), "viviendas": ("home", "homes"),
    "casas": ("house", "houses"), "empresas": ("company", "companies"),
    "países": ("country", "countries"), "votos": ("vote", "votes"), "escaños": ("seat", "seats"),
    "diputados": ("deputy", "deputies"), "casos": ("case", "cases"),
    "contagios": ("infection", "infections"), "familias": ("family", "families"),
    "hogares": ("household", "households"), "municipios": ("municipality", "municipalities"),
    "ciudades": ("city", "cities"), "fábricas": ("factory", "factories"),
    "clientes": ("customer", "customers"), "visitantes": ("visitor", "visitors"),
    "turistas": ("tourist", "tourists"), "pasajeros": ("passenger", "passengers"),
    "vuelos": ("flight", "flights"), "pacientes": ("patient", "patients"),
    "camas": ("bed", "beds"), "médicos": ("doctor", "doctors"),
    "refugiados": ("refugee", "refugees"), "migrantes": ("migrant", "migrants"),
    "rehenes": ("hostage", "hostages"), "presos": ("prisoner", "prisoners"),
    "detenidos": ("detainee", "detainees"), "árboles": ("tree", "trees"),
    "partidos": ("match", "matches"), "goles": ("goal", "goals"), "botellas": ("bottle", "bottles"),
    "cajas": ("box", "boxes"), "réplicas": ("aftershock", "aftershocks"),
    "envíos": ("shipment", "shipments"), "proyectiles": ("projectile", "projectiles"),
    "cartuchos de artillería": ("artillery shell", "artillery shells"),
    "cartuchos": ("cartridge", "cartridges"), "misiles": ("missile", "missiles"),
    "drones": ("drone", "drones"), "barcos": ("ship", "ships"), "buques": ("ship", "ships"),
    "aviones": ("aircraft", "aircraft"), "vehículos": ("vehicle", "vehicles"),
    "coches": ("car", "cars"), "vacantes": ("vacancy", "vacancies"),
    "unidades": ("unit", "units"), "fieles": ("worshipper", "worshippers"),
}  # fmt: skip

ADJECTIVES = {"nuevos": "new", "nuevas": "new"}

PHRASES = {
    "por primera vez": ("ordinal", 1, "for the first time"),
    "por segunda vez": ("ordinal", 2, "for the second time"),
    "por tercera vez": ("ordinal", 3, "for the third time"),
    "por cuarta vez": ("ordinal", 4, "for the fourth time"),
    "por quinta vez": ("ordinal", 5, "for the fifth time"),
    "el año pasado": ("date", {"relative": "-P1Y"}, "last year"),
    "hace un año": ("date", {"relative": "-P1Y"}, "a year ago"),
    "la mitad": ("number", 0.5, "half"),
    "media hora": ("measure", 0.5, "half an hour"),
    "una decena": ("number", 10, "about ten"),
    "una veintena": ("number", 20, "about twenty"),
    "un centenar": ("number", 100, "about a hundred"),
}

# Dates: "1 de octubre de 2023", "7 de septiembre", "1º de mayo".
DAY_SUFFIXES = ["º", "°"]
DATE_LINK = ["de"]
YEAR_LINK = ["de", "del"]
# "entre el 7 de septiembre y el 1 de octubre", "del 7 de septiembre al 1 de octubre".
DATE_RANGE_BETWEEN = ["entre el", "entre"]
DATE_RANGE_FROM = ["del", "desde el", "desde", "de"]
DATE_RANGE_AND = ["y el", "y"]
DATE_RANGE_TO = ["al", "hasta el", "hasta", "a"]
DAY_PARTS = {
    "principios de": "early", "comienzos de": "early", "mediados de": "mid",
    "finales de": "late", "fines de": "late",
}  # fmt: skip
YEAR_PREPS = {"desde": "since", "hasta": "until", "a partir de": "from"}

# Times: "a las 12.30 horas", "a las 23:49 hora local", "18.40 horas".
TIME_PREFIXES = ["a las", "a la"]
TIME_SEP = r"[.:]"
TIME_SUFFIXES = {"horas": "", "hora local": " local time", "h": "", "GMT": " GMT"}
TIME_SUFFIXES_ALONE: set[str] = set()

# Numeric dates: "30/10/2019", "01/10/21" (the year is needed: "3/4" is a fraction).
NUMERIC_DATE = r"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])"
DATE_RANGE_INCLUSIVE: list[str] = []
MONTH_PREPS: dict[str, str] = {}
# Months are written in lower case: a capitalised one inside a sentence is a name.
MONTHS_LOWERCASE = True
AMBIGUOUS_MONTHS: set[str] = set()
MONTH_CONTEXT: list[str] = []
WEEKDAY_RELATIVE: dict[str, str] = {}
YEAR_NOUNS: dict[str, str] = {}
YEAR_WORDS: list[str] = []
YEAR_WORD_THE: list[str] = []
TIME_MINUTES_ALONE = True  # "12h30", "10:30" are times without a prefix or suffix

# Grammar words: "y" joins month pairs and compound durations, and ranges only after
# RANGE_BETWEEN ("entre 3 y 5"); the ranges keep no "from" in English.
AND = ["y"]
RANGE_MID_NEED_PREFIX = ["y"]
RANGE_FROM_ENGLISH = ""
VERB_PREPOSITIONS: dict[str, list[str]] = {}
PERCENT_OF: dict[str, str] = {}
PER_WORDS: list[str] = []
PER_NOT_BEFORE: list[str] = []
PER_NOUNS: dict[str, str] = {}
CASE_SENSITIVE_NOUNS = False
ORDINAL_DIGITS_NEED_NOUN = False
ORDINAL_PREPS: dict[str, str] = {}
ORDINAL_ARTICLES: list[str] = []
PLURAL_ENDINGS: list[str] = []
ID_STOPWORDS: set[str] = set()

# "cada cuatro años" -> "every four years"; "hace tres semanas" -> "three weeks ago".
EVERY = {"cada": "every"}
AGO = ["hace"]
RACE_UNITS: dict[str, str] = {}
COMPOUND_NOUNS: dict[str, str] = {}  # no number compounds ("25-Euro-Gutschein") in this language
UNIT_QUALIFIERS: dict[str, str] = {}
# A sign before a number is read as a word ("+ 1,8 %" -> "up 1.8%").
SIGN_WORDS = {"+": "up", "-": "down"}
RANGE_CHANGE: list[str] = []  # no range word is only a change
# "3000 menos" -> "3,000 fewer": word -> (English after a whole number, after a decimal).
COMPARATIVES = {"menos": ("fewer", "less"), "más": ("more", "more")}
# "un tercio" -> "a third", "dos tercios" -> "two thirds"; "cuarto" alone is mostly a room.
FRACTIONS = {
    "tercio": 3, "tercios": 3, "cuarta parte": 4, "cuartas partes": 4, "quinta parte": 5,
    "quintas partes": 5, "décima parte": 10,
}  # fmt: skip
# "sábado por la noche" -> "Saturday night" (the key follows the weekday as written).
WEEKDAY_PARTS = {
    " por la mañana": "morning", " por la tarde": "afternoon", " por la noche": "night",
    " al mediodía": "midday",
}  # fmt: skip
# Adjectives after a unit that make the measure describe a noun (German "20 Meter langes"):
# none; French and Spanish put the measure after the noun.
UNIT_ADJECTIVES: list[str] = []
# Capitalised words that may stand right before a date without a year (see de_data).
DATE_NAME_OK: list[str] = []
