"""Self-checking workbook for README's table "What the error values mean":
one case per situation the table names, so that the table is what Calc 7.4
and 25.2 show (CI runs it on both). Expected codes are ERRORTYPE()'s: 502
Err:502, 504 Err:504, 519 #VALUE!, 32767 #N/A."""
from checkbook import CHANGE, ERR_ARG, ERR_NA, ERR_PARAM, MARGIN, REVENUE, CheckSheet, fods

ERR_VALUE = 519  # #VALUE!


def build():
    wb = fods.Workbook()
    checks = CheckSheet(wb)
    d = wb.sheet("Data")
    d.row("A1", ["revenue", "margin", "change", "text revenue", "error cell", "answers", "row of margins"], style="bold")
    d.column("A2", REVENUE)
    d.column("B2", MARGIN)
    d.column("C2", CHANGE)
    d.column("D2", [35, "25", 16, 13, 11])
    d.column("E2", [0.18, 0.20, "=1/0", -0.35, -0.25])
    d.column("F2", ["Yes", "Yes", None, "No", "Yes", "Yes"])
    d.row("G2", MARGIN)
    gp = "SSF_GPDELTA({};Data.B2:B6;Data.C2:C6)"
    checks.number("a valid call (DOMAIN.md: -4.65)", "=" + gp.format("Data.A2:A6"), -4.65)
    # Err:502: ssfcalc refuses the input.
    checks.error("Err:502: text where a number belongs", "=" + gp.format("Data.D2:D6"), ERR_ARG)
    checks.error("Err:502: ranges of different lengths", "=SSF_GPDELTA(Data.A2:A6;Data.B2:B5;Data.C2:C6)", ERR_ARG)
    checks.error("Err:502: an error value inside a range", "=SSF_GPDELTA(Data.A2:A6;Data.B2:B6;Data.E2:E6)", ERR_ARG)
    checks.error("Err:502: an optional range running the other way",
                 "=SSF_GPDELTA(Data.A2:A6;Data.B2:B6;Data.C2:C6;Data.G2:K2)", ERR_ARG)
    checks.error("Err:502: a range through several sheets", "=SSF_GPDELTA(Data.A2:Checks.A6;Data.B2:B6;Data.C2:C6)",
                 ERR_ARG)
    # #N/A: not known yet.
    checks.error("#N/A: a checklist question is unanswered", "=SSF_FITSCORE(Data.F2:F7)", ERR_NA)
    # Calc refuses the argument before ssfcalc is called.
    checks.error("Err:504: an inline array where a cell reference belongs",
                 "=SSF_GPDELTA({35;25;16;13;11};Data.B2:B6;Data.C2:C6)", ERR_PARAM)
    checks.error("Err:504: a number where a cell reference belongs", "=SSF_GPDELTA(35;Data.B2;Data.C2)", ERR_PARAM)
    checks.error("Err:504: an error value in a range given as an array",
                 "=SSF_GPDELTA(Data.A2:A6;Data.B2:B6;Data.C2:C6;Data.E2:E6)", ERR_PARAM)
    checks.error("#VALUE!: an expression where a cell reference belongs", "=" + gp.format("Data.A2:A6*2"), ERR_VALUE)
    checks.finish()
    return wb
