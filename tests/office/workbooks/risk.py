"""Self-checking workbook for DOMAIN.md group F (deciding under uncertainty):
SSF_TORNADO, SSF_RISK and SSF_RISKCURVE as array formulas in real Calc, both
simulation modes, header rows, products in rows, whole columns, and every
input rule's Err:502.

Expected figures are DOMAIN.md's worked figures (rounded as DOMAIN.md prints
them), Calc's own SUMPRODUCT for the tornado, and agreements DOMAIN.md states
(SSF_RISKCURVE draws what SSF_RISK draws). Never our own output."""
from checkbook import ERR_ARG, ERR_NA, ERR_PARAM, MARGIN, REVENUE, CheckSheet, fods

# DOMAIN.md group F: low / likely / high changes of the five products, savings 3.
LOW = [0.10, 0.10, -0.70, -0.50, -0.40]
LIKELY = [0.18, 0.20, -0.50, -0.35, -0.25]
HIGH = [0.25, 0.30, -0.20, -0.10, -0.05]
PROBABILITIES = [0.05, 0.25, 0.50, 0.75, 0.95]
TORNADO = [[-3.05, -0.425, 2.625, 5], [-3.025, -0.275, 2.75, 4], [-3.57, 1.23, 4.8, 1],
           [-3.1125, 0.7875, 3.9, 2], [-3.0525, 0.22, 3.2725, 3]]
RISK = [-0.886754, -2.988071, -0.910860, 1.253489, 0.7102, 1.638327]
TOGETHER = [-0.876473, -5.553828, -1.064201, 4.013873, 0.6131, 3.527818]
CURVE = [-3.538691, -2.019605, -0.910860, 0.215036, 1.891196]
RISK_TITLES = ["mean", "P10", "P50", "P90", "probability of a loss", "standard deviation"]
COLS = "ABCDEF"
ARGS = "Risk.B2:B6;Risk.C2:C6;Risk.D2:D6;Risk.E2:E6;Risk.F2:F6"


def data(wb):
    s = wb.sheet("Risk")
    s.row("A1", ["product", "revenue", "margin", "low", "likely", "high", "", "probability"], style="bold")
    s.column("A2", ["A", "B", "C", "D", "E"])
    s.column("B2", REVENUE)
    s.column("C2", MARGIN, style="pct")
    for col, values in zip("DEF", (LOW, LIKELY, HIGH)):
        s.column(f"{col}2", values, style="pct")
    s.column("H2", PROBABILITIES, style="pct")
    s.column("I2", [0.1, 0.5, 0.9], style="pct")
    # Bad variants, one defect each, in the columns after the table.
    s.row("J1", ["low above likely (B)", "high below likely (D)", "low -101% (C)", "margin 120% (B)",
                 "text low (E)", "probability 101%", "probability -1%", "text probability", "empty"])
    s.column("J2", [0.10, 0.25, -0.70, -0.50, -0.40])
    s.column("K2", [0.25, 0.30, -0.20, -0.40, -0.05])
    s.column("L2", [0.10, 0.10, -1.01, -0.50, -0.40])
    s.column("M2", [0.5, 1.2, 0.6, 0.75, 0.85])
    s.column("N2", [0.10, 0.10, -0.70, -0.50, "-40%"])
    s.column("O2", [0.05, 1.01])
    s.column("P2", [-0.01, 0.5])
    s.column("Q2", [0.05, "50%"])
    # The same table across rows, below the array results.
    for r, values in zip((60, 61, 62, 63, 64), (REVENUE, MARGIN, LOW, LIKELY, HIGH)):
        s.row(f"B{r}", values)
    s.row("B66", PROBABILITIES)
    rows = ";".join(f"Risk.B{r}:F{r}" for r in (60, 61, 62, 63, 64))

    # Array results. Titles are read through &"" (why.py says why: Calc 7.4's
    # EXACT sees a text inside an add-in's array result as unequal).
    s.set("A10", f"=SSF_TORNADO({ARGS};3)", array=(5, 4))
    s.set("A17", f"=SSF_TORNADO({ARGS};3;TRUE())", array=(6, 4))
    s.set("A25", f"=SSF_RISK({ARGS};3)", array=(1, 6))
    s.set("A26", f"=SSF_RISK({ARGS};3;10000;1;\"together\")", array=(1, 6))
    s.set("A27", f"=SSF_RISK({ARGS};3;;;\" Together \")", array=(1, 6))  # trials and seed left out
    s.set("A29", f"=SSF_RISK({ARGS};3;;;;TRUE())", array=(2, 6))
    s.set("A32", f"=SSF_RISKCURVE({ARGS};Risk.H2:H6;3)", array=(5, 1))
    s.set("B32", f"=SSF_RISKCURVE({ARGS};Risk.H2:H6;3;10000;1;\"together\")", array=(5, 1))
    s.set("C32", f"=SSF_RISKCURVE({ARGS};Risk.H2:H9;3)", array=(6, 1))  # the list may grow; one cell more
    s.set("A40", f"=SSF_TORNADO({rows};3)", array=(5, 4))  # products in rows: still one row per product
    s.set("A46", f"=SSF_RISKCURVE({rows};Risk.B66:F66;3)", array=(1, 5))
    s.set("A48", f"=SSF_RISK({rows};3)", array=(1, 6))
    return s


