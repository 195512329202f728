#!/usr/bin/python3
"""The "Shared Sales Force" menu: Addons.xcu puts it in Calc's menu bar for
spreadsheets only, and its commands are handled by our C++ protocol handler.
New decision workbook opens an untitled document from the template in the
.oxt (the decision workbook: its named figures recalculate to DOMAIN.md's
worked example), and the template folder is one of LibreOffice's template
folders (File > New > Templates). Insert checklist inserts the checklist at
the cursor: the six
questions (SSF_QUESTION), an answer column, the fit score and the verdict,
which compute as soon as the answers are typed. Oracles: DOMAIN.md (equal
weights: 5 Yes of 6 is 5/6, "Shared sales force fits"; 4 of 6 is 2/3,
"Fits only with focus levers"; a blank answer is #N/A)."""
import argparse
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tools")]
import uno  # noqa: E402
from office import Office, prop  # noqa: E402
from tally import Tally  # noqa: E402

COMMAND = "org.ssfcalc.menu:InsertChecklist"
NEW_WORKBOOK = "org.ssfcalc.menu:NewDecisionWorkbook"
# DOMAIN.md section 1, the worked example the decision workbook starts with.
WORKED_EXAMPLE = {"GPDelta": -4.65, "VolumeEffect": -2.398, "MixEffect": -2.252, "NetImpact": -1.65}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt", required=True)
    args = ap.parse_args()
    check = Tally()

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
            check(urls == [NEW_WORKBOOK, COMMAND], f"menu items {urls}")

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

        # -- New decision workbook: an untitled document from the shipped template
        def documents():
            found, e = [], office.desktop.getComponents().createEnumeration()
            while e.hasMoreElements():
                found.append(e.nextElement())
            return found

        before = {id(d) for d in documents()}
        # Hidden: a headless office crashes on a visible document (a real one shows it).
        helper.executeDispatch(frame, NEW_WORKBOOK, "", 0, (prop("Hidden", True),))
        new = [d for d in documents() if d.getURL() == "" and d.supportsService("com.sun.star.sheet.SpreadsheetDocument")
               and d.NamedRanges.hasByName("GPDelta")]
        check(len(new) == 1, f"one new untitled decision workbook ({len(documents()) - len(before)} new documents)")
        if new:
            wb = new[0]
            check(wb.DocumentProperties.TemplateURL.endswith("/templates/decision.ots"),
                  f"made from the template: {wb.DocumentProperties.TemplateURL}")
            wb.calculateAll()
            for name, want in WORKED_EXAMPLE.items():
                got = wb.NamedRanges.getByName(name).getReferredCells().getCellByPosition(0, 0).getValue()
                check(abs(got - want) < 1e-9, f"{name} = {got} (DOMAIN.md {want})")
            wb.close(True)

        # -- the template folder is one of LibreOffice's (File > New > Templates)
        paths = office.smgr.createInstanceWithContext("com.sun.star.util.PathSettings", office.ctx)
        ours = [u for u in paths.Template_internal if "ssfcalc" in u.lower() or u.endswith("/templates")]
        files = office.smgr.createInstanceWithContext("com.sun.star.ucb.SimpleFileAccess", office.ctx)

        def real(u):
            """A vnd.sun.star.expand: URL (how %origin% is stored) as a plain one."""
            if not u.startswith("vnd.sun.star.expand:"):
                return u
            expander = office.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
            return expander.expandMacros(urllib.parse.unquote(u[len("vnd.sun.star.expand:"):]))

        check(any(files.exists(real(u) + "/decision.ots") for u in ours),
              f"a template folder holds decision.ots: {ours}")
        check(office.alive(), "the office is still running")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
