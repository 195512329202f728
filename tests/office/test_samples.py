#!/usr/bin/python3
"""Office test of the sample workbooks for BU leaders (samples/).

Builds every sample and its translations (build.TRANSLATIONS: decision-de)
into a temporary folder with the real .oxt in headless LibreOffice
(samples/build.py), unless --samples names a folder of built ones. Then, in
a fresh office with the extension (for a translation: in its reader's
locale, build.READER_LOCALES, as a German BU leader opens it), it loads each <name>.ods
(loading computes every formula: the file stores no cached results) and
asserts:
- AllChecksPass is TRUE, and every row of the Checks sheet's CheckTable
  holds what it should (checked here too, so a wrong OK formula cannot hide
  a failure);
- no cell on any sheet shows an error value (#NAME?, Err:5xx, #N/A, ...);
- the sample's KEY_FIGURES and WORKED figures (DOMAIN.md's worked example
  and hand calculations) on the untouched workbook, in a translation with
  its sheet names and texts; every figure of its SENTENCES (the bottom line)
  with the locale's separators (tests/office/test_locales.py);
- edits survive: every input (cell style "SSF Input") is changed one at a
  time as a user would, numbers 3% up and 3% down, Yes/No answers flipped,
  other texts appended to; after each, all checks stay TRUE and no cell shows
  an error; then the input is restored. A figure typed over a result must
  turn AllChecksPass FALSE (the checks can fail).
In an office WITHOUT the extension (a recipient's):
- each <name>.ods shows the "needs the ssfcalc extension" line in row 4 of
  every visible sheet, and no formula cell whose precedents (transitively,
  across sheets, read from the formulas themselves) include an SSF_ call
  shows a number or a text: only an error, a blank or that line;
- each <name>-values.ods holds no formula (content.xml and every loaded
  sheet), shows no error, the same named ranges as the full workbook, a
  "frozen copy" banner with a date and the source file on every sheet, every
  sheet protected, no input styled as one and no drop-down left, and the
  sentences' figures frozen with the separators of the locale it was made
  for (a German copy reads -$4,65M).
Fails, never skips, when LibreOffice or uno is missing.
"""
import argparse
import contextlib
import importlib
import math
import re
import sys
import time
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT / "samples"), str(ROOT / "tools")]

import build  # noqa: E402  samples/build.py
import fods  # noqa: E402
from office import Office  # noqa: E402
from style import MISSING_EXTENSION, ref  # noqa: E402
from test_locales import check_sentences  # noqa: E402
from texts import Texts  # noqa: E402

FAILURES = []
# What each sample must contain: the SSF_ functions it shows (stored under
# their programmatic names), its array formulas, charts and Yes/No lists.
STRUCTURE = {
    "decision": dict(charts=1, arrays=2, yes_no=True, functions=[
        "SSF_SCENARIO", "SSF_REVIMPACT", "SSF_GPDELTA", "SSF_NETIMPACT", "SSF_BREAKEVEN", "SSF_VOLUMEEFFECT",
        "SSF_MIXEFFECT", "SSF_QUESTION", "SSF_FITSCORE", "SSF_FITVERDICT", "SSF_FITMATRIX"]),
    "levers": dict(charts=2, arrays=0, yes_no=False, functions=[
        "SSF_QUOTACREDIT", "SSF_ATTAINMENT", "SSF_PAYOUT", "SSF_COMMISSION", "SSF_OVERLAYCOST", "SSF_SPIFFROI"]),
    "reptime": dict(charts=2, arrays=3, yes_no=False, functions=[
        "SSF_VELOCITY", "SSF_MINDSHARE", "SSF_RESPONSEFIT", "SSF_RESPONSE", "SSF_GPDELTA", "SSF_REVIMPACT"]),
    "risk": dict(charts=2, arrays=5, yes_no=False, functions=[
        "SSF_TORNADO", "SSF_RISK", "SSF_RISKCURVE", "SSF_NETIMPACT"]),
}


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def check_rows(doc, name):
    """Every row of CheckTable: A case, B the workbook, C Calc's own, D OK.
    (For rows that compare blocks, B and C are the blocks' sums; a row with
    an allowed difference in CheckTolerances, a simulated figure, agrees
    within it.)"""
    table = doc.NamedRanges.getByName("CheckTable").getReferredCells()
    names = doc.NamedRanges
    tolerances = names.getByName("CheckTolerances").getReferredCells() if names.hasByName("CheckTolerances") else None
    rows = table.getRows().getCount()
    for r in range(rows):
        case = table.getCellByPosition(0, r).getString()
        shown, calc, own = (table.getCellByPosition(c, r) for c in (1, 2, 3))
        allowed = tolerances.getCellByPosition(0, r) if tolerances else None
        if allowed is not None and allowed.getType().value == "EMPTY":
            allowed = None
        if shown.getError() or calc.getError() or (allowed is not None and allowed.getError()):
            fail(f"{name}: check '{case}' shows {shown.getString()!r} / {calc.getString()!r}")
            continue
        if shown.FormulaResultType2 == 2:  # com.sun.star.sheet.FormulaResult.STRING
            ok = shown.getString() == calc.getString()
        elif allowed is not None:
            ok = abs(shown.getValue() - calc.getValue()) <= allowed.getValue()
        else:
            ok = math.isclose(shown.getValue(), calc.getValue(), rel_tol=1e-9, abs_tol=1e-9)
        if not ok or own.getError() or own.getValue() != 1:
            fail(f"{name}: check '{case}': shows {shown.getString()!r}, Calc's own {calc.getString()!r}, "
                 f"workbook says {own.getString()!r}")
    return rows