def build():
    wb = fods.Workbook()
    checks = CheckSheet(wb)
    data(wb)

    # ---- SSF_TORNADO: DOMAIN.md's 20 figures, and Calc's SUMPRODUCT as a second oracle
    for i, row in enumerate(TORNADO):
        for c, want in enumerate(row):
            what = ("net at low", "net at high", "swing", "rank")[c]
            checks.number(f"TORNADO product {'ABCDE'[i]} {what} (DOMAIN.md {want})", f"=Risk.{COLS[c]}{10 + i}", want)
    point = "3+SUMPRODUCT(Risk.B2:B6;Risk.C2:C6;Risk.E2:E6)"
    for i in range(5):
        r = 2 + i
        checks.number(f"TORNADO product {'ABCDE'[i]} net at low, Calc's SUMPRODUCT", f"=Risk.A{10 + i}",
                      f"={point}+Risk.B{r}*Risk.C{r}*(Risk.D{r}-Risk.E{r})")
        checks.number(f"TORNADO product {'ABCDE'[i]} net at high, Calc's SUMPRODUCT", f"=Risk.B{10 + i}",
                      f"={point}+Risk.B{r}*Risk.C{r}*(Risk.F{r}-Risk.E{r})")
    checks.number("TORNADO point estimate is SSF_NETIMPACT's -1.65", f"=SSF_NETIMPACT(Risk.B2:B6;Risk.C2:C6;Risk.E2:E6;3)",
                  -1.65)
    for c, title in enumerate(["net at low", "net at high", "swing", "rank"]):
        checks.text(f"TORNADO header {c + 1}", f"=Risk.{COLS[c]}17&\"\"", title)
    checks.number("TORNADO with headers: product C's swing below the titles", "=Risk.C20", 4.8)
    checks.number("TORNADO with headers: product E's rank in the last row", "=Risk.D22", 3)
    for i, row in enumerate(TORNADO):
        checks.number(f"TORNADO products in rows, product {'ABCDE'[i]} swing", f"=Risk.C{40 + i}", row[2])
        checks.number(f"TORNADO products in rows, product {'ABCDE'[i]} rank", f"=Risk.D{40 + i}", row[3])
    checks.number("TORNADO cost_savings omitted is 0 (hand: -3.05 - 3)", f"=SSF_TORNADO({ARGS})", -6.05)

    # ---- SSF_RISK: DOMAIN.md's six figures in each mode
    for c, (want, title) in enumerate(zip(RISK, RISK_TITLES)):
        checks.number(f"RISK independent {title} (DOMAIN.md {want})", f"=ROUND(Risk.{COLS[c]}25;6)", want)
    for c, (want, title) in enumerate(zip(TOGETHER, RISK_TITLES)):
        checks.number(f"RISK together {title} (DOMAIN.md {want})", f"=ROUND(Risk.{COLS[c]}26;6)", want)
        checks.number(f"RISK \" Together \" with trials and seed left out, {title}", f"=Risk.{COLS[c]}27",
                      f"=Risk.{COLS[c]}26")
    for c, title in enumerate(RISK_TITLES):
        checks.text(f"RISK header {title}", f"=Risk.{COLS[c]}29&\"\"", title)
        checks.number(f"RISK with headers: {title} below its title", f"=Risk.{COLS[c]}30", f"=Risk.{COLS[c]}25")
        checks.number(f"RISK products in rows: {title}", f"=Risk.{COLS[c]}48", f"=Risk.{COLS[c]}25")
    checks.number("RISK recalculated in another cell: the same mean (not volatile)", f"=SSF_RISK({ARGS};3)", "=Risk.A25")
    checks.number("RISK mode in capitals", f"=INDEX(SSF_RISK({ARGS};3;10000;1;\"INDEPENDENT\");1;5)", 0.7102)
    checks.number("RISK trials 100 is allowed", f"=ISNUMBER(INDEX(SSF_RISK({ARGS};3;100);1;1))", 1)
    checks.number("RISK trials 1,000,000 is allowed", f"=ISNUMBER(INDEX(SSF_RISK({ARGS};3;1000000);1;1))", 1)
    checks.number("RISK seed 0 and 2^53 are allowed",
                  f"=ISNUMBER(INDEX(SSF_RISK({ARGS};3;100;0);1;1))+ISNUMBER(INDEX(SSF_RISK({ARGS};3;100;2^53);1;1))", 2)
    checks.number("RISK another seed gives other draws", f"=INDEX(SSF_RISK({ARGS};3;10000;2);1;1)<>Risk.A25", 1)
    checks.number("RISK cost_savings shifts the mean (omitted is 0)", f"=INDEX(SSF_RISK({ARGS});1;1)+3", "=Risk.A25")

    # ---- SSF_RISKCURVE: DOMAIN.md's five quantiles, SSF_RISK's draws
    for i, want in enumerate(CURVE):
        checks.number(f"RISKCURVE at {PROBABILITIES[i]:.0%} (DOMAIN.md {want})", f"=ROUND(Risk.A{32 + i};6)", want)
    checks.number("RISKCURVE at 50% is SSF_RISK's P50", "=Risk.A34", "=Risk.C25")
    checks.number("RISKCURVE together at 50% is SSF_RISK together's P50", "=Risk.B34", "=Risk.C26")
    for i, (p, col) in enumerate(((10, "B"), (50, "C"), (90, "D"))):
        checks.number(f"RISKCURVE at {p}% is SSF_RISK's P{p}", f"=INDEX(SSF_RISKCURVE({ARGS};Risk.I2:I4;3);{i + 1};1)",
                      f"=Risk.{col}25")
    checks.number("RISKCURVE ignores trailing blank probabilities", "=Risk.C36", "=Risk.A36")
    checks.error("RISKCURVE block taller than the probabilities: #N/A below", "=Risk.C37", ERR_NA)
    for i, want in enumerate(CURVE):
        checks.number(f"RISKCURVE probabilities in a row, {PROBABILITIES[i]:.0%}", f"=ROUND(Risk.{COLS[i]}46;6)", want)

    # ---- bad input: every rule is Err:502 (or Calc's own refusal, Err:504)
    bad = lambda col: f"Risk.{col}2:{col}6"  # noqa: E731
    checks.error("TORNADO low above likely", f"=SSF_TORNADO(Risk.B2:B6;Risk.C2:C6;{bad('J')};Risk.E2:E6;Risk.F2:F6;3)", ERR_ARG)
    checks.error("TORNADO high below likely", f"=SSF_TORNADO(Risk.B2:B6;Risk.C2:C6;Risk.D2:D6;Risk.E2:E6;{bad('K')};3)", ERR_ARG)
    checks.error("TORNADO low below -100%", f"=SSF_TORNADO(Risk.B2:B6;Risk.C2:C6;{bad('L')};Risk.E2:E6;Risk.F2:F6;3)", ERR_ARG)
    checks.error("TORNADO margin 120%", f"=SSF_TORNADO(Risk.B2:B6;{bad('M')};Risk.D2:D6;Risk.E2:E6;Risk.F2:F6;3)", ERR_ARG)
    checks.error("TORNADO text where a change belongs", f"=SSF_TORNADO(Risk.B2:B6;Risk.C2:C6;{bad('N')};Risk.E2:E6;Risk.F2:F6)", ERR_ARG)
    checks.error("TORNADO ranges of different lengths", "=SSF_TORNADO(Risk.B2:B6;Risk.C2:C6;Risk.D2:D5;Risk.E2:E6;Risk.F2:F6)", ERR_ARG)
    checks.error("TORNADO headers 2", f"=SSF_TORNADO({ARGS};3;2)", ERR_ARG)
    checks.error("TORNADO cost_savings as text", f"=SSF_TORNADO({ARGS};\"3\")", ERR_ARG)
    checks.error("TORNADO empty table: #N/A", "=SSF_TORNADO(Risk.S2:S6;Risk.T2:T6;Risk.U2:U6;Risk.V2:V6;Risk.W2:W6)", ERR_NA)
    checks.error("TORNADO inline array (Calc refuses)", "=SSF_TORNADO({35|25};Risk.C2:C3;Risk.D2:D3;Risk.E2:E3;Risk.F2:F3)", ERR_PARAM)
    checks.error("RISK low above likely", f"=SSF_RISK(Risk.B2:B6;Risk.C2:C6;{bad('J')};Risk.E2:E6;Risk.F2:F6;3)", ERR_ARG)
    checks.error("RISK high below likely", f"=SSF_RISK(Risk.B2:B6;Risk.C2:C6;Risk.D2:D6;Risk.E2:E6;{bad('K')};3)", ERR_ARG)
    checks.error("RISK likely below -100%", f"=SSF_RISK(Risk.B2:B6;Risk.C2:C6;{bad('L')};{bad('L')};Risk.F2:F6)", ERR_ARG)
    for case, extra in (("trials 99", "3;99"), ("trials 1,000,001", "3;1000001"), ("trials 100.5", "3;100.5"),
                        ("trials as text", "3;\"many\""), ("seed -1", "3;;-1"), ("seed 1.5", "3;;1.5"),
                        ("seed above 2^53", "3;;2^53+2"), ("mode \"sometimes\"", "3;;;\"sometimes\""),
                        ("mode a number", "3;;;1"), ("headers as text", "3;;;;\"yes\"")):
        checks.error(f"RISK {case}", f"=SSF_RISK({ARGS};{extra})", ERR_ARG)
    checks.error("RISK empty table: #N/A", "=SSF_RISK(Risk.S2:S6;Risk.T2:T6;Risk.U2:U6;Risk.V2:V6;Risk.W2:W6)", ERR_NA)
    checks.error("RISKCURVE probability 101%", f"=SSF_RISKCURVE({ARGS};Risk.O2:O3)", ERR_ARG)
    checks.error("RISKCURVE probability -1%", f"=SSF_RISKCURVE({ARGS};Risk.P2:P3)", ERR_ARG)
    checks.error("RISKCURVE text probability", f"=SSF_RISKCURVE({ARGS};Risk.Q2:Q3)", ERR_ARG)
    checks.error("RISKCURVE a block of probabilities", f"=SSF_RISKCURVE({ARGS};Risk.O2:P3)", ERR_ARG)
    checks.error("RISKCURVE no probabilities: #N/A", f"=SSF_RISKCURVE({ARGS};Risk.R2:R6)", ERR_NA)
    checks.error("RISKCURVE inline probabilities (Calc refuses)", f"=SSF_RISKCURVE({ARGS};{{0.05|0.5}})", ERR_PARAM)
    checks.error("RISKCURVE mode \"sometimes\"", f"=SSF_RISKCURVE({ARGS};Risk.H2:H6;3;;;\"sometimes\")", ERR_ARG)
    checks.error("RISKCURVE high below likely", f"=SSF_RISKCURVE(Risk.B2:B6;Risk.C2:C6;Risk.D2:D6;Risk.E2:E6;{bad('K')};Risk.H2:H6)", ERR_ARG)
    checks.error("RISKCURVE trials 0 (a blank cell)", f"=SSF_RISKCURVE({ARGS};Risk.H2:H6;3;Risk.R2)", ERR_ARG)

    # ---- whole columns (a sheet holding only the table)
    cols = wb.sheet("Cols")
    for col, values in zip("ABCDEF", (REVENUE, MARGIN, LOW, LIKELY, HIGH, PROBABILITIES)):
        cols.column(f"{col}1", values)
    whole = "Cols.A:A;Cols.B:B;Cols.C:C;Cols.D:D;Cols.E:E"
    checks.number("TORNADO over whole columns: product C's swing", f"=INDEX(SSF_TORNADO({whole};3);3;3)", 4.8)
    checks.number("RISK over whole columns: the probability of a loss", f"=INDEX(SSF_RISK({whole};3);1;5)", 0.7102)
    checks.number("RISKCURVE over whole columns: 95%", f"=ROUND(INDEX(SSF_RISKCURVE({whole};Cols.F:F;3);5;1);6)", CURVE[4])
    checks.finish()
    return wb
