#!/usr/bin/python3
"""Office test: install the built .oxt into a private profile, load a
self-checking workbook (built from tests/office/workbooks/<name>.py) in real
headless LibreOffice, recalculate everything, and assert the summary cell and
every case row. Fails, never skips, when LibreOffice is missing."""
import argparse
import importlib
import math
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "workbooks"), str(HERE.parents[1] / "tools")]

import fods  # noqa: E402
from checkbook import SUMMARY  # noqa: E402
from office import Office  # noqa: E402


def api_formula(formula):
    """'=SSF_X(Data.B2:B6)' in the syntax XCell.setFormula takes: '=ORG...X($Data.B2:B6)'."""
    odf = fods.odf_formula(formula)[len("of:"):]
    return re.sub(r"\[([^\]]*)\]", lambda m: m.group(1).replace(":.", ":").lstrip("."), odf)


def office_peak_mb(root_pid):
    """Peak resident memory (VmHWM) of the soffice.bin under root_pid, in MB."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    peak, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        if "\nName:\tsoffice.bin" in "\n" + status:
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) // 1024)
    return peak


def check_cell(cell, kind, expected_cell):
    """Independent of the workbook's own OK column: (ok, what we saw)."""
    err = cell.getError()
    if kind == "anyerror":
        return err != 0, f"error {err}" if err else f"value {cell.getString()!r}"
    if kind == "error":
        want = int(expected_cell.getValue())
        return err == want, f"error {err}" if err else f"value {cell.getString()!r}"
    if err:
        return False, f"error {err}"
    if kind == "number":
        got, want = cell.getValue(), expected_cell.getValue()
        return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9), repr(got)
    return cell.getString() == expected_cell.getString(), repr(cell.getString())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--workbook", required=True, help="module name in tests/office/workbooks")
    ap.add_argument("--keep", help="also save the generated .fods here")
    args = ap.parse_args()

    module = importlib.import_module(args.workbook)
    wb = module.build()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep or tmp) / f"{args.workbook}.fods"
        wb.write(path)
        with Office(oxt=args.oxt) as office:
            started = time.monotonic()
            doc = office.load(path)
            doc.calculateAll()
            seconds = time.monotonic() - started
            # A workbook may bound its own load + recalculation time.
            limit = getattr(module, "MAX_SECONDS", None)
            print(f"load and recalculation: {seconds:.2f} s" + (f" (limit {limit} s)" if limit else ""))
            # A workbook may bound the office's peak memory (hostile: a whole sheet).
            max_mb = getattr(module, "MAX_OFFICE_MB", None)
            peak_mb = office_peak_mb(office.proc.pid) if max_mb else 0
            if max_mb:
                print(f"soffice.bin peak resident memory (VmHWM): {peak_mb} MB (limit {max_mb} MB)")
            sheet = doc.Sheets.getByName("Checks")
            passed = failed = 0
            row = 1
            while True:
                kind = sheet.getCellByPosition(3, row).getString()
                if not kind:
                    break
                case = sheet.getCellByPosition(0, row).getString()
                ok, seen = check_cell(sheet.getCellByPosition(1, row), kind, sheet.getCellByPosition(2, row))
                own = sheet.getCellByPosition(4, row)
                # The workbook's own verdict must agree with ours.
                if ok and own.getError() == 0 and own.getValue() == 1:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL row {row + 1}: {case}: saw {seen}, expected {kind} "
                          f"{sheet.getCellByPosition(2, row).getString()!r}; workbook OK cell "
                          f"{own.getString()!r}")
                row += 1
            summary = doc.NamedRanges.getByName(SUMMARY).getReferredCells().getCellByPosition(0, 0)
            summary_ok = summary.getError() == 0 and summary.getValue() == 1
            print(f"summary cell {SUMMARY}: {summary.getString()}")
            if not summary_ok:
                failed += 1
            if max_mb and not 0 < peak_mb <= max_mb:
                print(f"FAIL: soffice.bin peak memory {peak_mb} MB (limit {max_mb} MB, 0: not found)")
                failed += 1
            if limit and seconds > limit:
                print(f"FAIL: took {seconds:.1f} s, more than {limit} s")
                failed += 1
            # Cases timed one by one (entered into a spare cell: Calc
            # calculates it at once, nothing else is dirty).
            spare = sheet.getCellByPosition(20, 0)
            slowest = 0.0
            for case, formula, code, most in getattr(module, "TIMED", []):
                started = time.monotonic()
                spare.setFormula(api_formula(formula))
                err = spare.getError()
                took = time.monotonic() - started
                slowest = max(slowest, took)
                if err == code and took <= most:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL timed: {case}: error {err} (want {code}) in {took:.3f} s (at most {most} s)")
            if getattr(module, "TIMED", None):
                print(f"{len(module.TIMED)} cases timed one by one: slowest {slowest * 1000:.0f} ms "
                      f"(limit {max(m for *_, m in module.TIMED)} s each)")
            alive = office.alive()
            doc.close(True)
    if not alive:
        print("FAIL: LibreOffice died")
        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
