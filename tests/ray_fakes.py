"""A deterministic fake translator for the Ray tests: importable by Ray's workers as
``tests.ray_fakes`` (the test session puts the checkout on their PYTHONPATH)."""


class UpperTranslator:
    """'Translates' by upper-casing: the same English for a sentence in any batch."""

    name, revision, backend, standin, max_tokens = "upper-fake", None, "fake", False, 10_000

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 1

    def translate(self, sentences: list[str]) -> list[str]:
        return [s.upper() for s in sentences]

    def describe(self) -> dict:
        return {"model": self.name}
