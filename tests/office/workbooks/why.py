"""Self-checking workbook for SSF_WHY and the optional header rows.

Sheet "Cases" holds small tables, each breaking one input rule of DOMAIN.md
(text, a blank, a negative or out-of-range value, a wrong length or shape, a
bad mode...), and below them one SSF_ formula per rule (column A from row
CASE_ROW). Each check asserts both the error value that formula shows and the
sentence SSF_WHY gives for it: which function, which argument, which cell and
why, written here by hand from the rule and the cells the case uses.
"""
from checkbook import CHANGE, ERR_ARG, ERR_NA, ERR_PARAM, MARGIN, REVENUE, CheckSheet, fods

ERR_VALUE, ERR_DIV0 = 519, 532
CASE_ROW = 100

PROFILES = [
    ["Enterprise", "IT operations", "Infrastructure", "Networking", "Consultative", "Direct"],
    ["Enterprise", "IT operations", "Infrastructure", "Networking", "Consultative", "Partners"],
    ["Enterprise", "IT operations", "Infrastructure", "Storage", "Transactional", "Partners"],
    ["Healthcare", "Line of business", "Clinical", "Healthcare IT", "Consultative", "Direct"],
    ["Healthcare", "Line of business", "Clinical", "Healthcare IT", "Consultative", "Direct"],
]
REFUSED = ("where a cell reference such as B2:B6 belongs: Calc refuses it before calling {f} (Err:504, or #VALUE! "
           "for an expression). Put the values in cells and refer to them.")


def table(sheet, top_left, rows):
    col, row = top_left[:-1], int(top_left[-1])
    for i, r in enumerate(rows):
        sheet.row(f"{col}{row + i}", list(r))


