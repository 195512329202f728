"""Self-checking workbook for DOMAIN.md groups A (impact) and B (checklist):
every function, the array ones as array formulas, good and bad inputs.
Expected figures are DOMAIN.md's or hand calculations noted beside them."""
from checkbook import CHANGE, ERR_ARG, ERR_NA, ERR_PARAM, MARGIN, REVENUE, CheckSheet, fods

NEW_MARGIN = [0.40, 0.55, 0.60, 0.75, 0.85]
YES_NO = ["Yes", "Yes", "Yes", "Yes", "No", "Yes"]
PROFILES = [
    ["Enterprise", "IT operations", "Infrastructure", "Networking", "Consultative", "Direct"],
    ["Enterprise", "IT operations", "Infrastructure", "Networking", "Consultative", "Partners"],
    ["enterprise ", "IT  Operations", "Infrastructure", "Storage", "Transactional", "Partners"],
    ["Healthcare", "Line of business", "Clinical", "Healthcare IT", "Consultative", "Direct"],
    ["Healthcare", "Line of business", "Clinical", "Healthcare IT", "Consultative", "Direct"],
]


def build():
    wb = fods.Workbook()
    checks = CheckSheet(wb)
    d = wb.sheet("Data")
    d.row("A1", ["product", "revenue", "margin", "change", "new margin", "answers", "weights"], style="bold")
    d.column("A2", ["A", "B", "C", "D", "E"])
    d.column("B2", REVENUE)
    d.column("C2", MARGIN, style="pct")
    d.column("D2", CHANGE, style="pct")
    d.column("E2", NEW_MARGIN, style="pct")
    d.column("F2", YES_NO)
    d.column("G2", [3, 1, 1, 1, 1, 1])
    # Bad variants of the table, one defect each.
    d.row("H1", ["text revenue", "gap in change", "margin 120%", "change -150%", "error cell", "all blank"])
    d.column("H2", [35, "25", 16, 13, 11])
    d.column("I2", [0.18, 0.20, None, -0.35, -0.25])
    d.column("J2", [0.5, 0.55, 1.2, 0.75, 0.85])
    d.column("K2", [0.18, 0.20, -1.5, -0.35, -0.25])
    d.column("L2", [0.18, 0.20, "=1/0", -0.35, -0.25])
    d.column("N2", ["Yes", "Yes", None, "No", "Yes", "Yes"])  # question 3 unanswered
    d.column("O2", [True, False, True, False, False, False])  # TRUE/FALSE answers
    d.column("P2", ["Yes", "maybe", "Yes", "No", "Yes", "Yes"])
    d.column("Q2", [1, -1, 1, 1, 1, 1])  # a negative weight
    d.column("R2", [0, 0, 0, 0, 0, 0])  # all-zero weights
    d.column("S2", [" y", "N", "YES", "no", "Y ", "n"])
    d.column("T2", [0.18, 0.20, -0.50, 0, 0.1])  # no projected losses but one
    d.column("U2", [0.18, 0.20, 0, 0, 0.1])  # no projected losses at all
    # The same table laid out in rows, below row 100 so B2:B100 stays blank.
    d.row("B120", REVENUE)
    d.row("B121", MARGIN)
    d.row("B122", CHANGE)
    # The impact table as an array formula: 5 products + totals, 6 columns.
    d.set("A130", "=SSF_SCENARIO(B2:B6;C2:C6;D2:D6)", array=(6, 6))

    p = wb.sheet("Profiles")
    p.row("A1", ["product", "organisation", "buyer", "problem", "knowledge", "sales process", "route"], style="bold")
    for i, labels in enumerate(PROFILES):
        p.row(f"A{i + 2}", ["ABCDE"[i], *labels])
    p.set("A10", "=SSF_FITMATRIX(B2:G6)", array=(5, 5))
    # Product C's profile with its route to market not yet known.
    for i, labels in enumerate(PROFILES[:3]):
        p.row(f"A{i + 30}", ["ABC"[i], *(labels[:5] + ([""] if i == 2 else labels[5:]))])
    p.set("A40", "=SSF_FITMATRIX(B30:G32)", array=(3, 3))
    p.set("A45", "=SSF_FITMATRIX(B50:G52)", array=(3, 3))  # an empty profile table
    p.row("A20", [1, 1, 1, 1, 4, 0])  # attribute weights

    cols = wb.sheet("Cols")  # only the table, no header: whole columns work
    cols.column("A1", REVENUE)
    cols.column("B1", MARGIN)
    cols.column("C1", CHANGE)

    # A 300-row table: large enough that side-by-side columns are read as one
    # block. Columns A-C hold the worked example repeated 60 times; E holds
    # margins with one text cell at row 150; G and I are margin/change copies
    # two columns apart (a gapped block).
    big = wb.sheet("Big")
    for k in range(60):
        for i in range(5):
            r = 5 * k + i + 1
            big.set(f"A{r}", REVENUE[i])
            big.set(f"B{r}", MARGIN[i])
            big.set(f"C{r}", CHANGE[i])
            big.set(f"E{r}", "0.6" if r == 150 else MARGIN[i])
            big.set(f"G{r}", MARGIN[i])
            big.set(f"I{r}", CHANGE[i])

    # ---- group A, DOMAIN.md figures
    checks.number("REVIMPACT worked example (DOMAIN.md: -4)", "=SSF_REVIMPACT(Data.B2:B6;Data.D2:D6)", -4)
    checks.number("GPDELTA worked example (DOMAIN.md: -4.65)", "=SSF_GPDELTA(Data.B2:B6;Data.C2:C6;Data.D2:D6)", -4.65)
    checks.number("GPDELTA same as SUMPRODUCT", "=SSF_GPDELTA(Data.B2:B6;Data.C2:C6;Data.D2:D6)",
                  "=SUMPRODUCT(Data.B2:B6;1+Data.D2:D6;Data.C2:C6)-SUMPRODUCT(Data.B2:B6;Data.C2:C6)")
    checks.number("GPDELTA with new margin (hand: A's 41.3*0.4 costs 4.13 more)",
                  "=SSF_GPDELTA(Data.B2:B6;Data.C2:C6;Data.D2:D6;Data.E2:E6)", -8.78)
    checks.number("GPDELTA with new margin as an inline column array",
                  "=SSF_GPDELTA(Data.B2:B6;Data.C2:C6;Data.D2:D6;{0.4|0.55|0.6|0.75|0.85})", -8.78)
    checks.error("GPDELTA with new margin as a row beside columns: the wrong shape (issue 14)",
                 "=SSF_GPDELTA(Data.B2:B6;Data.C2:C6;Data.D2:D6;{0.4;0.55;0.6;0.75;0.85})", ERR_ARG)
    checks.number("GPDELTA with ranges as rows", "=SSF_GPDELTA(Data.B120:F120;Data.B121:F121;Data.B122:F122)", -4.65)
    checks.number("GPDELTA ignores trailing blank rows (B2:B100)",
                  "=SSF_GPDELTA(Data.B2:B100;Data.C2:C100;Data.D2:D100)", -4.65)
    checks.number("GPDELTA over whole columns", "=SSF_GPDELTA(Cols.A:A;Cols.B:B;Cols.C:C)", -4.65)
    checks.number("GPDELTA over a 300-row block (60 x -4.65)", "=SSF_GPDELTA(Big.A1:A300;Big.B1:B300;Big.C1:C300)", -279)
    checks.number("GPDELTA 300 rows, columns in another order", "=SSF_GPDELTA(Big.A1:A300;Big.G1:G300;Big.I1:I300)", -279)
    checks.number("GPDELTA 300 rows over whole columns of a data-only sheet",
                  "=SSF_REVIMPACT(Big.A:A;Big.C:C)", -240)
    checks.error("300-row block with a text cell at row 150", "=SSF_GPDELTA(Big.A1:A300;Big.E1:E300;Big.C1:C300)", ERR_ARG)
    checks.error("300-row block, ranges of different lengths", "=SSF_GPDELTA(Big.A1:A300;Big.B1:B299;Big.C1:C300)", ERR_ARG)
    checks.number("VOLUMEEFFECT (DOMAIN.md: -2.398)", "=SSF_VOLUMEEFFECT(Data.B2:B6;Data.C2:C6;Data.D2:D6)", -2.398)
    checks.number("MIXEFFECT (DOMAIN.md: -2.252)", "=SSF_MIXEFFECT(Data.B2:B6;Data.C2:C6;Data.D2:D6)", -2.252)
    checks.number("NETIMPACT with savings 3 (hand: -4.65 + 3)", "=SSF_NETIMPACT(Data.B2:B6;Data.C2:C6;Data.D2:D6;3)", -1.65)
    checks.number("BREAKEVEN with savings 2 (hand: 7.9 / 10.55)",
                  "=SSF_BREAKEVEN(Data.B2:B6;Data.C2:C6;Data.D2:D6;2)", 7.9 / 10.55)
    # SCENARIO cells: product A row and the totals row (the article's Table 3)
    for col, want in zip("ABCDEF", [35, 41.3, 6.3, 17.5, 20.65, 3.15]):
        checks.number(f"SCENARIO product A, column {col}", f"=Data.{col}130", want)
    for col, want in zip("ABCDEF", [100, 96, -4, 59.95, 55.3, -4.65]):
        checks.number(f"SCENARIO totals, column {col}", f"=Data.{col}135", want)

    # ---- group A, bad input
    checks.error("text where a number belongs", "=SSF_REVIMPACT(Data.H2:H6;Data.D2:D6)", ERR_ARG)
    checks.error("row blank in some ranges only", "=SSF_REVIMPACT(Data.B2:B6;Data.I2:I6)", ERR_ARG)
    checks.error("ranges of different lengths", "=SSF_REVIMPACT(Data.B2:B6;Data.D2:D5)", ERR_ARG)
    checks.error("margin outside [-1, 1]", "=SSF_GPDELTA(Data.B2:B6;Data.J2:J6;Data.D2:D6)", ERR_ARG)
    checks.error("change below -100%", "=SSF_GPDELTA(Data.B2:B6;Data.C2:C6;Data.K2:K6)", ERR_ARG)
    checks.error("error cell inside a range", "=SSF_REVIMPACT(Data.B2:B6;Data.L2:L6)", ERR_ARG)
    checks.error("empty table: not known yet", "=SSF_REVIMPACT(Data.M2:M6;Data.M2:M6)", ERR_NA)
    checks.error("cost savings as text", "=SSF_NETIMPACT(Data.B2:B6;Data.C2:C6;Data.D2:D6;\"lots\")", ERR_ARG)
    checks.error("BREAKEVEN without projected losses", "=SSF_BREAKEVEN(Data.B2:B6;Data.C2:C6;Data.U2:U6;2)", ERR_ARG)
    checks.error("inline array where a cell reference belongs (Calc refuses)",
                 "=SSF_REVIMPACT(Data.B2:B6;{0.18;0.2;-0.5;-0.35;-0.25})", ERR_PARAM)
    checks.error("a number where a cell reference belongs (Calc refuses)", "=SSF_REVIMPACT(5;Data.D2)", ERR_PARAM)
    checks.error("SCENARIO with a bad margin", "=SSF_SCENARIO(Data.B2:B6;Data.J2:J6;Data.D2:D6)", ERR_ARG)
    checks.error("whole column with a header row is text", "=SSF_GPDELTA(Data.B:B;Data.C:C;Data.D:D)", ERR_ARG)

    # ---- group B
    checks.number("FITSCORE five of six (hand: 5/6)", "=SSF_FITSCORE(Data.F2:F7)", 5 / 6)
    checks.number("FITSCORE weighted (hand: (3+1+1+1+1)/8)", "=SSF_FITSCORE(Data.F2:F7;Data.G2:G7)", 7 / 8)
    checks.number("FITSCORE TRUE/FALSE answers (hand: 2/6)", "=SSF_FITSCORE(Data.O2:O7)", 2 / 6)
    checks.number("FITSCORE y/n in any case and spacing (hand: 3/6)", "=SSF_FITSCORE(Data.S2:S7)", 0.5)
    checks.error("FITSCORE with an unanswered question", "=SSF_FITSCORE(Data.N2:N7)", ERR_NA)
    checks.error("FITSCORE with an answer that is not yes/no", "=SSF_FITSCORE(Data.P2:P7)", ERR_ARG)
    checks.error("FITSCORE with a negative weight", "=SSF_FITSCORE(Data.F2:F7;Data.Q2:Q7)", ERR_ARG)
    checks.error("FITSCORE with all-zero weights", "=SSF_FITSCORE(Data.F2:F7;Data.R2:R7)", ERR_ARG)
    checks.text("FITVERDICT 5/6 fits", "=SSF_FITVERDICT(5/6)", "Shared sales force fits")
    checks.text("FITVERDICT chained from FITSCORE", "=SSF_FITVERDICT(SSF_FITSCORE(Data.F2:F7))", "Shared sales force fits")
    checks.text("FITVERDICT 1/2 needs levers", "=SSF_FITVERDICT(0.5)", "Fits only with focus levers")
    checks.text("FITVERDICT below 1/2", "=SSF_FITVERDICT(0.49)", "Synergy is an illusion")
    checks.text("FITVERDICT own thresholds", "=SSF_FITVERDICT(0.7;0.7;0.3)", "Shared sales force fits")
    checks.error("FITVERDICT of an incomplete checklist", "=SSF_FITVERDICT(SSF_FITSCORE(Data.N2:N7))", ERR_NA)
    checks.error("FITVERDICT of text", "=SSF_FITVERDICT(\"high\")", ERR_ARG)
    checks.error("FITVERDICT score above 1", "=SSF_FITVERDICT(1.5)", ERR_ARG)
    # FITMATRIX cells (i, j) at Profiles row 10+i, column A+j; hand counts of equal labels
    checks.number("FITMATRIX A-B share 5 of 6 labels", "=Profiles.B10", 5 / 6)
    checks.number("FITMATRIX A-C share 3 of 6 (case and spaces ignored)", "=Profiles.C10", 3 / 6)
    checks.number("FITMATRIX B-C share 4 of 6", "=Profiles.C11", 4 / 6)
    checks.number("FITMATRIX A-D share 2 of 6", "=Profiles.D10", 2 / 6)
    checks.number("FITMATRIX C-D share none", "=Profiles.D12", 0)
    checks.number("FITMATRIX D-E identical", "=Profiles.E13", 1)
    checks.number("FITMATRIX diagonal", "=Profiles.C12", 1)
    checks.number("FITMATRIX symmetric", "=Profiles.A11", 5 / 6)
    checks.number("FITMATRIX weighted A-D (hand: (4+0)/8)", "=INDEX(SSF_FITMATRIX(Profiles.B2:G6;Profiles.A20:F20);1;4)", 0.5)
    checks.error("FITMATRIX pair with an incomplete profile: #N/A, not 0", "=Profiles.C40", ERR_NA)
    checks.error("FITMATRIX incomplete profile, through INDEX", "=INDEX(Profiles.A40:C42;2;3)", ERR_NA)
    checks.error("FITMATRIX incomplete profile, used in arithmetic", "=Profiles.C40+0", ERR_NA)
    checks.number("FITMATRIX complete pair beside an incomplete one", "=Profiles.B40", 5 / 6)
    checks.number("FITMATRIX incomplete profile keeps its diagonal", "=Profiles.C42", 1)
    checks.error("FITMATRIX of an empty table: #N/A", "=Profiles.A45", ERR_NA)
    checks.error("FITMATRIX of an empty table, whole block", "=Profiles.C47", ERR_NA)
    checks.error("SCENARIO of an empty table: #N/A", "=INDEX(SSF_SCENARIO(Data.M2:M6;Data.M2:M6;Data.M2:M6);1;1)", ERR_NA)
    checks.error("FITMATRIX with five attribute columns", "=SSF_FITMATRIX(Profiles.B2:F6)", ERR_ARG)
    checks.text("QUESTION 2", "=SSF_QUESTION(2)", "Are both products sold to the same buying group and decision-makers?")
    checks.error("QUESTION 7", "=SSF_QUESTION(7)", ERR_ARG)
    checks.error("QUESTION as text", "=SSF_QUESTION(\"two\")", ERR_ARG)
    checks.finish()
    return wb