# A sheet-qualified reference in a WORKED formula: $Decision.B24, $'Fit matrix'.C15.
SHEET_REF = re.compile(r"\$('(?:[^']|'')+'|[A-Za-z_]\w*)\.")


def translated(formula, t):
    """A WORKED formula with each sheet named as the workbook in t's language names it."""
    return SHEET_REF.sub(lambda m: ref(t(m[1].strip("'").replace("''", "'")), ""), formula)


def check_worked(doc, name, module, t):
    """The WORKED figures, each evaluated in a scratch sheet of the untouched
    workbook; in a translation with its sheet names, and a text the
    workbook shows (read from a sheet) expected in its language when
    texts/<lang>.toml translates it (what the functions answer, SSF_QUESTION
    and the verdicts, stays English)."""
    doc.Sheets.insertNewByName("WorkedFigures", doc.Sheets.getCount())
    scratch = doc.Sheets.getByName("WorkedFigures")
    try:
        for i, (what, formula, want, tol) in enumerate(module.WORKED):
            if isinstance(want, str) and SHEET_REF.search(formula):
                want = t.table.get(want, want)
            formula = translated(formula, t)
            cell = scratch.getCellByPosition(0, i)
            cell.setFormula("=" + formula)
            doc.calculate()
            if cell.getError():
                fail(f"{name}: worked figure '{what}' ({formula}) shows {cell.getString()!r}")
            elif isinstance(want, str):
                shown = cell.getString()
                if not (shown.startswith(want) if tol == "prefix" else shown == want):
                    fail(f"{name}: worked figure '{what}' is {cell.getString()!r}, expected {want!r}")
            elif abs(cell.getValue() - want) > tol:
                fail(f"{name}: worked figure '{what}' is {cell.getValue()!r}, expected {want!r}")
    finally:
        doc.Sheets.removeByName("WorkedFigures")
    return len(module.WORKED)


INPUT_STYLES = ("SSF Input", "SSF Input text")


def input_cells(doc):
    """Every input a user may change: the cells styled as inputs, on the visible sheets."""
    found = []
    for sheet in doc.Sheets:
        if not sheet.IsVisible:
            continue
        area = build.used_area(sheet).RangeAddress
        for r in range(area.EndRow + 1):
            for c in range(area.EndColumn + 1):
                cell = sheet.getCellByPosition(c, r)
                if cell.CellStyle in INPUT_STYLES and cell.getType().value in ("VALUE", "TEXT"):
                    found.append((sheet.Name, cell))
    return found


