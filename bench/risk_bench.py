#!/usr/bin/python3
"""Benchmark: SSF_RISK recalculated in Calc against the core's own time for
the same call, in the same run (issue 13: under 50 ms for 10,000 trials of
100 products, within 1.5x of the core; a million trials must not freeze Calc).

    bench/risk_bench.py --oxt build/ssfcalc.oxt --core build/bench/risk_core_bench [--repeat 11]

Each scenario is a workbook with the products of risk_core_bench.cpp's
product() and one {=SSF_RISK(...)} array formula; calculateAll() is timed
`repeat` times and the median reported, next to the median of the same
workbook without the formula (Calc's fixed cost of a recalculation) and the
core's median for the same call. The six figures Calc shows must equal the
core's: the same call, not a look-alike.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import fods  # noqa: E402
from office import Office, recalc_times  # noqa: E402

SCENARIOS = [  # (name, products, trials, mode)
    ("10k trials x 100 products", 100, 10_000, "independent"),
    ("10k trials x 100 products, together", 100, 10_000, "together"),
    ("1M trials x 5 products", 5, 1_000_000, "independent"),
]


def product(i):
    """risk_core_bench.cpp's product(i): revenue, margin, low, likely, high."""
    low = -0.30 + (i % 5) * 0.02
    return [1.0 + (i * 37 % 100), 0.2 + (i % 7) * 0.1, low, low + 0.10 + (i % 3) * 0.05, low + 0.25 + (i % 4) * 0.05]


def workbook(n, trials, mode, with_formula):
    wb = fods.Workbook()
    s = wb.sheet("Data")
    for i in range(n):
        for c, v in enumerate(product(i)):
            s.cells[(i, c)] = fods.Cell(v)
    if with_formula:
        args = ";".join(f"{col}1:{col}{n}" for col in "ABCDE")
        s.set("H1", f"=SSF_RISK({args};3;{trials};1;\"{mode}\")", array=(1, 6))
    return wb


def time_book(office, path, repeat):
    doc = office.load(path)
    times = recalc_times(doc, repeat)
    sheet = doc.Sheets.getByIndex(0)
    cells = [sheet.getCellByPosition(7 + c, 0) for c in range(6)]
    values = [None if cell.getError() else cell.getValue() for cell in cells]
    doc.close(True)
    return statistics.median(times) * 1000, values


def core(binary, n, trials, mode, repeat):
    out = subprocess.run([binary, str(n), str(trials), str(repeat), mode], check=True, capture_output=True,
                         text=True).stdout.split()
    return float(out[0]), [float(v) for v in out[1:]]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--core", required=True, help="the risk_core_bench executable (build/bench/)")
    ap.add_argument("--repeat", type=int, default=11)
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    print(f"{'scenario':<38}{'Calc ms':>9}{'empty ms':>10}{'core ms':>9}{'ratio':>7}   figures")
    failed = False
    with tempfile.TemporaryDirectory() as tmp, Office(oxt=args.oxt, timeout=600) as office:
        for name, n, trials, mode in SCENARIOS:
            repeat = args.repeat if trials <= 10_000 else max(3, args.repeat // 3)
            timed = {}
            for with_formula in (True, False):
                path = Path(tmp) / f"risk_{n}_{trials}_{mode}_{int(with_formula)}.fods"
                workbook(n, trials, mode, with_formula).write(path)
                timed[with_formula] = time_book(office, path, repeat)
            calc_ms, values = timed[True]
            empty_ms = timed[False][0]
            core_ms, figures = core(args.core, n, trials, mode, repeat)
            same = all(v is not None and abs(v - f) <= 1e-9 * max(1, abs(f)) for v, f in zip(values, figures))
            failed = failed or not same
            print(f"{name:<38}{calc_ms:>9.1f}{empty_ms:>10.1f}{core_ms:>9.1f}{calc_ms / core_ms:>7.2f}   "
                  f"{'same as the core' if same else f'DIFFER {values} {figures}'}", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
