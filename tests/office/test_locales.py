#!/usr/bin/python3
"""Office test: the sample workbooks read right in five readers' locales.

Builds every sample and its translations (samples/build.py: decision-de)
into a temporary folder unless --samples names a folder of built ones. Then, for each of
en-US, de-DE, fr-FR, es-ES and ja-JP, one headless LibreOffice with the
extension and that system locale (tools/office.py's locale=) opens every
<name>.ods and asserts:
- no cell on any sheet shows an error value;
- every sentence a sample builds from numbers (each module's SENTENCES:
  bottom lines and notes) shows exactly the figures it names, rounded as
  the sentence rounds them, written with that locale's own decimal and
  thousands separators (hard-coded below, not asked of LibreOffice): the
  numbers are parsed with those separators and compared with the named key
  figures (KEY_FIGURES, DOMAIN.md's oracles) or, for the other figures,
  with the cells' values;
- every named key figure's cell shows its value with the locale's decimal
  separator (its number format is the reader's, not en-US's).
And once, in the files: no number style is tagged with a language, so no
format code is read as en-US only.
"""
import argparse
import importlib
import re
import sys
import tempfile
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT / "samples"), str(ROOT / "tools")]

import build  # noqa: E402  samples/build.py
from office import Office  # noqa: E402
from style import SENTENCE_FIGURES  # noqa: E402
from tally import Tally  # noqa: E402
from texts import Texts  # noqa: E402

# locale: (decimal separator, thousands separators). French groups with a
# (narrow) no-break space.
LOCALES = {
    "en-US": (".", ","),
    "de-DE": (",", "."),
    "fr-FR": (",", "\u00a0\u202f "),
    "es-ES": (",", "."),
    "ja-JP": (".", ","),
}
check = Tally()


def numbers_in(text, decimal, thousands):
    """The signed numbers of a sentence, read with one locale's separators."""
    t, d = re.escape(thousands), re.escape(decimal)
    pattern = rf"([+-]?)\$?(\d{{1,3}}(?:[{t}]\d{{3}})+|\d+)(?:{d}(\d+))?"
    found = []
    for sign, whole, frac in re.findall(pattern, text):
        value = Decimal(re.sub(rf"[{t}]", "", whole) + ("." + frac if frac else ""))
        found.append(-value if sign == "-" else value)
    return found


def rounded(value, fmt):
    decimals, _, _, _, percent = SENTENCE_FIGURES[fmt]
    x = Decimal(repr(value)) * (100 if percent else 1)
    return x.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def evaluator(doc, sheet_name, module):
    """value(expression) on a sheet: a named key figure from KEY_FIGURES, else
    what Calc computes for the expression in a scratch cell of that sheet."""
    sheet = doc.Sheets.getByName(sheet_name)
    scratch = sheet.getCellByPosition(200, 2000)

    def value(expr):
        if expr in module.KEY_FIGURES:
            return module.KEY_FIGURES[expr]
        scratch.setFormula("=" + expr)
        doc.calculate()
        v = scratch.getValue()
        scratch.setString("")
        return v
    return value


def check_sentences(doc, name, module, locale, t, check=check):
    """`t`: the workbook's language (samples/texts.py), which names its sheets;
    `check(ok, what)` counts each sentence (tests/office/test_samples.py passes its own)."""
    decimal, thousands = LOCALES[locale]
    for (sheet_name, cell), figures in module.SENTENCES.items():
        text = doc.Sheets.getByName(t(sheet_name)).getCellRangeByName(cell).getString()
        value = evaluator(doc, t(sheet_name), module)
        if callable(figures):
            figures = figures(value)
        # As strings: 4.65000 is not 4.65 (the digits shown count).
        want = [str(rounded(value(expr), fmt)) for expr, fmt in figures]
        got = [str(g) for g in numbers_in(text, decimal, thousands)]
        check(got == want, f"{locale} {name} {sheet_name}!{cell}: figures {got} == {want} in {text!r}")


def check_key_cells(doc, name, module, locale):
    """A key figure's cell shows one number, read with the locale's separators
    equal to the figure at the decimals shown (its format is the reader's)."""
    decimal, thousands = LOCALES[locale]
    for key, want in module.KEY_FIGURES.items():
        shown = doc.NamedRanges.getByName(key).getReferredCells().getCellByPosition(0, 0).getString()
        got = numbers_in(shown, decimal, thousands)
        scale = 100 if shown.rstrip().endswith("%") else 1
        ok = len(got) == 1 and abs(got[0] - Decimal(repr(want)) * scale) <= Decimal(5).scaleb(got[0].as_tuple().exponent - 1)
        check(ok, f"{locale} {name} {key}: shows {shown!r}, read as {[str(g) for g in got]}, figure {want}")


def check_number_styles(folder, name):
    """No number style of the .ods is tagged with a language (en-US or any)."""
    with zipfile.ZipFile(folder / f"{name}.ods") as z:
        xml = "".join(z.read(part).decode("utf-8") for part in ("content.xml", "styles.xml"))
    styles = re.findall(r"<number:[a-z-]+-style [^>]*>", xml)
    tagged = [s for s in styles if "number:language=" in s or "number:country=" in s]
    check(styles and not tagged, f"{name}.ods: {len(styles)} number styles, none tagged with a language "
                                 f"{tagged[:2]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--samples", help="a folder of built samples (default: build them now)")
    args = ap.parse_args()
    # Every built workbook: each sample and its translations (decision-de).
    modules = {name: (importlib.import_module(name), Texts()) for name in build.SAMPLES}
    modules.update({f"{name}-{lang}": (modules[name][0], Texts(lang))
                    for name, langs in build.TRANSLATIONS.items() for lang in langs})
    with tempfile.TemporaryDirectory(prefix="ssf-locales-") as tmp:
        folder = Path(args.samples or tmp).resolve()
        if not args.samples:
            r = build.subprocess.run([sys.executable, str(ROOT / "samples" / "build.py"), "--oxt", args.oxt,
                                      "--out", str(folder), "--no-png"])
            check(r.returncode == 0, "samples/build.py builds every sample")
        for name in modules:
            check_number_styles(folder, name)
        for locale in LOCALES:
            with Office(oxt=args.oxt, locale=locale) as office, build.watchdog(office, 300):
                for name, (module, t) in modules.items():
                    doc = office.load(folder / f"{name}.ods")
                    try:
                        errors = build.error_cells(doc)
                        check(not errors, f"{locale} {name}: no cell shows an error {errors[:3]}")
                        check_sentences(doc, name, module, locale, t)
                        check_key_cells(doc, name, module, locale)
                    finally:
                        doc.close(True)
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