def edits_of(cell):
    """What a user might type into an input: (description, apply); restore after."""
    if cell.getType().value == "VALUE":
        v = cell.getValue()
        return [(f"{v!r} -> {v * f!r}", lambda f=f: cell.setValue(v * f)) for f in (1.03, 0.97)]
    text = cell.getString()
    if text in ("Yes", "No"):
        other = "No" if text == "Yes" else "Yes"
        return [(f"{text} -> {other}", lambda: cell.setString(other))]
    return [(f"{text!r} + ' (edited)'", lambda: cell.setString(text + " (edited)"))]


def restore(cell, was):
    if isinstance(was, float):
        cell.setValue(was)
    else:
        cell.setString(was)


def check_edits(doc, name, module):
    """Every input changed one at a time: the checks stay TRUE and no error appears."""
    t0 = time.monotonic()
    inputs = input_cells(doc)
    edits = 0
    for sheet, cell in inputs:
        was = cell.getValue() if cell.getType().value == "VALUE" else cell.getString()
        where = f"{sheet}.{cell.AbsoluteName.split('.')[-1].replace('$', '')}"
        for what, apply in edits_of(cell):
            apply()
            doc.calculate()
            edits += 1
            if not build.all_checks_pass(doc):
                table = doc.NamedRanges.getByName("CheckTable").getReferredCells()
                false = [table.getCellByPosition(0, r).getString() for r in range(table.getRows().getCount())
                         if table.getCellByPosition(3, r).getValue() != 1 or table.getCellByPosition(3, r).getError()]
                fail(f"{name}: after {where} {what}, checks fail: {false}")
            for s, row, col, shown in build.error_cells(doc):
                fail(f"{name}: after {where} {what}, {s} row {row} column {col} shows {shown!r}")
            restore(cell, was)
    doc.calculate()
    if not build.all_checks_pass(doc):
        fail(f"{name}: the checks do not come back after restoring every input")
    # The checks can fail: a key figure typed over must turn them FALSE.
    key = doc.NamedRanges.getByName(next(iter(module.KEY_FIGURES))).getReferredCells().getCellByPosition(0, 0)
    formula = key.getFormula()
    key.setValue(key.getValue() * 1.03 + 1)
    doc.calculate()
    if build.all_checks_pass(doc):
        fail(f"{name}: a key figure typed over ({formula} -> a number) leaves AllChecksPass TRUE")
    key.setFormula(formula)
    doc.calculate()
    print(f"{name}.ods: {len(inputs)} inputs changed one at a time, {edits} edits "
          f"({time.monotonic() - t0:.1f} s)")


# A cell reference as getFormula writes it: $Sheet.A1, $'Fit matrix'.B15:F19, C3.
SHEET = r"\$?(?:'(?:[^']|'')+'|[A-Za-z_][\w]*)\."
REF = re.compile(rf"(?<![\w.$'])(?P<sheet>{SHEET})?\$?(?P<c1>[A-Z]{{1,3}})\$?(?P<r1>\d+)"
                 rf"(?::(?:{SHEET})?\$?(?P<c2>[A-Z]{{1,3}})\$?(?P<r2>\d+))?(?![\w(])")
STRING = re.compile(r'"(?:[^"]|"")*"')


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def references(formula, own_sheet):
    """Every cell a formula reads: {(sheet, col, row)}."""
    cells = set()
    for m in REF.finditer(STRING.sub('""', formula)):
        sheet = m["sheet"].lstrip("$").rstrip(".").strip("'").replace("''", "'") if m["sheet"] else own_sheet
        c1, r1 = col_index(m["c1"]), int(m["r1"]) - 1
        c2, r2 = (col_index(m["c2"]), int(m["r2"]) - 1) if m["c2"] else (c1, r1)
        cells.update((sheet, c, r) for c in range(c1, c2 + 1) for r in range(r1, r2 + 1))
    return cells


