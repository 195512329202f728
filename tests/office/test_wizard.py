#!/usr/bin/python3
"""Function Wizard: Calc, with the extension installed, lists every catalogue
function under its SSF_ name in the Add-In category, with the catalogue's
description, and every parameter with its display name, description and
optional flag (read through com.sun.star.sheet.FunctionDescriptions)."""
import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools")]
from catalogue import described  # noqa: E402  (a parameter's help with what Calc makes of its kind)
from office import Office  # noqa: E402

ADDIN_CATEGORY = 11  # com.sun.star.sheet.FunctionCategory.ADDIN


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    catalogue = tomllib.loads((ROOT / "catalogue" / "functions.toml").read_text())
    passed = failed = 0

    def check(ok, what):
        nonlocal failed, passed
        if not ok:
            print("FAIL " + what)
        passed, failed = passed + ok, failed + (not ok)

    with Office(oxt=args.oxt) as office:
        descriptions = office.smgr.createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions", office.ctx)
        listed = {}
        for i in range(descriptions.getCount()):
            props = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            listed[props["Name"]] = props
        for f in catalogue["function"]:
            d = listed.get(f["name"])
            check(d is not None, f"{f['name']} is listed")
            if d is None:
                continue
            check(d["Category"] == ADDIN_CATEGORY, f"{f['name']} is in the Add-In category ({d['Category']})")
            check(d["Description"] == f["summary"], f"{f['name']} description: {d['Description']!r}")
            params = list(d["Arguments"])
            # Calc passes a "caller" parameter (the document) itself: the wizard never shows it.
            shown = [p for p in f["params"] if p["kind"] != "caller"]
            check(len(params) == len(shown), f"{f['name']} has {len(shown)} parameters, wizard {len(params)}")
            for got, want in zip(params, shown):
                check(got.Name == want["display"], f"{f['name']} parameter {got.Name!r} != {want['display']!r}")
                check(got.Description == described(want), f"{f['name']}.{want['display']} description")
                # Calc marks every `any` parameter optional (it cannot be told
                # otherwise); a required one left out gives Err:502. So the
                # wizard's flag is: optional unless a cell reference.
                check(bool(got.IsOptional) == (want["kind"] != "range"), f"{f['name']}.{want['display']} optional flag")
                if want.get("optional"):
                    check(want["description"].startswith("Optional"), f"{f['name']}.{want['display']} says Optional")
                else:
                    check(not want["description"].startswith("Optional"), f"{f['name']}.{want['display']} is required")
        print(f"wizard lists {len([n for n in listed if n.startswith('SSF_')])} SSF_ functions; "
              f"catalogue has {len(catalogue['function'])}")
        check(len([n for n in listed if n.startswith("SSF_")]) == len(catalogue["function"]), "no extra SSF_ functions")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
