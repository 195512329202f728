#!/usr/bin/python3
"""Soak: recalculate a workbook with 100,000 add-in cells 20 times in one
office process and watch soffice.bin's resident memory. Fails if memory keeps
growing: after the first recalculation (caches warm) the growth over the
remaining rounds must stay under --max-growth-mb."""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools")]
import fods  # noqa: E402
from office import Office  # noqa: E402


def office_rss_mb(group):
    """Resident memory of soffice.bin in the office's process group."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) == group and "soffice.bin" in stat.split(")")[0]:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except (OSError, IndexError, ValueError):
            continue
    raise RuntimeError("soffice.bin not found")


def workbook(cells):
    wb = fods.Workbook()
    s = wb.sheet("Soak")
    for r in range(cells + 4):
        s.cells[(r, 0)] = fods.Cell(10 + r % 7)
        s.cells[(r, 1)] = fods.Cell(0.5)
        s.cells[(r, 2)] = fods.Cell(-0.1 if r % 2 else 0.2)
    for r in range(cells):
        s.cells[(r, 4)] = fods.Cell(formula=f"=SSF_GPDELTA(A{r + 1}:A{r + 5};B{r + 1}:B{r + 5};C{r + 1}:C{r + 5})")
    return wb


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--cells", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--max-growth-mb", type=float, default=40)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Office(oxt=args.oxt, timeout=600) as office:
        path = Path(tmp) / "soak.fods"
        workbook(args.cells).write(path)
        doc = office.load(path)
        group = office.proc.pid
        before = office_rss_mb(group)
        rss = []
        started = time.monotonic()
        for _ in range(args.rounds):
            doc.calculateAll()
            rss.append(office_rss_mb(group))
        seconds = time.monotonic() - started
        probe = doc.Sheets.getByIndex(0).getCellByPosition(4, 0)
        ok_value = probe.getError() == 0
        doc.close(True)
    growth = rss[-1] - rss[0]
    print(f"{args.cells} add-in cells, {args.rounds} recalculations in {seconds:.1f} s")
    print(f"soffice.bin resident memory: {before:.0f} MB after load, {rss[0]:.0f} MB after the first "
          f"recalculation, {rss[-1]:.0f} MB after the last (growth {growth:+.1f} MB)")
    print("per round: " + " ".join(f"{v:.0f}" for v in rss))
    failed = (growth > args.max_growth_mb) + (not ok_value)
    print(f"{2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
