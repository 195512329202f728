#!/usr/bin/python3
"""Recalculate a workbook in headless LibreOffice with the extension in a
private profile, and print named ranges as text tables.

    tools/recalc_print.py --oxt build/ssfcalc.oxt BOOK.fods NAME [NAME...]

Exit status 1 if any printed cell holds an error value."""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from office import Office  # noqa: E402


def table(cells):
    rows = cells.getRows().getCount()
    cols = cells.getColumns().getCount()
    out, errors = [], 0
    for r in range(rows):
        line = []
        for c in range(cols):
            cell = cells.getCellByPosition(c, r)
            errors += cell.getError() != 0
            line.append(cell.getString())
        out.append(line)
    widths = [max(len(row[c]) for row in out) for c in range(cols)]
    text = "\n".join("  ".join(v.rjust(w) if c else v.ljust(w) for c, (v, w) in enumerate(zip(row, widths))).rstrip()
                     for row in out)
    return text, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True)
    ap.add_argument("workbook")
    ap.add_argument("names", nargs="+")
    args = ap.parse_args()
    errors = 0
    with Office(oxt=args.oxt) as office:
        doc = office.load(args.workbook)
        doc.calculateAll()
        for name in args.names:
            text, errs = table(doc.NamedRanges.getByName(name).getReferredCells())
            errors += errs
            print(f"\n== {name} ==\n{text}")
        doc.close(True)
    if errors:
        print(f"\n{errors} cells hold error values", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
