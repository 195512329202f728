#!/usr/bin/python3
"""Names are a file format: a saved .ods stores every function as
ORG.SSFCALC.FUNCTIONS.<METHOD>. Enter each catalogue function the way a user
does (XCell.setFormula with the SSF_ name), save as .ods, read content.xml,
then reopen the saved file and check it still computes."""
import argparse
import re
import sys
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT / "tools")]
from office import Office  # noqa: E402
from tally import Tally  # noqa: E402

# The frozen contract: changing any of these breaks every saved workbook.
SERVICE = "ORG.SSFCALC.FUNCTIONS"
GPDELTA_ODF = "of:=ORG.SSFCALC.FUNCTIONS.GPDELTA([.B2:.B6];[.C2:.C6];[.D2:.D6])"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    catalogue = tomllib.loads((ROOT / "catalogue" / "functions.toml").read_text())
    assert catalogue["service"]["name"].upper() == SERVICE, "the service name is frozen"
    check = Tally()

    with Office(oxt=args.oxt) as office:
        doc = office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        for col, values in zip("BCD", ([35, 25, 16, 13, 11], [0.5, 0.55, 0.6, 0.75, 0.85],
                                        [0.18, 0.2, -0.5, -0.35, -0.25])):
            for i, v in enumerate(values):
                sheet.getCellRangeByName(f"{col}{i + 2}").setValue(v)
        # Every function, typed as a user types it: the wizard's SSF_ name.
        functions = catalogue["function"]
        for i, f in enumerate(functions):
            args_text = ";".join("B2:B6" if p["kind"] == "range" else "1" for p in f["params"]
                                 if not p.get("optional"))
            sheet.getCellRangeByName(f"H{i + 1}").setFormula(f"={f['name']}({args_text})")
        gp = sheet.getCellRangeByName("F1")
        gp.setFormula("=SSF_GPDELTA(B2:B6;C2:C6;D2:D6)")
        doc.calculateAll()
        check(abs(gp.getValue() + 4.65) < 1e-9, f"typed =SSF_GPDELTA gives -4.65 (got {gp.getString()})")
        saved = office.save_as(doc, "names.ods")
        doc.close(True)
        content = zipfile.ZipFile(saved).read("content.xml").decode("utf-8")
        check(GPDELTA_ODF in content, f"content.xml stores {GPDELTA_ODF}")
        for f in functions:
            stored = f"{SERVICE}.{f['method'].upper()}("
            check(stored in content, f"{f['name']} is stored as {stored}")
        check(not re.search(r'table:formula="of:=SSF_', content), "no display name leaks into the file")

        # Reopen: ODS add-in cells are recalculated on load.
        doc = office.load(saved)
        cell = doc.Sheets.getByIndex(0).getCellRangeByName("F1")
        check(abs(cell.getValue() + 4.65) < 1e-9 and cell.getError() == 0,
              f"reopened file computes -4.65 (got {cell.getString()})")
        check(cell.getFormula().startswith("=ORG.SSFCALC.FUNCTIONS.GPDELTA(") or
              cell.getFormula().startswith("=SSF_GPDELTA("), f"formula survives: {cell.getFormula()}")
        doc.close(True)
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
