"""French word lists for selection, key ranking and the translation window."""

STOPWORDS = (
    "le la les l un une des du de d et ou mais en dans au aux à sur sous par pour avec sans "
    "que qui quoi dont où ce cet cette ces il elle ils elles on se sa son ses leur leurs est "
    "sont était étaient a ont avait avaient été être sera plus très aussi ne pas comme entre "
    "selon lors après avant"
)
DANGLING = (
    "Ainsi", "Aussi", "Cependant", "Toutefois", "Pourtant", "En outre", "De plus", "Par ailleurs",
    "Donc", "Alors", "Ensuite", "Puis", "Cela", "Ceci", "Ce", "Cette", "Ces", "Il", "Elle", "Ils",
    "Elles", "On", "Là", "Celui", "Celle",
)  # fmt: skip
RECORD = (
    r"\b(?:record\w*|plus (?:haut|bas|élevé|élevée|fort|forte|grand|grande)\w*|"
    r"jamais|première fois|maximum|minimum)\b"
)
CHANGE_BEFORE = r"(?:\bde|\bà|\bdu)\s+$"
CHANGE_START = r"\b(?:de|du)\s+$"
CHANGE_FROM = r"^\s+à\b"
CHANGE_WORDS = (
    "hausse", "baisse", "augmenté", "augmente", "diminué", "diminue", "recul", "reculé",
    "progressé", "progression", "chuté", "chute", "grimpé", "croissance",
)  # fmt: skip
VERDICT = (
    r"\b(?:condamné\w*|prison|amende|verdict|jugement|acquitté\w*|peine|gagné|remporté|"
    r"battu\w*|victoire|défaite|tué\w*|morts?|blessé\w*)\b"
)
SAYS = ("a déclaré", "a dit", "a expliqué", "a souligné", "selon", "affirme", "a affirmé")
CLAUSE_CONJUNCTIONS = (
    "et", "ou", "mais", "car", "donc", "parce", "que", "qui", "dont", "où", "lorsque", "quand",
    "si", "bien", "tandis", "alors", "puisque", "après", "avant",
)  # fmt: skip
# Not measured here: the usual French→English ratio (English is a little shorter).
EN_PER_WORD = 0.95
# What a bare number counts: the plural noun right after it ("70 000 tentes").
COUNTED_NOUN = r"[a-zàâçéèêëîïôûùüÿœ]{3,}[sx]"
COUNTED_MODIFIER = r""
