#!/usr/bin/python3
"""Function Wizard: Calc, with the extension installed, lists every catalogue
function under its SSF_ name in the Add-In category, with the catalogue's
description in the office's UI language (--language, a profile whose UI
language is set: German needs libreoffice-l10n-de), and every parameter with
its display name, description and optional flag (read through
com.sun.star.sheet.FunctionDescriptions)."""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools")]
import catalogue  # noqa: E402
from office import Office  # noqa: E402
from tally import Tally  # noqa: E402

ADDIN_CATEGORY = 11  # com.sun.star.sheet.FunctionCategory.ADDIN
# Calc's own name for SUM in each UI language: proof that the language is
# active (Japanese Calc keeps the English names: its description is checked).
BUILTIN_SUM = {"en-US": "SUM", "de": "SUMME", "fr": "SOMME", "es": "SUMA", "ja": "SUM"}
JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    ap.add_argument("--language", default="en-US", choices=sorted(BUILTIN_SUM))
    args = ap.parse_args()
    lang = args.language
    data = catalogue.load()
    english = data["function"]
    functions = english if lang == "en-US" else catalogue.localized(data, lang)[0]
    check = Tally(quiet=True)

    with Office(oxt=args.oxt, ui_language=None if lang == "en-US" else lang) as office:
        descriptions = office.smgr.createInstanceWithContext("com.sun.star.sheet.FunctionDescriptions", office.ctx)
        listed = {}
        for i in range(descriptions.getCount()):
            props = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            listed[props["Name"]] = props
        check(BUILTIN_SUM[lang] in listed, f"Calc's UI language is {lang}: SUM is listed as {BUILTIN_SUM[lang]}")
        if lang == "ja":
            check(JAPANESE.search(listed["SUM"]["Description"]), f"SUM is described in Japanese: {listed['SUM']['Description']!r}")
        for e, f in zip(english, functions):
            # Function names stay SSF_... in every language (README, "Languages").
            d = listed.get(f["name"])
            check(d is not None, f"{f['name']} is listed")
            if d is None:
                continue
            check(d["Category"] == ADDIN_CATEGORY, f"{f['name']} is in the Add-In category ({d['Category']})")
            want = catalogue.wizard_description(data, lang, e)
            check(d["Description"] == want, f"{f['name']} description: {d['Description']!r} != {want!r}")
            params = list(d["Arguments"])
            # Calc passes a "caller" parameter (the document) itself: the wizard
            # never shows it (and localized() leaves it out).
            shown = catalogue.visible(f)
            check(len(params) == len(shown), f"{f['name']} has {len(shown)} parameters, wizard {len(params)}")
            notes = None if lang == "en-US" else data["l10n"][lang]["notes"]
            for got, want, en in zip(params, shown, catalogue.visible(e)):
                check(got.Name == want["display"], f"{f['name']} parameter {got.Name!r} != {want['display']!r}")
                check(got.Description == catalogue.described(want, want["description"], notes),
                      f"{f['name']}.{want['display']} description: {got.Description!r}")
                # Calc marks every `any` parameter optional (it cannot be told
                # otherwise); a required one left out gives Err:502. So the
                # wizard's flag is: optional unless a cell reference.
                check(bool(got.IsOptional) == (want["kind"] != "range"), f"{f['name']}.{want['display']} optional flag")
                if lang == "en-US":
                    says = want["description"].startswith("Optional")
                    check(says == bool(en.get("optional")), f"{f['name']}.{want['display']} says Optional iff optional")
        ssf = [n for n in listed if n.startswith("SSF_")]
        print(f"[{lang}] wizard lists {len(ssf)} SSF_ functions; catalogue has {len(english)}")
        check(len(ssf) == len(english), "no extra SSF_ functions")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