def check_without_extension(office, folder, name, t):
    """A recipient without the extension: the sheets say what is missing (in
    the workbook's language), and nothing computed from an SSF_ function
    shows a number or a sentence."""
    doc = office.load(folder / f"{name}.ods")
    missing = t(MISSING_EXTENSION)
    try:
        formulas = {}  # (sheet, col, row) -> (cell, formula)
        for sheet in doc.Sheets:
            if sheet.IsVisible:
                banner = sheet.getCellRangeByName("A4").getString()
                if banner != missing:
                    fail(f"{name}.ods without the extension: sheet {sheet.Name} row 4 shows {banner!r}")
            for a in sheet.queryContentCells(build.FORMULA).RangeAddresses:
                for r in range(a.StartRow, a.EndRow + 1):
                    for c in range(a.StartColumn, a.EndColumn + 1):
                        cell = sheet.getCellByPosition(c, r)
                        formulas[(sheet.Name, c, r)] = (cell, cell.getFormula())
        tainted = {k for k, (_, f) in formulas.items() if re.search("SSF", STRING.sub('""', f), re.I)}
        reads = {k: references(f, k[0]) for k, (_, f) in formulas.items()}
        grew = True
        while grew:  # precedents, transitively
            grew = False
            for k in formulas.keys() - tainted:
                if reads[k] & tainted:
                    tainted.add(k)
                    grew = True
        shown_numbers = 0
        for key in sorted(tainted):
            cell, formula = formulas[key]
            if cell.getError():
                continue
            text = cell.getString()
            if cell.FormulaResultType2 == 2 and text in ("", missing):
                continue
            shown_numbers += 1
            fail(f"{name}.ods without the extension: {key[0]} column {key[1] + 1} row {key[2] + 1} "
                 f"({formula}) shows {text!r}")
        print(f"{name}.ods without the extension: {len(tainted)} of {len(formulas)} formula cells need ssfcalc, "
              f"{shown_numbers} of them show a figure")
    finally:
        doc.close(True)


def named_values(doc):
    names = doc.NamedRanges
    return {n: names.getByName(n).getReferredCells().getDataArray() for n in names.ElementNames}


def check_structure(path, name, doc):
    want = STRUCTURE[name]
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    programmatic = fods.addin_names()
    for function in want["functions"]:
        if f"{programmatic[function]}(" not in xml:
            fail(f"{name}: {function} is not used")
    arrays = xml.count("table:number-matrix-rows-spanned=")
    if arrays != want["arrays"]:
        fail(f"{name}: {arrays} array formulas, expected {want['arrays']}")
    charts = sum(sheet.Charts.getCount() for sheet in doc.Sheets)
    if charts != want["charts"]:
        fail(f"{name}: {charts} charts, expected {want['charts']}")
    if want["yes_no"] and 'cell-content-is-in-list(&quot;Yes&quot;;&quot;No&quot;)' not in xml:
        fail(f"{name}: no Yes/No drop-down")
    if "calcext:conditional-format" not in xml:
        fail(f"{name}: no conditional formats")


def check_full(office, folder, name, module, t):
    doc = office.load(folder / f"{name}.ods")
    try:
        check_structure(folder / f"{name}.ods", module.__name__, doc)
        doc.calculateAll()
        if not build.all_checks_pass(doc):
            fail(f"{name}: AllChecksPass is not TRUE")
        rows = check_rows(doc, name)
        for sheet, row, col, shown in build.error_cells(doc):
            fail(f"{name}: {sheet} row {row} column {col} shows the error {shown!r}")
        for key, want in module.KEY_FIGURES.items():
            got = doc.NamedRanges.getByName(key).getReferredCells().getCellByPosition(0, 0).getValue()
            if not math.isclose(got, want, rel_tol=1e-5, abs_tol=1e-9):
                fail(f"{name}: key figure {key} is {got}, expected {want}")
        worked = check_worked(doc, name, module, t)
        check_sentences(doc, name, module, office.locale or "en-US", t, check=lambda ok, what: ok or fail(what))
        print(f"{name}.ods: {rows} checks over {doc.Sheets.getCount()} sheets, {worked} worked figures, "
              f"{len(module.SENTENCES)} sentences in {office.locale or 'en-US'}")
        values = named_values(doc)
        check_edits(doc, name, module)
        return values
    finally:
        doc.close(True)


