"""Self-checking workbooks: a "Checks" sheet with one row per case

    A case | B result (the formula under test) | C expected | D kind | E OK

and one summary cell, Checks.G1 (named AllChecksPass), that must be TRUE.
A person opening the file in Calc sees the same verdict the test sees; the
test also reads every row itself, so a wrong E formula cannot hide a failure.

Kinds: "number" (within 1e-9 relative), "text", "anyerror", and "error" with the code
Calc's ERRORTYPE() gives: 502 (invalid argument), 504 (parameter list error:
Calc refused the argument), 32767 (#N/A).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import fods  # noqa: E402

ERR_ARG, ERR_PARAM, ERR_NA = 502, 504, 32767
# DOMAIN.md's worked example, five products ($M, fractions): the workbooks' shared table.
REVENUE = [35, 25, 16, 13, 11]
MARGIN = [0.50, 0.55, 0.60, 0.75, 0.85]
CHANGE = [0.18, 0.20, -0.50, -0.35, -0.25]
SUMMARY = "AllChecksPass"


class CheckSheet:
    def __init__(self, workbook):
        self.sheet = workbook.sheet("Checks")
        self.sheet.row("A1", ["case", "result", "expected", "kind", "OK"], style="bold")
        self.sheet.set("F1", "all checks pass:")
        self.row = 1
        self.cases = []
        workbook.names[SUMMARY] = "Checks.G1"
        self.sheet.widths.update({0: "9cm", 1: "4cm", 2: "4cm"})

    def _add(self, case, formula, expected, kind, ok):
        r = self.row + 1
        self.sheet.set(f"A{r}", case)
        self.sheet.set(f"B{r}", formula)
        self.sheet.set(f"C{r}", expected)
        self.sheet.set(f"D{r}", kind)
        self.sheet.set(f"E{r}", ok.format(r=r))
        self.cases.append((r, case, kind, expected))
        self.row = r

    def number(self, case, formula, expected):
        self._add(case, formula, expected, "number",
                  "=IFERROR(ABS(B{r}-C{r})<=1E-9*MAX(1;ABS(C{r}));FALSE())")

    def text(self, case, formula, expected):
        self._add(case, formula, expected, "text", "=IFERROR(EXACT(B{r};C{r});FALSE())")

    def error(self, case, formula, code):
        self._add(case, formula, code, "error", "=IFERROR(ERRORTYPE(B{r});0)=C{r}")

    def any_error(self, case, formula):
        """Any error value will do (the hostile test: never a wrong number)."""
        self._add(case, formula, "an error", "anyerror", "=ISERROR(B{r})")

    def finish(self):
        self.sheet.set("G1", f"=AND(E2:E{self.row})", style="bool")
