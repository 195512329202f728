#!/usr/bin/python3
"""The "Shared Sales Force" menu: Addons.xcu puts it in Calc's menu bar for
spreadsheets only, and its command org.ssfcalc.menu:InsertChecklist, handled
by our C++ protocol handler, inserts the checklist at the cursor: the six
questions (SSF_QUESTION), an answer column, the fit score and the verdict,
which compute as soon as the answers are typed. Oracles: DOMAIN.md (equal
weights: 5 Yes of 6 is 5/6, "Shared sales force fits"; 4 of 6 is 2/3,
"Fits only with focus levers"; a blank answer is #N/A)."""
import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools")]
import uno  # noqa: E402
from office import Office, prop  # noqa: E402

COMMAND = "org.ssfcalc.menu:InsertChecklist"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    passed = failed = 0

    def check(ok, what):
        nonlocal failed, passed
        print(("ok   " if ok else "FAIL ") + what)
        passed, failed = passed + bool(ok), failed + (not ok)

    with Office(oxt=args.oxt) as office:
        provider = office.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", office.ctx)
        menus = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess",
            (prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar"),))
        check(menus.hasByName("org.ssfcalc.menu"), "the menu is registered in the Addons configuration")
        if menus.hasByName("org.ssfcalc.menu"):
            menu = menus.getByName("org.ssfcalc.menu")
            check(menu.Context == "com.sun.star.sheet.SpreadsheetDocument", f"shown for spreadsheets only: {menu.Context}")
            check(menu.Title == "Shared Sales Force", f"menu title {menu.Title!r}")
            urls = [menu.Submenu.getByName(n).URL for n in menu.Submenu.getElementNames()]
            check(COMMAND in urls, f"menu items {urls}")

        doc = office.new_calc()
        frame = doc.getCurrentController().getFrame()
        url = uno.createUnoStruct("com.sun.star.util.URL")
        url.Complete = COMMAND
        check(frame.queryDispatch(url, "_self", 0) is not None, "the frame finds a handler for the command")

        sheet = doc.Sheets.getByIndex(0)
        doc.getCurrentController().select(sheet.getCellRangeByName("C3"))
        helper = office.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
        helper.executeDispatch(frame, COMMAND, "", 0, ())
        doc.calculateAll()
        cell = sheet.getCellRangeByName
        check(cell("C3").getString() == "Shared Sales Force Checklist", f"title at the cursor: {cell('C3').getString()!r}")
        questions = [cell(f"C{r}") for r in range(4, 10)]
        check([q.getFormula() for q in questions] == [f"=ORG.SSFCALC.FUNCTIONS.QUESTION({n})" for n in range(1, 7)],
              "six question cells =SSF_QUESTION(1..6)")
        check("same buying group and decision-makers" in questions[1].getString(),
              f"question 2 (DOMAIN.md SAME_BUYER): {questions[1].getString()!r}")
        score, verdict = cell("D10"), cell("D11")
        check(score.getError() != 0 and score.getString() == "#N/A", f"no answers yet: score {score.getString()!r}")

        def answer(values):
            for r, v in zip(range(4, 10), values):
                cell(f"D{r}").setString(v)
            doc.calculateAll()

        answer(["Yes", "Yes", "Yes", "Yes", "No", "Yes"])
        check(abs(score.getValue() - 5 / 6) < 1e-12, f"5 Yes of 6: score {score.getValue()}")
        check(verdict.getString() == "Shared sales force fits", f"verdict {verdict.getString()!r}")
        answer(["Yes", "No", "Yes", "Yes", "No", "Yes"])
        check(abs(score.getValue() - 4 / 6) < 1e-12, f"4 Yes of 6: score {score.getValue()}")
        check(verdict.getString() == "Fits only with focus levers", f"verdict {verdict.getString()!r}")
        check(office.alive(), "the office is still running")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