def check_values(office, folder, name, full, module, t, locale):
    """`locale`: the one the copy was frozen in (its sentences' separators)."""
    path = folder / f"{name}-values.ods"
    left = build.formulas_in(path)
    if left:
        fail(f"{path.name}: content.xml holds {left} formulas")
    with zipfile.ZipFile(path) as z:
        if "cell-content-is-in-list" in z.read("content.xml").decode("utf-8"):
            fail(f"{path.name}: a frozen copy still offers a Yes/No drop-down")
    doc = office.load(path)
    try:
        doc.calculateAll()
        for sheet in doc.Sheets:
            if sheet.queryContentCells(build.FORMULA).getCount():
                fail(f"{path.name}: sheet {sheet.Name} holds formulas")
        for sheet, row, col, shown in build.error_cells(doc):
            fail(f"{path.name}: {sheet} row {row} column {col} shows the error {shown!r}")
        source = f"{name}.ods"
        frozen = re.compile(re.escape(t(build.FROZEN_BANNER)).replace(re.escape("{date}"), r"\d{4}-\d\d-\d\d")
                            .replace(re.escape("{source}"), re.escape(source)))
        for sheet in doc.Sheets:
            banner = sheet.getCellRangeByName("A4").getString()
            if not frozen.fullmatch(banner):
                fail(f"{path.name}: sheet {sheet.Name} row 4 shows {banner!r}, not a frozen-copy banner")
            if not sheet.isProtected():
                fail(f"{path.name}: sheet {sheet.Name} is not protected")
        styles = doc.StyleFamilies.getByName("CellStyles")
        for style in INPUT_STYLES:
            if styles.getByName(style).CellBackColor != -1:
                fail(f"{path.name}: cell style {style} still has the input fill")
        values = named_values(doc)
        if set(values) != set(full):
            fail(f"{path.name}: named ranges differ: {sorted(set(values) ^ set(full))}")
        for key in sorted(set(values) & set(full)):
            a, b = values[key], full[key]
            if len(a) != len(b) or not all(len(x) == len(y) and all(same(p, q) for p, q in zip(x, y))
                                           for x, y in zip(a, b)):
                fail(f"{path.name}: {key} shows {a!r}, the full workbook {b!r}")
        for sheet in doc.Sheets:  # unlocked for the scratch cell that evaluates a sentence's figures
            sheet.unprotect("")
        check_sentences(doc, path.name, module, locale, t, check=lambda ok, what: ok or fail(what))
        print(f"{path.name}: no formulas, no errors, {len(values)} named ranges as in the full workbook, "
              f"sentences in {locale}")
    finally:
        doc.close(True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--samples", help="a folder of built samples (default: build them now)")
    args = ap.parse_args()
    # Every workbook: (file name, generator, language, the locale it is made for).
    books = [(name, name, "en", "en-US") for name in build.SAMPLES]
    books += [(f"{name}-{lang}", name, lang, build.READER_LOCALES[lang])
              for name in build.SAMPLES for lang in build.TRANSLATIONS.get(name, [])]
    with tempfile.TemporaryDirectory(prefix="ssf-samples-") as tmp:
        folder = Path(args.samples or tmp).resolve()
        if not args.samples:
            with Office(oxt=args.oxt, locale="en-US") as office, build.watchdog(office, 300):
                for name, sample, lang, locale in books:
                    with contextlib.ExitStack() as stack:  # a translation is published from its reader's office
                        reader = None
                        if lang != "en":
                            reader = stack.enter_context(Office(oxt=args.oxt, locale=locale))
                            stack.enter_context(build.watchdog(reader, 300))
                        report, problems = build.build_sample(office, sample, folder, png=False, lang=lang,
                                                              reader=reader)
                    print("\n".join(report))
                    for p in problems:
                        fail(p)
        full = {}
        for locale in dict.fromkeys(locale for *_, locale in books):
            with Office(oxt=args.oxt, locale=locale) as office, build.watchdog(office, 300):
                for name, sample, lang, _ in (b for b in books if b[3] == locale):
                    full[name] = check_full(office, folder, name, importlib.import_module(sample), Texts(lang))
                if not office.alive():
                    fail(f"LibreOffice ({locale}) died")
        with Office() as office, build.watchdog(office, 300):  # a recipient without the extension
            for name, sample, lang, locale in books:
                check_without_extension(office, folder, name, Texts(lang))
                check_values(office, folder, name, full[name], importlib.import_module(sample), Texts(lang), locale)
    print(f"{len(FAILURES)} failures" if FAILURES else "all sample workbooks pass")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
