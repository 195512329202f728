"""The sample workbooks' texts in other languages: samples/texts/<lang>.toml
maps each English text of a generator to its translation (gettext style: the
English text in the generator is the key, so there is one generator)."""
import tomllib
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "texts"


class Texts:
    """t("Bottom line") -> the text in `lang`; English is the generator's own.
    A text without a translation is collected in `missing` (the build fails)."""

    def __init__(self, lang="en"):
        self.lang = lang
        self.table = {} if lang == "en" else tomllib.loads((FOLDER / f"{lang}.toml").read_text(encoding="utf-8"))
        self.missing = []

    def __call__(self, english):
        if self.lang == "en":
            return english
        if english not in self.table:
            self.missing.append(english)
            return english
        return self.table[english]

    def q(self, english):
        """The text as a string literal inside a formula: "..." with quotes doubled."""
        return '"' + self(english).replace('"', '""') + '"'
