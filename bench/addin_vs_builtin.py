#!/usr/bin/python3
"""Benchmark: ssfcalc functions against the built-in formula that computes
the same thing, in the same office process, in the same run.

    bench/addin_vs_builtin.py --oxt build/ssfcalc.oxt [--repeat 5] [--only NAME]

Scenarios (DOMAIN.md's GPDELTA with unchanged margins is sum(r*m*c), which is
exactly SUMPRODUCT(r; m; c): the same value, so each run also checks it):
  many_small   100,000 cells =SSF_GPDELTA(An:An+4; Bn:Bn+4; Cn:Cn+4)
  few_large    20 formulas, each over three 100,000-row columns
  whole_column 20 formulas over A:A, B:B, C:C (100,000 rows of data)
  fitmatrix    SSF_FITMATRIX over 1,000 products (array formula, 1000 x 1000)

For each, the workbook is loaded once and calculateAll() timed `repeat`
times; the median is reported with the ratio add-in / built-in, against
SUMPRODUCT(r; m; c) (Calc's fastest form) and SUMPRODUCT(r*m*c) (the
baseline, 7.9 ms for three 100,000-row columns, when the add-in's argument
types were chosen; README "Performance").
"""
import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import fods  # noqa: E402
from office import Office, recalc_times  # noqa: E402

ROWS = 100_000


def data_sheet(wb, rows=ROWS, name="Data"):
    s = wb.sheet(name)
    rnd = random.Random(7)
    for r in range(rows):
        s.cells[(r, 0)] = fods.Cell(round(rnd.uniform(1, 100), 2))
        s.cells[(r, 1)] = fods.Cell(round(rnd.uniform(0.1, 0.9), 3))
        s.cells[(r, 2)] = fods.Cell(round(rnd.uniform(-0.5, 0.5), 3))
    return s


def gpdelta_formula(kind, r, m, c):
    """The add-in, or one of two built-in formulas that compute the same sum(r*m*c)."""
    return {"addin": f"=SSF_GPDELTA({r};{m};{c})",
            "builtin": f"=SUMPRODUCT({r};{m};{c})",  # Calc's fastest form
            "product": f"=SUMPRODUCT({r}*{m}*{c})"}[kind]  # the baseline of the argument-type choice


def many_small(kind):
    wb = fods.Workbook()
    s = data_sheet(wb, ROWS + 4)
    for r in range(ROWS):
        a, b = r + 1, r + 5
        s.cells[(r, 4)] = fods.Cell(formula=gpdelta_formula(kind, f"A{a}:A{b}", f"B{a}:B{b}", f"C{a}:C{b}"))
    return wb, [(0, 4), (ROWS - 1, 4)]


def few_large(kind, whole=False):
    wb = fods.Workbook()
    s = data_sheet(wb)
    rng = ("A:A", "B:B", "C:C") if whole else (f"A1:A{ROWS}", f"B1:B{ROWS}", f"C1:C{ROWS}")
    for r in range(20):
        s.cells[(r, 4)] = fods.Cell(formula=gpdelta_formula(kind, *rng))
    return wb, [(0, 4), (19, 4)]


def fitmatrix(kind):
    addin = kind == "addin"
    wb = fods.Workbook()
    s = wb.sheet("Data")
    rnd = random.Random(3)
    n = 1000
    for r in range(n):
        for c in range(6):
            s.cells[(r, c)] = fods.Cell(f"label{rnd.randint(0, 3)}")
    if addin:
        s.cells[(0, 7)] = fods.Cell(formula=f"=SSF_FITMATRIX(A1:F{n})", array=(n, n))
    else:  # the built-in way: six label comparisons per pair, as one array formula
        terms = "+".join(f"({c}1:{c}{n}=TRANSPOSE({c}1:{c}{n}))" for c in "ABCDEF")
        s.cells[(0, 7)] = fods.Cell(formula=f"=({terms})/6", array=(n, n))
    return wb, [(0, 7), (1, 8)]


SCENARIOS = {
    "many_small": many_small,
    "few_large": few_large,
    "whole_column": lambda kind: few_large(kind, whole=True),
    "fitmatrix": fitmatrix,
}


def time_book(office, path, probes, repeat):
    t0 = time.perf_counter()
    doc = office.load(path)
    load = time.perf_counter() - t0
    times = recalc_times(doc, repeat)
    sheet = doc.Sheets.getByIndex(0)
    values = [sheet.getCellByPosition(c, r) for r, c in probes]
    values = [(v.getError(), v.getValue()) for v in values]
    doc.close(True)
    return statistics.median(times), load, values


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", choices=sorted(SCENARIOS))
    args = ap.parse_args()
    print(f"{'scenario':<14}{'add-in s':>10}{'built-in s':>12}{'ratio':>8}{'a*b*c s':>10}{'ratio':>8}   values")
    with tempfile.TemporaryDirectory() as tmp, Office(oxt=args.oxt, timeout=600) as office:
        for name, make in SCENARIOS.items():
            if args.only and name != args.only:
                continue
            kinds = ("addin", "builtin") if name == "fitmatrix" else ("addin", "builtin", "product")
            result = {}
            for kind in kinds:
                wb, probes = make(kind)
                path = Path(tmp) / f"{name}_{kind}.fods"
                wb.write(path)
                result[kind] = time_book(office, path, probes, args.repeat)
            ta, _, va = result["addin"]
            tb, _, vb = result["builtin"]
            same = "same" if all(ea == eb == 0 and abs(a - b) <= 1e-9 * max(1, abs(b))
                                 for (ea, a), (eb, b) in zip(va, vb)) else f"DIFFER {va} {vb}"
            product = f"{result['product'][0]:>10.3f}{ta / result['product'][0]:>8.2f}" if "product" in result \
                else f"{'-':>10}{'-':>8}"
            print(f"{name:<14}{ta:>10.3f}{tb:>12.3f}{ta / tb:>8.2f}{product}   {same}", flush=True)

if __name__ == "__main__":
    main()
