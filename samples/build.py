#!/usr/bin/python3
"""Build the sample workbooks for BU leaders in headless LibreOffice with the
ssfcalc extension installed in a private profile (tools/office.py).

    samples/build.py --oxt build/ssfcalc.oxt --out build/samples [--only decision]

For each sample (decision, levers, reptime) it writes into --out:
    <name>.ods          the workbook (needs the extension)
    <name>.pdf          every sheet, landscape, fit to the page width
    <name>-values.ods   a values-only copy for readers without the extension:
                        every formula replaced by its value
    <name>-<page>.png   the PDF's pages at 60 dpi (pdftoppm, poppler-utils)
and fails (exit status 1) if a workbook's AllChecksPass is not TRUE, if any
cell holds an error value, or if the values-only copy still holds a formula.
Run it with Debian's /usr/bin/python3 (it has the uno module).
"""
import argparse
import importlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tools")]

from office import Office  # noqa: E402
from style import Book  # noqa: E402

SAMPLES = ["decision", "levers", "reptime"]
FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA
ERROR_TEXTS = ("#NAME?", "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NULL!", "Err:")


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)


def error_cells(doc):
    """Every cell on every sheet that shows an error value: [(sheet, row, col, shown)]."""
    found = []
    for sheet in doc.Sheets:
        area = used_area(sheet)
        for r, row in enumerate(area.getDataArray()):
            for c, value in enumerate(row):
                # getDataArray gives void (None) for an error cell.
                if value is None or (isinstance(value, str) and value.startswith(ERROR_TEXTS)):
                    shown = sheet.getCellByPosition(c, r).getString()
                    found.append((sheet.Name, r + 1, c + 1, shown))
    return found


def all_checks_pass(doc):
    cell = doc.NamedRanges.getByName("AllChecksPass").getReferredCells().getCellByPosition(0, 0)
    return cell.getError() == 0 and cell.getValue() == 1


def freeze_values(doc, note):
    """Replace every formula by its value (the values-only copy); titles say so."""
    for sheet in doc.Sheets:
        ranges = sheet.queryContentCells(FORMULA).RangeAddresses
        blocks = []
        for a in ranges:
            rng = sheet.getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow)
            blocks.append((rng, rng.getDataArray()))
        # Whole array formulas go at once: clear every formula of the used area first.
        used_area(sheet).clearContents(FORMULA)
        for rng, data in blocks:
            rng.setDataArray(data)
        title = sheet.getCellRangeByName("A1")
        title.setString(title.getString() + "  (values-only copy)")
        sheet.getCellRangeByName("A3").setString(note)


def formulas_in(path):
    """How many table:formula attributes an .ods's content.xml holds."""
    with zipfile.ZipFile(path) as z:
        return z.read("content.xml").decode("utf-8").count("table:formula=")


def render_png(pdf, out_dir, name, dpi=60):
    for old in out_dir.glob(f"{name}-[0-9]*.png"):
        old.unlink()
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        raise SystemExit("pdftoppm is missing: install poppler-utils (scripts/deps.sh lists it)")
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(out_dir / name)], check=True)
    return sorted(out_dir.glob(f"{name}-[0-9]*.png"))


VALUES_NOTE = ("Values-only copy for readers without the ssfcalc extension: the figures are fixed (no formulas). "
               "Yellow cells show the inputs used; change them in the full workbook.")


def build_sample(office, name, out_dir, png=True, template=None):
    """Build one sample; returns (report lines, problems). With `template`,
    also save it there as an ODF template (.ots) before any values are frozen."""
    t0 = time.monotonic()
    module = importlib.import_module(name)
    doc = office.new_calc()
    problems, report = [], []
    try:
        book = Book(doc, module.TITLE, module.SUBJECT)
        checks = module.build(book)
        book.finish()
        if not all_checks_pass(doc):
            problems.append(f"{name}: AllChecksPass is not TRUE")
        for sheet, row, col, shown in error_cells(doc):
            problems.append(f"{name}: error value {shown!r} in {sheet} row {row} column {col}")
        keys = {k: doc.NamedRanges.getByName(k).getReferredCells().getCellByPosition(0, 0).getValue()
                for k in module.KEY_FIGURES}
        for target, filter_name in ((f"{name}.ods", "calc8"), (f"{name}.pdf", "calc_pdf_Export")):
            shutil.copy(office.save_as(doc, target, filter_name), out_dir / target)
        if template:
            shutil.copy(office.save_as(doc, f"{name}.ots", "calc8_template"), template)
        freeze_values(doc, VALUES_NOTE)
        values = out_dir / f"{name}-values.ods"
        shutil.copy(office.save_as(doc, values.name, "calc8"), values)
    finally:
        doc.close(True)
    left = formulas_in(values)
    if left:
        problems.append(f"{name}: the values-only copy still holds {left} formulas")
    pages = render_png(out_dir / f"{name}.pdf", out_dir, name) if png else []
    report.append(f"{name}: {checks} checks, AllChecksPass {'TRUE' if not problems else 'FALSE'}, "
                  f"{len(pages)} PDF pages, {time.monotonic() - t0:.1f} s")
    report.append("    " + ", ".join(f"{k} {v:.6g}" for k, v in keys.items()))
    return report, problems


class watchdog:
    """Kill the office if the build takes longer than `seconds`: a UNO call
    into a hung office never returns, and a build must fail, not hang. The
    pending call then fails and the Office context cleans up."""

    def __init__(self, office, seconds):
        self.office, self.seconds, self.fired = office, seconds, False
        self.timer = threading.Timer(seconds, self._kill)
        self.timer.daemon = True

    def _kill(self):
        self.fired = True
        print(f"FAIL: LibreOffice did not finish within {self.seconds:.0f} s: killing it", file=sys.stderr, flush=True)
        try:
            os.killpg(self.office.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, AttributeError):
            pass

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True, help="the built extension, e.g. build/ssfcalc.oxt")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--only", action="append", choices=SAMPLES, help="build only this sample (repeatable)")
    ap.add_argument("--no-png", action="store_true", help="skip the PNG renders")
    ap.add_argument("--template", type=Path,
                    help="build only the decision sample and save it here as the .oxt's template (.ots)")
    ap.add_argument("--timeout", type=float, default=300,
                    help="seconds before a hung office is killed and the build fails (default 300)")
    args = ap.parse_args()
    out_dir = Path(args.out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    problems = []
    with Office(oxt=args.oxt) as office, watchdog(office, args.timeout):
        for name in ["decision"] if args.template else args.only or SAMPLES:
            report, found = build_sample(office, name, out_dir, png=not (args.no_png or args.template),
                                         template=args.template)
            print("\n".join(report))
            problems += found
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    print(f"samples in {out_dir} ({time.monotonic() - t0:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
