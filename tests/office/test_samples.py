#!/usr/bin/python3
"""Office test of the sample workbooks for BU leaders (samples/).

Builds every sample into a temporary folder with the real .oxt in headless
LibreOffice (samples/build.py), unless --samples names a folder of built
ones. Then, in a fresh office with the extension, it loads each <name>.ods
(loading recalculates every add-in cell), recalculates, and asserts:
- AllChecksPass is TRUE, and every row of the Checks sheet's CheckTable
  holds what it should (checked here too, so a wrong OK formula cannot hide
  a failure);
- no cell on any sheet shows an error value (#NAME?, Err:5xx, #N/A, ...);
- the sample's KEY_FIGURES have their expected values.
In an office WITHOUT the extension (a recipient's), each <name>-values.ods
must hold no formula (content.xml and every loaded sheet), show no error,
and show the same named ranges (key figures, tables, AllChecksPass) as the
full workbook. Fails, never skips, when LibreOffice or uno is missing.
"""
import argparse
import importlib
import math
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "samples"), str(ROOT / "tools")]

import build  # noqa: E402  samples/build.py
import fods  # noqa: E402
from office import Office  # noqa: E402

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
}


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def check_rows(doc, name):
    """Every row of CheckTable: A case, B shown, C expected, D tolerance or "exact", E OK."""
    table = doc.NamedRanges.getByName("CheckTable").getReferredCells()
    rows = table.getRows().getCount()
    for r in range(rows):
        case = table.getCellByPosition(0, r).getString()
        shown, expected = table.getCellByPosition(1, r), table.getCellByPosition(2, r)
        tol = table.getCellByPosition(3, r)
        if shown.getError():
            fail(f"{name}: check '{case}' shows {shown.getString()!r}")
            continue
        if tol.getString() == "exact":
            ok = shown.getString() == expected.getString()
        else:
            ok = abs(shown.getValue() - expected.getValue()) <= tol.getValue()
        own = table.getCellByPosition(4, r)
        if not ok or own.getError() or own.getValue() != 1:
            fail(f"{name}: check '{case}': shows {shown.getString()!r}, expected {expected.getString()!r}, "
                 f"workbook says {own.getString()!r}")
    return rows


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


def check_full(office, folder, name):
    module = importlib.import_module(name)
    doc = office.load(folder / f"{name}.ods")
    try:
        check_structure(folder / f"{name}.ods", name, doc)
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
        print(f"{name}.ods: {rows} checks over {doc.Sheets.getCount()} sheets")
        return named_values(doc)
    finally:
        doc.close(True)


def check_values(office, folder, name, full):
    path = folder / f"{name}-values.ods"
    left = build.formulas_in(path)
    if left:
        fail(f"{path.name}: content.xml holds {left} formulas")
    doc = office.load(path)
    try:
        doc.calculateAll()
        for sheet in doc.Sheets:
            if sheet.queryContentCells(build.FORMULA).getCount():
                fail(f"{path.name}: sheet {sheet.Name} holds formulas")
        for sheet, row, col, shown in build.error_cells(doc):
            fail(f"{path.name}: {sheet} row {row} column {col} shows the error {shown!r}")
        values = named_values(doc)
        if set(values) != set(full):
            fail(f"{path.name}: named ranges differ: {sorted(set(values) ^ set(full))}")
        for key in sorted(set(values) & set(full)):
            a, b = values[key], full[key]
            if len(a) != len(b) or not all(len(x) == len(y) and all(same(p, q) for p, q in zip(x, y))
                                           for x, y in zip(a, b)):
                fail(f"{path.name}: {key} shows {a!r}, the full workbook {b!r}")
        print(f"{path.name}: no formulas, no errors, {len(values)} named ranges as in the full workbook")
    finally:
        doc.close(True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--samples", help="a folder of built samples (default: build them now)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ssf-samples-") as tmp:
        folder = Path(args.samples or tmp).resolve()
        if not args.samples:
            with Office(oxt=args.oxt) as office, build.watchdog(office, 300):
                for name in build.SAMPLES:
                    report, problems = build.build_sample(office, name, folder, png=False)
                    print("\n".join(report))
                    for p in problems:
                        fail(p)
        full = {}
        with Office(oxt=args.oxt) as office, build.watchdog(office, 300):
            for name in build.SAMPLES:
                full[name] = check_full(office, folder, name)
            alive = office.alive()
        if not alive:
            fail("LibreOffice died")
        with Office() as office, build.watchdog(office, 300):  # a recipient without the extension
            for name in build.SAMPLES:
                check_values(office, folder, name, full[name])
    print(f"{len(FAILURES)} failures" if FAILURES else "all sample workbooks pass")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