def build():
    wb = fods.Workbook()
    checks = CheckSheet(wb)
    s = wb.sheet("Cases")
    other = wb.sheet("Other")
    # ---- group A tables (rows 2-6)
    s.column("B2", REVENUE)
    s.column("C2", MARGIN)
    s.column("D2", CHANGE)
    s.column("F2", [0.5, 0.55, "60%x", 0.75, 0.85])  # text at F4
    s.column("G2", [0.5, 0.55, 0.6, 0.75, 1.2])  # margin 120% at G6
    s.column("H2", [0.18, -1.5, -0.5, -0.35, -0.25])  # change -150% at H3
    s.column("I2", [0.18, 0.2, None, -0.35, -0.25])  # blank at I4
    s.column("J2", [0.18, 0.2, -0.5, "=1/0", -0.25])  # error value at J5
    s.column("L2", [0.4, "n/a", 0.6, 0.75, 0.85])  # new margin: text at L3
    s.column("M2", [0.18, 0.2, 0, 0, 0.1])  # no projected losses
    s.column("N2", [0, 0, 0, 0, 0])  # baseline revenue 0
    s.column("O2", [1e308] * 5)
    s.column("P2", [0.9] * 5)  # revenue x change overflows
    other.column("C2", [0.5, 0.55, "60%x", 0.75, 0.85])
    wb.names["Margins"] = "Cases.F2:F6"
    # ---- group B (rows 2-7)
    s.column("Q2", ["Yes", "Yes", "Yes", "Yes", "No", "Yes"])
    s.column("R2", ["Yes", "Yes", "maybe", "No", "Yes", "Yes"])  # not yes/no at R4
    s.column("S2", ["Yes", "Yes", "Yes", None, "Yes", "Yes"])  # unanswered at S5
    s.column("T2", [1, -1, 1, 1, 1, 1])  # negative weight at T3
    s.column("U2", [0, 0, 0, 0, 0, 0])  # all-zero weights
    s.set("V2", "=1/0")
    for i, labels in enumerate(PROFILES):
        s.row(f"B{40 + i}", labels)
    s.row("B46", [1, 1, 1, 1, 1])  # five attribute weights: one short
    for i, labels in enumerate(PROFILES[:3]):
        s.row(f"B{50 + i}", labels)
    s.set("D51", "=1/0")  # an error value inside a profile
    # ---- group C (rows 2-4)
    s.column("W2", [100, 50, 20])  # bookings
    s.column("X2", [1, 1.5, 0])  # credit rates
    s.column("Y2", [1, -1, 0])  # negative credit rate at Y3
    s.column("Z2", [0, -5, 0])  # negative minimum at Z3
    table(s, "AB2", [(0.75, 0.5), (1, 1), (1.5, 3)])  # a good pay curve
    table(s, "AE2", [(0.75, 0.5), (0.7, 1), (1.5, 3)])  # attainment falls at row 3
    table(s, "AH2", [(0.75, 0.5), (1, 1), (1.5, 0.8)])  # pay level falls at row 4
    table(s, "AK2", [(0.75, -0.5), (1, 1), (1.5, 3)])  # negative pay level at row 2
    table(s, "AN2", [(0.75, 0.5), (1, None), (1.5, 3)])  # row 3 blank in one column
    table(s, "AQ2", [(0.75, 0.5), (1, "x"), (1.5, 3)])  # text at row 3
    table(s, "AT2", [(0.75, 0.5)])  # one point only
    table(s, "CC2", [(0.75, 0.5), (None, None), (1.5, 3)])  # a blank row inside
    table(s, "AW2", [(0, 0.05), (10000, 0.07), (25000, 0.1)])  # good tiers
    table(s, "AZ2", [(-1, 0.05), (10000, 0.07), (25000, 0.1)])  # negative lower bound
    table(s, "BC2", [(0, 0.05), (10000, -0.07), (25000, 0.1)])  # negative rate at row 3
    table(s, "BF2", [(0, 0.05), (30000, 0.07), (25000, 0.1)])  # bounds fall at row 4
    s.column("BI2", [0.05, -0.03, 0.02])  # negative overlay rate at BI3
    s.column("BK2", [0.05, None, 0.02])  # a blank inside the rates at BK3
    for r in range(1025):  # one product more than a fit matrix takes
        s.row(f"CP{r + 2}", [f"org{r % 7}", "buyer", "problem", "knowledge", "process", "route"])
    # ---- group D (rows 2-4)
    s.column("BL2", [40, 20, 10])
    s.column("BM2", [25000, 50000, 100000])
    s.column("BN2", [0.25, 0.2, 0.5])
    s.column("BO2", [90, 180, 360])
    s.column("BP2", [90, 0, 360])  # cycle 0 at BP3
    s.column("BQ2", [1, -1, 1])  # negative access at BQ3
    s.column("BR2", [0, 0, 0])  # no opportunities anywhere
    s.column("BS2", [0.25, 1.5, 0.5])  # win rate 150% at BS3
    # ---- group E (rows 2-4)
    s.column("BU2", [8, 250, 2])
    s.column("BV2", [10, 500, 2])
    s.column("BW2", [50, 30, 20])
    s.column("BX2", [10, 0, 2])  # threshold 0 at BX3
    s.column("BY2", [8, -1, 2])  # negative value at BY3
    s.column("BZ2", [0, 0, 0])  # all-zero weights
    s.column("CA2", [50, -30, 20])  # negative weight at CA3
    # ---- group F (rows 2-6): low / likely / high of DOMAIN.md's five products
    s.column("DA2", [0.10, 0.10, -0.70, -0.50, -0.40])
    s.column("DB2", [0.18, 0.20, -0.50, -0.35, -0.25])
    s.column("DC2", [0.25, 0.30, -0.20, -0.10, -0.05])
    s.column("DD2", [0.10, 0.25, -0.70, -0.50, -0.40])  # low 25% above likely 20% at DD3
    s.column("DE2", [0.25, 0.30, -0.20, -0.40, -0.05])  # high -40% below likely -35% at DE5
    s.column("DF2", [0.05, 1.5, 0.95])  # probability 150% at DF3

    row = CASE_ROW

    def case(label, formula, code, sentence, array=None):
        """The formula in Cases.A<row>; check its error value (code, or None for
        a value) and SSF_WHY's sentence, in which "{cell}" is its own address."""
        nonlocal row
        s.set(f"A{row}", formula, array=array)
        if code is not None:
            checks.error(f"{label}: the cell", f"=Cases.A{row}", code)
        checks.text(f"{label}: SSF_WHY", f"=SSF_WHY(Cases.A{row})", sentence.replace("{cell}", f"A{row}"))
        row += array[0] if array else 1

    # ---- group A rules
    case("GPDELTA text in a margin", "=SSF_GPDELTA(B2:B6;F2:F6;D2:D6)", ERR_ARG,
         "SSF_GPDELTA: argument 'margin', cell F4: text where a number belongs (the cell shows 60%x).")
    case("GPDELTA margin above 100%", "=SSF_GPDELTA(B2:B6;G2:G6;D2:D6)", ERR_ARG,
         "SSF_GPDELTA: argument 'margin', cell G6: a margin must be within -100% and 100% (the cell shows 1.2).")
    case("REVIMPACT change below -100%", "=SSF_REVIMPACT(B2:B6;H2:H6)", ERR_ARG,
         "SSF_REVIMPACT: argument 'change', cell H3: a change must not be below -100% (the cell shows -1.5).")
    case("REVIMPACT row blank in one range only", "=SSF_REVIMPACT(B2:B6;I2:I6)", ERR_ARG,
         "SSF_REVIMPACT: row 3 of the table: this row is blank in some ranges only (revenue B4 shows 16; change I4 is blank).")
    case("REVIMPACT error value in a range", "=SSF_REVIMPACT(B2:B6;J2:J6)", ERR_ARG,
         "SSF_REVIMPACT: argument 'change', cell J5: an error value where a number belongs (the cell shows #DIV/0!).")
    case("REVIMPACT ranges of different lengths", "=SSF_REVIMPACT(B2:B6;D2:D5)", ERR_ARG,
         "SSF_REVIMPACT: ranges have different lengths (revenue B2:B6: 5 rows x 1 column; change D2:D5: 4 rows x 1 column).")
    case("REVIMPACT a block where a row or column belongs", "=SSF_REVIMPACT(B2:C6;D2:D6)", ERR_ARG,
         "SSF_REVIMPACT: a range must be one row or one column (revenue B2:C6: 5 rows x 2 columns; "
         "change D2:D6: 5 rows x 1 column).")
    case("REVIMPACT empty table", "=SSF_REVIMPACT(K2:K6;K2:K6)", ERR_NA,
         "SSF_REVIMPACT shows #N/A, not known yet: no product rows.")
    case("SCENARIO of an empty table (array)", "=SSF_SCENARIO(K2:K6;K2:K6;K2:K6)", ERR_NA,
         "SSF_SCENARIO shows #N/A, not known yet: no product rows.", array=(6, 6))
    case("REVIMPACT result not finite", "=SSF_REVIMPACT(O2:O6;P2:P6)", ERR_ARG,
         "SSF_REVIMPACT: the result is not a finite number.")
    case("GPDELTA text in new margin", "=SSF_GPDELTA(B2:B6;C2:C6;D2:D6;L2:L6)", ERR_ARG,
         "SSF_GPDELTA: argument 'new_margin', cell L3: text where a number belongs (the cell shows n/a).")
    case("GPDELTA margin on another sheet", "=SSF_GPDELTA(B2:B6;Other.C2:C6;D2:D6)", ERR_ARG,
         "SSF_GPDELTA: argument 'margin', cell Other.C4: text where a number belongs (the cell shows 60%x).")
    case("GPDELTA margin by a named range", "=SSF_GPDELTA(B2:B6;Margins;D2:D6)", ERR_ARG,
         "SSF_GPDELTA: argument 'margin', cell F4: text where a number belongs (the cell shows 60%x).")
    case("SCENARIO margin above 100% (array)", "=SSF_SCENARIO(B2:B6;G2:G6;D2:D6)", ERR_ARG,
         "SSF_SCENARIO: argument 'margin', cell G6: a margin must be within -100% and 100% (the cell shows 1.2).",
         array=(6, 6))
    case("SCENARIO headers not TRUE/FALSE", "=SSF_SCENARIO(B2:B6;C2:C6;D2:D6;;\"yes\")", ERR_ARG,
         "SSF_SCENARIO: argument 'headers' (\"yes\"): headers must be TRUE or FALSE.")
    case("NETIMPACT savings as text", "=SSF_NETIMPACT(B2:B6;C2:C6;D2:D6;\"lots\")", ERR_ARG,
         "SSF_NETIMPACT: argument 'cost_savings' (\"lots\"): cost_savings must be a number.")
    case("NETIMPACT savings cell shows an error", "=SSF_NETIMPACT(B2:B6;C2:C6;D2:D6;V2)", ERR_DIV0,
         "Cell {cell} shows #DIV/0! (a division by zero in the formula or in a cell it uses). SSF_NETIMPACT: "
         "argument 'cost_savings', cell V2 shows #DIV/0!, so Calc shows that error without calling the function.")
    case("NETIMPACT savings an expression", "=SSF_NETIMPACT(B2:B6;C2:C6;D2:D6;1/0)", ERR_DIV0,
         "Cell {cell} shows #DIV/0! (a division by zero in the formula or in a cell it uses). SSF_NETIMPACT: SSF_WHY "
         "cannot re-check argument 'cost_savings', the expression 1/0: to see what it gives, put it in a cell of "
         "its own and refer to that cell.")
    case("BREAKEVEN without projected losses", "=SSF_BREAKEVEN(B2:B6;C2:C6;M2:M6;2)", ERR_ARG,
         "SSF_BREAKEVEN: no projected losses: a break-even share does not exist.")
    case("VOLUMEEFFECT baseline revenue 0", "=SSF_VOLUMEEFFECT(N2:N6;C2:C6;D2:D6)", ERR_ARG,
         "SSF_VOLUMEEFFECT: baseline revenue is 0: no blended margin.")
    case("MIXEFFECT baseline revenue 0", "=SSF_MIXEFFECT(N2:N6;C2:C6;D2:D6)", ERR_ARG,
         "SSF_MIXEFFECT: baseline revenue is 0: no blended margin.")
    case("REVIMPACT inline array where a cell reference belongs", "=SSF_REVIMPACT(B2:B6;{0.1;0.2})", ERR_PARAM,
         "SSF_REVIMPACT: argument 'change' is an inline array ({0.1;0.2}) " + REFUSED.format(f="SSF_REVIMPACT"))
    case("REVIMPACT expression where a cell reference belongs", "=SSF_REVIMPACT(B2:B6;D2:D6*2)", ERR_VALUE,
         "SSF_REVIMPACT: argument 'change' is an expression (D2:D6*2) " + REFUSED.format(f="SSF_REVIMPACT"))
    case("GPDELTA worked example", "=SSF_GPDELTA(B2:B6;C2:C6;D2:D6)", None,
         "No problem: SSF_GPDELTA gives -4.65.")
    case("GPDELTA fine, the rest of the formula not", "=SSF_GPDELTA(B2:B6;C2:C6;D2:D6)/0", ERR_DIV0,
         "No problem: SSF_GPDELTA gives -4.65. The cell shows #DIV/0! (a division by zero in the formula or in a "
         "cell it uses), from the rest of its formula.")

    # ---- group B rules
    case("FITSCORE answer not yes/no", "=SSF_FITSCORE(R2:R7)", ERR_ARG,
         "SSF_FITSCORE: argument 'answers', cell R4: an answer must be Yes/No, TRUE/FALSE or 1/0 (the cell shows maybe).")
    case("FITSCORE unanswered question", "=SSF_FITSCORE(S2:S7)", ERR_NA,
         "SSF_FITSCORE shows #N/A, not known yet: argument 'answers', cell S5: this question is unanswered (the cell is blank).")
    case("FITSCORE negative weight", "=SSF_FITSCORE(Q2:Q7;T2:T7)", ERR_ARG,
         "SSF_FITSCORE: argument 'weights', cell T3: a weight must not be negative (the cell shows -1).")
    case("FITSCORE all-zero weights", "=SSF_FITSCORE(Q2:Q7;U2:U7)", ERR_ARG,
         "SSF_FITSCORE: argument 'weights', cells U2:U7: weights must not all be 0.")
    case("FITVERDICT of an unanswered checklist", "=SSF_FITVERDICT(SSF_FITSCORE(S2:S7))", ERR_NA,
         "SSF_FITSCORE shows #N/A, not known yet: argument 'answers', cell S5: this question is unanswered (the cell "
         "is blank). SSF_FITVERDICT gets that through its argument 'score'.")
    case("FITVERDICT score above 1", "=SSF_FITVERDICT(1.5)", ERR_ARG,
         "SSF_FITVERDICT: argument 'score' (1.5): score must be within [0, 1].")
    case("FITVERDICT weak above strong", "=SSF_FITVERDICT(0.5;0.3;0.6)", ERR_ARG,
         "SSF_FITVERDICT: argument 'weak' (0.6): weak must not be above strong.")
    case("FITVERDICT score as text", "=SSF_FITVERDICT(\"high\")", ERR_ARG,
         "SSF_FITVERDICT: argument 'score' (\"high\"): score must be a number.")
    case("FITMATRIX five attribute columns", "=SSF_FITMATRIX(B40:F44)", ERR_ARG,
         "SSF_FITMATRIX: argument 'profiles', cells B40:F44: profiles need six attribute columns, one row per product.")
    case("FITMATRIX five weights", "=SSF_FITMATRIX(B40:G44;B46:F46)", ERR_ARG,
         "SSF_FITMATRIX: argument 'weights', cells B46:F46: weights need one value per attribute (six).")
    case("FITMATRIX error value in a profile", "=SSF_FITMATRIX(B50:G52)", ERR_ARG,
         "SSF_FITMATRIX: argument 'profiles', cells B51:G51: this product's profile holds an error value.")
    case("FITSCORE answers in a block", "=SSF_FITSCORE(Q2:R7)", ERR_ARG,
         "SSF_FITSCORE: argument 'answers', cells Q2:R7: answers must be one row or one column.")
    case("FITMATRIX 1,025 products", "=SSF_FITMATRIX(CP2:CU1026)", ERR_ARG,
         "SSF_FITMATRIX: a fit matrix takes at most 1024 products.")
    case("QUESTION 7", "=SSF_QUESTION(7)", ERR_ARG,
         "SSF_QUESTION: argument 'n' (7): n (the question number) must be a whole number from 1 to 6.")
    case("QUESTION as text", "=SSF_QUESTION(\"two\")", ERR_ARG,
         "SSF_QUESTION: argument 'n' (\"two\"): n must be a number.")

    # ---- group C rules
    case("QUOTACREDIT negative credit rate", "=SSF_QUOTACREDIT(W2:W4;Y2:Y4)", ERR_ARG,
         "SSF_QUOTACREDIT: argument 'credit_rate', cell Y3: a credit rate must not be negative (the cell shows -1).")
    case("ATTAINMENT quota 0", "=SSF_ATTAINMENT(W2:W4;X2:X4;0)", ERR_ARG,
         "SSF_ATTAINMENT: argument 'quota' (0): quota must be greater than 0.")
    case("ATTAINMENT negative product minimum", "=SSF_ATTAINMENT(W2:W4;X2:X4;200;Z2:Z4)", ERR_ARG,
         "SSF_ATTAINMENT: argument 'product_minimum', cell Z3: a minimum must not be negative (the cell shows -5).")
    case("ATTAINMENT one minimum for three products", "=SSF_ATTAINMENT(W2:W4;X2:X4;200;5)", ERR_ARG,
         "SSF_ATTAINMENT: ranges have different lengths (bookings W2:W4: 3 rows x 1 column; "
         "credit_rate X2:X4: 3 rows x 1 column).")
    case("PAYOUT attainment not rising", "=SSF_PAYOUT(0.9;10000;AE2:AF4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AE3:AF3: attainment must rise strictly from row to row.")
    case("PAYOUT pay level falls", "=SSF_PAYOUT(0.9;10000;AH2:AI4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AH4:AI4: pay levels must not fall.")
    case("PAYOUT negative pay level", "=SSF_PAYOUT(0.9;10000;AK2:AL4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AK2:AL2: a pay level must not be negative.")
    case("PAYOUT row blank in one column", "=SSF_PAYOUT(0.9;10000;AN2:AO4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AN3:AO3: this row is blank in one column only.")
    case("PAYOUT blank row inside the curve", "=SSF_PAYOUT(0.9;10000;CC2:CD4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells CC3:CD3: a blank row inside the table.")
    case("PAYOUT text in the curve", "=SSF_PAYOUT(0.9;10000;AQ2:AR4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AQ3:AR3: text where a number belongs.")
    case("PAYOUT one point", "=SSF_PAYOUT(0.9;10000;AT2:AU2)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AT2:AU2: curve needs at least two (attainment, pay level) points.")
    case("PAYOUT three columns", "=SSF_PAYOUT(0.9;10000;AB2:AD4)", ERR_ARG,
         "SSF_PAYOUT: argument 'curve', cells AB2:AD4: curve must be one range with two columns side by side.")
    case("PAYOUT negative target incentive", "=SSF_PAYOUT(0.9;-1;AB2:AC4)", ERR_ARG,
         "SSF_PAYOUT: argument 'target_incentive' (-1): target_incentive must not be negative.")
    case("PAYOUT cap below the curve", "=SSF_PAYOUT(1.6;10000;AB2:AC4;2)", ERR_ARG,
         "SSF_PAYOUT: argument 'cap' (2): cap is below the curve's last pay level.")
    case("PAYOUT cap as text", "=SSF_PAYOUT(1.6;10000;AB2:AC4;\"none\")", ERR_ARG,
         "SSF_PAYOUT: argument 'cap' (\"none\"): cap must be a number.")
    case("PAYOUT curve with no rows yet", "=SSF_PAYOUT(0.9;10000;CE2:CF4)", ERR_NA,
         "SSF_PAYOUT shows #N/A, not known yet: argument 'curve', cells CE2:CF4: curve has no rows.")
    case("PAYOUT attainment as text", "=SSF_PAYOUT(\"high\";10000;AB2:AC4)", ERR_ARG,
         "SSF_PAYOUT: argument 'attainment' (\"high\"): attainment must be a number.")
    case("COMMISSION negative amount", "=SSF_COMMISSION(-1;AW2:AX4)", ERR_ARG,
         "SSF_COMMISSION: argument 'amount' (-1): amount must not be negative.")
    case("COMMISSION unknown mode", "=SSF_COMMISSION(30000;AW2:AX4;\"steep\")", ERR_ARG,
         "SSF_COMMISSION: argument 'mode' (\"steep\"): mode must be \"marginal\" or \"flat\".")
    case("COMMISSION negative lower bound", "=SSF_COMMISSION(30000;AZ2:BA4)", ERR_ARG,
         "SSF_COMMISSION: argument 'tiers', cells AZ2:BA2: a lower bound must not be negative.")
    case("COMMISSION negative rate", "=SSF_COMMISSION(30000;BC2:BD4)", ERR_ARG,
         "SSF_COMMISSION: argument 'tiers', cells BC3:BD3: a rate must not be negative.")
    case("COMMISSION lower bounds not rising", "=SSF_COMMISSION(30000;BF2:BG4)", ERR_ARG,
         "SSF_COMMISSION: argument 'tiers', cells BF4:BG4: lower bounds must rise strictly from row to row.")
    case("OVERLAYCOST negative rate", "=SSF_OVERLAYCOST(100000;BI2:BI4)", ERR_ARG,
         "SSF_OVERLAYCOST: argument 'rates', cell BI3: a rate must not be negative (the cell shows -0.03).")
    case("OVERLAYCOST a blank inside the rates", "=SSF_OVERLAYCOST(100000;BK2:BK4)", ERR_ARG,
         "SSF_OVERLAYCOST: argument 'rates', cell BK3: a blank cell where a number belongs (the cell is blank).")
    case("OVERLAYCOST bookings as text", "=SSF_OVERLAYCOST(\"big\";BI2:BI4)", ERR_ARG,
         "SSF_OVERLAYCOST: argument 'bookings' (\"big\"): bookings must be a number.")
    case("GPDELTA new margins over 1.2 million cells: not re-checked", "=SSF_GPDELTA(B2:B6;C2:C6;D2:D6;CW1:CX600000)",
         ERR_ARG, "SSF_GPDELTA: argument 'new_margin', CW1:CX600000 has 1200000 cells, too many for SSF_WHY to re-check.")
    case("OVERLAYCOST no rates", "=SSF_OVERLAYCOST(100000;BJ2:BJ4)", ERR_NA,
         "SSF_OVERLAYCOST shows #N/A, not known yet: no rates.")
    case("SPIFFROI free SPIFF", "=SSF_SPIFFROI(100;50;0;400)", ERR_ARG,
         "SSF_SPIFFROI: argument 'spiff_per_unit' (0): spiff_per_unit and eligible_units must be greater than 0 "
         "(the SPIFF must cost something).")
    case("SPIFFROI more incremental than eligible units", "=SSF_SPIFFROI(500;50;10;400)", ERR_ARG,
         "SSF_SPIFFROI: argument 'incremental_units' (500): incremental_units must be from 0 to eligible_units.")

    # ---- group D rules
    case("VELOCITY win rate above 1", "=SSF_VELOCITY(40;25000;1.5;90)", ERR_ARG,
         "SSF_VELOCITY: argument 'win_rate' (1.5): win_rate must be within [0, 1].")
    case("VELOCITY cycle 0 days", "=SSF_VELOCITY(40;25000;0.25;0)", ERR_ARG,
         "SSF_VELOCITY: argument 'cycle_days' (0): cycle_days must be greater than 0.")
    case("VELOCITY negative opportunities", "=SSF_VELOCITY(-1;25000;0.25;90)", ERR_ARG,
         "SSF_VELOCITY: argument 'opportunities' (-1): opportunities must not be negative.")
    case("MINDSHARE a cycle of 0 days", "=SSF_MINDSHARE(BL2:BL4;BM2:BM4;BN2:BN4;BP2:BP4)", ERR_ARG,
         "SSF_MINDSHARE: argument 'cycle_days', cell BP3: cycle_days must be greater than 0 (the cell shows 0).",
         array=(3, 1))
    case("MINDSHARE win rate above 1", "=SSF_MINDSHARE(BL2:BL4;BM2:BM4;BS2:BS4;BO2:BO4)", ERR_ARG,
         "SSF_MINDSHARE: argument 'win_rate', cell BS3: win_rate must be within [0, 1] (the cell shows 1.5).",
         array=(3, 1))
    case("MINDSHARE negative access", "=SSF_MINDSHARE(BL2:BL4;BM2:BM4;BN2:BN4;BO2:BO4;BQ2:BQ4)", ERR_ARG,
         "SSF_MINDSHARE: argument 'access', cell BQ3: a factor must not be negative (the cell shows -1).",
         array=(3, 1))
    case("MINDSHARE no attraction anywhere", "=SSF_MINDSHARE(BR2:BR4;BM2:BM4;BN2:BN4;BO2:BO4)", ERR_ARG,
         "SSF_MINDSHARE: every product's attraction is 0: no selling time to share.", array=(3, 1))
    case("RESPONSE negative effort", "=SSF_RESPONSE(-1;0.5;1.6;1.8;1.2)", ERR_ARG,
         "SSF_RESPONSE: argument 'effort' (-1): effort must not be negative.")
    case("RESPONSE ceiling below floor", "=SSF_RESPONSE(1;0.5;0.4;1.8;1.2)", ERR_ARG,
         "SSF_RESPONSE: argument 'ceiling' (0.4): ceiling must not be below floor.")
    case("RESPONSE shape 0", "=SSF_RESPONSE(1;0.5;1.6;0;1.2)", ERR_ARG,
         "SSF_RESPONSE: argument 'shape' (0): shape must be greater than 0.")
    case("RESPONSE scale 0", "=SSF_RESPONSE(1;0.5;1.6;1.8;0)", ERR_ARG,
         "SSF_RESPONSE: argument 'scale' (0): scale must be greater than 0.")
    case("RESPONSEFIT floor at 1", "=SSF_RESPONSEFIT(1;1.6;1.2)", ERR_ARG,
         "SSF_RESPONSEFIT: argument 'floor' (1): floor must be below 1 (today's revenue).", array=(1, 2))
    case("RESPONSEFIT negative floor", "=SSF_RESPONSEFIT(-0.1;1.6;1.2)", ERR_ARG,
         "SSF_RESPONSEFIT: argument 'floor' (-0.1): floor must not be negative.", array=(1, 2))
    case("RESPONSEFIT ceiling below 1", "=SSF_RESPONSEFIT(0.5;0.9;1.2)", ERR_ARG,
         "SSF_RESPONSEFIT: argument 'ceiling' (0.9): ceiling must be above 1 (today's revenue).", array=(1, 2))
    case("RESPONSEFIT at150 above ceiling", "=SSF_RESPONSEFIT(0.5;1.6;2)", ERR_ARG,
         "SSF_RESPONSEFIT: argument 'at150' (2): at150 must be above 1 and below ceiling (more effort must bring "
         "more revenue).", array=(1, 2))

    # ---- group E rules
    case("PARTNERSCORE threshold 0", "=SSF_PARTNERSCORE(BU2:BU4;BX2:BX4;BW2:BW4)", ERR_ARG,
         "SSF_PARTNERSCORE: argument 'thresholds', cell BX3: a threshold must be greater than 0 (the cell shows 0).")
    case("PARTNERSCORE negative value", "=SSF_PARTNERSCORE(BY2:BY4;BV2:BV4;BW2:BW4)", ERR_ARG,
         "SSF_PARTNERSCORE: argument 'values', cell BY3: a value must not be negative (the cell shows -1).")
    case("PARTNERSCORE all-zero weights", "=SSF_PARTNERSCORE(BU2:BU4;BV2:BV4;BZ2:BZ4)", ERR_ARG,
         "SSF_PARTNERSCORE: argument 'weights', cells BZ2:BZ4: weights must not all be 0.")
    case("PARTNERSCORE negative weight", "=SSF_PARTNERSCORE(BU2:BU4;BV2:BV4;CA2:CA4)", ERR_ARG,
         "SSF_PARTNERSCORE: argument 'weights', cell CA3: a weight must not be negative (the cell shows -30).")
    case("PARTNERTIER qualify above 100", "=SSF_PARTNERTIER(BU2:BU4;BV2:BV4;BW2:BW4;120)", ERR_ARG,
         "SSF_PARTNERTIER: argument 'qualify' (120): qualify must be above 0 and at most 100 points (a blank cell counts as 0).")

    # ---- group F rules
    case("TORNADO low above likely", "=SSF_TORNADO(B2:B6;C2:C6;DD2:DD6;DB2:DB6;DC2:DC6;3)", ERR_ARG,
         "SSF_TORNADO: argument 'low', cell DD3: low is above likely: each product needs low <= likely <= high "
         "(the cell shows 0.25).", array=(5, 4))
    case("RISK high below likely", "=SSF_RISK(B2:B6;C2:C6;DA2:DA6;DB2:DB6;DE2:DE6;3)", ERR_ARG,
         "SSF_RISK: argument 'high', cell DE5: high is below likely: each product needs low <= likely <= high "
         "(the cell shows -0.4).", array=(1, 6))
    case("RISK unknown mode", "=SSF_RISK(B2:B6;C2:C6;DA2:DA6;DB2:DB6;DC2:DC6;3;;;\"sometimes\")", ERR_ARG,
         "SSF_RISK: argument 'mode' (\"sometimes\"): mode must be \"independent\" or \"together\".", array=(1, 6))
    case("RISK too few trials", "=SSF_RISK(B2:B6;C2:C6;DA2:DA6;DB2:DB6;DC2:DC6;3;50)", ERR_ARG,
         "SSF_RISK: argument 'trials' (50): trials must be a whole number from 100 to 1,000,000.", array=(1, 6))
    case("RISKCURVE probability above 1", "=SSF_RISKCURVE(B2:B6;C2:C6;DA2:DA6;DB2:DB6;DC2:DC6;DF2:DF4;3)", ERR_ARG,
         "SSF_RISKCURVE: argument 'probabilities', cell DF3: a probability must be from 0 to 1 (the cell shows 1.5).",
         array=(3, 1))

    # ---- array blocks: too small, too large, a plain Enter
    case("FITMATRIX with headers over a block that fits", "=SSF_FITMATRIX(B40:G44;;TRUE())", None,
         "No problem: SSF_FITMATRIX gives a block of 6 rows x 5 columns. The selected block {cell}:E{end} (6 x 5) "
         "fits it.".replace("{end}", str(row + 5)), array=(6, 5))
    checks.text("SSF_WHY of another cell of that block", f"=SSF_WHY(Cases.C{row - 4})",
                f"No problem: SSF_FITMATRIX gives a block of 6 rows x 5 columns. The selected block A{row - 6}:E{row - 1} "
                "(6 x 5) fits it.")
    case("FITMATRIX over a block too small", "=SSF_FITMATRIX(B40:G44)", None,
         "No problem: SSF_FITMATRIX gives a block of 5 rows x 5 columns. The selected block {cell}:C{end} (3 x 3) is "
         "too small and shows only part of it: select {cell}:E{end5} and enter the formula again with "
         "Ctrl+Shift+Enter.".replace("{end}", str(row + 2)).replace("{end5}", str(row + 4)), array=(3, 3))
    case("SCENARIO over a block too large", "=SSF_SCENARIO(B2:B6;C2:C6;D2:D6)", None,
         "No problem: SSF_SCENARIO gives a block of 6 rows x 6 columns. The selected block {cell}:G{end} (7 x 7) is "
         "larger: its cells beyond 6 rows x 6 columns show #N/A.".replace("{end}", str(row + 6)), array=(7, 7))
    case("MINDSHARE entered with a plain Enter", "=SSF_MINDSHARE(BL2:BL4;BM2:BM4;BN2:BN4;BO2:BO4)", None,
         "No problem: SSF_MINDSHARE gives a block of 3 rows x 1 column. The cell holds it as a plain formula, which "
         "shows only the top-left value: select {cell}:A{end} (3 rows x 1 column) and press Ctrl+Shift+Enter."
         .replace("{end}", str(row + 2)))

    # ---- SSF_WHY pointed at what it cannot explain (never an error value, never a loop)
    s.set("CF5", 5)
    s.set("CF6", "=SUM(B2:B6)")
    s.set("CF7", "=SSF_WHY(CF6)")
    checks.text("SSF_WHY of a blank cell", "=SSF_WHY(Cases.CF1)",
                "Cell CF1 is blank: SSF_WHY explains a cell that holds an SSF_ function.")
    checks.text("SSF_WHY of a value", "=SSF_WHY(Cases.CF5)",
                "Cell CF5 holds a value, not a formula: SSF_WHY explains a cell that holds an SSF_ function.")
    checks.text("SSF_WHY of a formula without SSF_", "=SSF_WHY(Cases.CF6)", "Cell CF6 has no SSF_ function.")
    checks.text("SSF_WHY of an SSF_WHY cell", "=SSF_WHY(Cases.CF7)",
                "Cell CF7 holds SSF_WHY itself: point SSF_WHY at the cell with the SSF_ function to explain.")
    checks.text("SSF_WHY of a range", "=SSF_WHY(Cases.CF1:CF3)",
                "SSF_WHY explains one cell at a time: give it a single cell, not CF1:CF3 (3 cells).")
    checks.text("SSF_WHY of a whole column", "=SSF_WHY(Cases.CG:CG)",
                "SSF_WHY explains one cell at a time: give it a single cell, not CG1:CG1048576 (1048576 cells).")

    # ---- the optional header row (DOMAIN.md's figures one row lower). Titles are
    # read through &"": Calc 7.4 compares a text inside an add-in's array result
    # with = or EXACT as unequal to the same text (it is not in the document's
    # string pool), so EXACT(CI2;"baseline revenue") is FALSE while CI2 shows it.
    s.set("CI2", "=SSF_SCENARIO(B2:B6;C2:C6;D2:D6;;TRUE())", array=(7, 6))
    s.set("CI12", "=SSF_MINDSHARE(BL2:BL4;BM2:BM4;BN2:BN4;BO2:BO4;;;;TRUE())", array=(4, 1))
    s.set("CI20", "=SSF_RESPONSEFIT(0.5;1.6;1.2;TRUE())", array=(2, 2))
    s.set("CI30", "=SSF_FITMATRIX(B40:G44;;1)", array=(6, 5))
    checks.text("SCENARIO headers: first title", "=Cases.CI2&\"\"", "baseline revenue")
    checks.text("SCENARIO headers: last title", "=Cases.CN2&\"\"", "GP delta")
    checks.number("SCENARIO headers: totals GP delta (DOMAIN.md: -4.65)", "=Cases.CN8", -4.65)
    checks.number("SCENARIO headers: product A new revenue (hand: 35 * 1.18)", "=Cases.CJ3", 41.3)
    checks.number("SCENARIO FALSE headers: the block as before", "=INDEX(SSF_SCENARIO(Cases.B2:B6;Cases.C2:C6;Cases.D2:D6;;FALSE());6;6)", -4.65)
    checks.text("MINDSHARE headers: title", "=Cases.CI12&\"\"", "share of selling time")
    checks.number("MINDSHARE headers: first share (catalogue: 10/19)", "=Cases.CI13", 10 / 19)
    checks.text("RESPONSEFIT headers: shape", "=Cases.CI20&\"\"", "shape")
    checks.text("RESPONSEFIT headers: scale", "=Cases.CJ20&\"\"", "scale")
    checks.number("RESPONSEFIT headers: scale (DOMAIN.md: 1.2)", "=Cases.CJ21", 1.2)
    s.row("CI40", [40, 20, 10])  # the mindshare inputs as rows: a row of shares, a title per product
    s.row("CI41", [25000, 50000, 100000])
    s.row("CI42", [0.25, 0.2, 0.5])
    s.row("CI43", [90, 180, 360])
    s.set("CI45", "=SSF_MINDSHARE(CI40:CK40;CI41:CK41;CI42:CK42;CI43:CK43;;;;TRUE())", array=(2, 3))
    checks.text("MINDSHARE in rows, headers: product 3", "=Cases.CK45&\"\"", "product 3")
    checks.number("MINDSHARE in rows, headers: product 3's share (catalogue: 5/19)", "=Cases.CK46", 5 / 19)
    checks.text("FITMATRIX headers: product 5", "=Cases.CM30&\"\"", "product 5")
    checks.number("FITMATRIX headers: A-B share 5 of 6 labels", "=Cases.CJ31", 5 / 6)
    checks.finish()
    return wb
