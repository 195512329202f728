"""Hostile arguments for every function: each must give the right number or
an error value (never a wrong number), and LibreOffice must stay alive.

Part 1 is generated from the catalogue: every function is called with valid
arguments, and then once per parameter with that argument replaced by
something hostile (text or an error cell inside a range, a scalar or an
inline array where a cell reference belongs, text, an error cell or a 2x1
array where one value belongs). Every such call must show an error value.
Part 2 is curated: whole columns, a million-row reference, 1E308 overflow,
negative zero, booleans, 10,000-character labels, each with its oracle.
Part 3 (issue 14), again for every parameter of its kind: a cell reference
gets a whole sheet whose used area is the whole sheet (must fail fast, and
the office must stay small: MAX_OFFICE_MB) and a reference through three
sheets (refused, never cut to the first); a value gets a blank cell (it
must act as 0, which the help text says, and for the reported cases be an
error or the same as leaving it out); an optional array gets a reference far
longer than the table (Calc copies it whole before the add-in runs: a whole
sheet there is a residual limit, see README).
"""
import re
import tomllib
from pathlib import Path

from checkbook import CHANGE, ERR_ARG, MARGIN, REVENUE, CheckSheet, fods

ROOT = Path(__file__).resolve().parents[3]
MAX_SECONDS = 30  # "the whole test finishes in seconds": load and recalculate every case
# Peak resident memory of soffice.bin for the whole test (VmHWM). A whole
# sheet copied into one argument would be tens of GB; this workbook needs
# about 210 MB in LibreOffice 7.4 (an idle office about 208 MB).
MAX_OFFICE_MB = 800
# Formulas test_workbook.py enters one by one after the recalculation, each
# timed on its own: (case, formula, Calc error code, most seconds). Filled by
# issue14(): every whole-sheet case must fail "in well under a second".
TIMED = []
LONG = "x" * 10_000

# One valid call per function (DOMAIN.md's figures; the values live on Data).
VALID = {
    "SSF_REVIMPACT": ["Data.B2:B6", "Data.D2:D6"],
    "SSF_GPDELTA": ["Data.B2:B6", "Data.C2:C6", "Data.D2:D6", "Data.E2:E6"],
    "SSF_SCENARIO": ["Data.B2:B6", "Data.C2:C6", "Data.D2:D6", "Data.E2:E6", "TRUE()"],
    "SSF_NETIMPACT": ["Data.B2:B6", "Data.C2:C6", "Data.D2:D6", "3"],
    "SSF_BREAKEVEN": ["Data.B2:B6", "Data.C2:C6", "Data.D2:D6", "2"],
    "SSF_VOLUMEEFFECT": ["Data.B2:B6", "Data.C2:C6", "Data.D2:D6"],
    "SSF_MIXEFFECT": ["Data.B2:B6", "Data.C2:C6", "Data.D2:D6"],
    "SSF_FITSCORE": ["Data.F2:F7", "Data.G2:G7"],
    "SSF_FITVERDICT": ["0.8", "0.7", "0.3"],
    "SSF_FITMATRIX": ["Profiles.B2:G6", "Profiles.B8:G8", "FALSE()"],
    "SSF_QUESTION": ["2"],
    "SSF_QUOTACREDIT": ["Data.H2:H4", "Data.I2:I4"],
    "SSF_ATTAINMENT": ["Data.H2:H4", "Data.I2:I4", "200", "Data.J2:J4"],
    "SSF_PAYOUT": ["0.9", "10000", "Data.K2:L4", "3"],
    "SSF_COMMISSION": ["30000", "Data.M2:N4", "\"flat\""],
    "SSF_OVERLAYCOST": ["100000", "Data.O2:O4"],
    "SSF_SPIFFROI": ["100", "50", "10", "400"],
    "SSF_VELOCITY": ["40", "25000", "0.25", "90"],
    "SSF_MINDSHARE": ["Data.P2:P4", "Data.Q2:Q4", "Data.R2:R4", "Data.S2:S4", "Data.X2:X4", "Data.X2:X4",
                      "Data.X2:X4", "TRUE()"],
    "SSF_RESPONSE": ["1.5", "0.5", "1.6", "1.82984", "1.2"],
    "SSF_RESPONSEFIT": ["0.5", "1.6", "1.2", "TRUE()"],
    "SSF_PARTNERSCORE": ["Data.U2:U4", "Data.V2:V4", "Data.W2:W4"],
    "SSF_PARTNERTIER": ["Data.U2:U4", "Data.V2:V4", "Data.W2:W4", "70"],
    # Group F: low / likely / high are the change -10 points / the change / +10 points.
    "SSF_TORNADO": ["Data.B2:B6", "Data.C2:C6", "Data.Y2:Y6", "Data.D2:D6", "Data.Z2:Z6", "3", "TRUE()"],
    "SSF_RISK": ["Data.B2:B6", "Data.C2:C6", "Data.Y2:Y6", "Data.D2:D6", "Data.Z2:Z6", "3", "1000", "7",
                 "\"together\"", "TRUE()"],
    "SSF_RISKCURVE": ["Data.B2:B6", "Data.C2:C6", "Data.Y2:Y6", "Data.D2:D6", "Data.Z2:Z6", "Data.AA2:AA4", "3",
                      "1000", "7", "\"independent\""],
    "SSF_WHY": ["Data.B2"],  # explains a cell: checked apart (part 3), it never shows an error value
}
# Parameters where text is the valid content, not a defect.
TEXT_IS_VALID = {("SSF_FITMATRIX", "profiles")}


def shape(ref):
    m = re.fullmatch(r"\w+\.([A-Z]+)(\d+):([A-Z]+)(\d+)", ref)
    if not m:
        return None
    rows = int(m.group(4)) - int(m.group(2)) + 1
    cols = fods.col_index(m.group(3)) - fods.col_index(m.group(1)) + 1
    return rows, cols


def bad_block(sheet, rows, cols, col, defect):
    """A rows x cols block of 1s with one defect in its middle; returns its reference."""
    first = fods.addr(1, col)
    for r in range(rows):
        for c in range(cols):
            sheet.set(fods.addr(1 + r, col + c), 1)
    sheet.set(fods.addr(1 + rows // 2, col + cols - 1), defect)
    return f"Bad.{first}:{fods.addr(rows, col + cols - 1)}"


def build():
    catalogue = tomllib.loads((ROOT / "catalogue" / "functions.toml").read_text())
    functions = {f["name"]: f for f in catalogue["function"]}
    assert set(functions) == set(VALID), "every catalogue function needs a valid call here"

    wb = fods.Workbook()
    checks = CheckSheet(wb)
    d = wb.sheet("Data")
    d.column("B2", REVENUE)
    d.column("C2", MARGIN)
    d.column("D2", CHANGE)
    d.column("E2", MARGIN)
    d.column("F2", ["Yes", "Yes", "Yes", "Yes", "No", "Yes"])
    d.column("G2", [1, 1, 1, 1, 1, 1])
    d.column("H2", [100, 50, 20])
    d.column("I2", [1, 1.5, 0])
    d.column("J2", [0, 0, 0])
    for i, (a, b) in enumerate([(0.75, 0.5), (1, 1), (1.5, 3)]):
        d.row(f"K{i + 2}", [a, b])
    for i, (a, b) in enumerate([(0, 0.05), (10000, 0.07), (25000, 0.1)]):
        d.row(f"M{i + 2}", [a, b])
    d.column("O2", [0.05, 0.03, 0.02])
    d.column("P2", [40, 20, 10])
    d.column("Q2", [25000, 50000, 100000])
    d.column("R2", [0.25, 0.2, 0.5])
    d.column("S2", [90, 180, 360])
    d.column("U2", [8, 250, 2])
    d.column("V2", [10, 500, 2])
    d.column("W2", [50, 30, 20])
    d.column("X2", [1, 1, 1])
    d.column("Y2", [c - 0.1 for c in CHANGE])
    d.column("Z2", [c + 0.1 for c in CHANGE])
    d.column("AA2", [0.1, 0.5, 0.9])
    p = wb.sheet("Profiles")
    for i in range(5):
        p.row(f"B{i + 2}", [f"org{i % 2}", f"buyer{i % 3}", "problem", f"k{i}", "consultative", "direct"])
    p.row("B8", [1, 1, 1, 1, 1, 1])

    bad = wb.sheet("Bad")
    blocks = {}
    col = 0
    for fname, args in VALID.items():
        for a in args:
            sh = shape(a)
            if sh and sh not in blocks:
                blocks[sh] = (bad_block(bad, *sh, col, "not a number"), bad_block(bad, *sh, col + sh[1], "=1/0"))
                col += 2 * sh[1] + 1
    bad.set("Z1", "=1/0")

    # ---- part 1: every function, every parameter, hostile arguments
    for fname, args in VALID.items():
        f = functions[fname]
        if fname == "SSF_WHY":
            continue
        assert len(args) == len(f["params"]), fname
        valid = f"{fname}({';'.join(args)})"
        checks.text(f"{fname}: the valid call gives a value", f"=IF(ISERROR({valid});\"error\";\"value\")", "value")
        for i, param in enumerate(f["params"]):
            def call(arg):
                return f"={fname}({';'.join(args[:i] + [arg] + args[i + 1:])})"
            name = f"{fname}.{param['display']}"
            sh = shape(args[i])
            if sh:  # a range, an array or a table
                text_block, err_block = blocks[sh]
                if (fname, param["name"]) not in TEXT_IS_VALID:
                    checks.any_error(f"{name}: text inside the range", call(text_block))
                checks.any_error(f"{name}: error cell inside the range", call(err_block))
                if param["kind"] == "range":
                    checks.any_error(f"{name}: a number where a cell reference belongs", call("5"))
                    checks.any_error(f"{name}: an inline array where a cell reference belongs", call("{1;2;3}"))
            else:  # one value
                checks.any_error(f"{name}: text where a value belongs", call("\"" + LONG[:50] + "\""))
                checks.any_error(f"{name}: an error cell", call("Bad.Z1"))
                checks.any_error(f"{name}: an array where one value belongs", call("{1;2}"))
                checks.any_error(f"{name}: a range where one value belongs", call("Data.B2:B6"))

    # ---- part 2: curated hostile inputs with oracles
    cols = wb.sheet("Cols")  # data only: whole columns are the table itself
    cols.column("A1", [35, 25, 16, 13, 11])
    cols.column("B1", [0.5, 0.55, 0.6, 0.75, 0.85])
    cols.column("C1", [0.18, 0.2, -0.5, -0.35, -0.25])
    cols.column("E1", [40, 20, 10])
    cols.column("F1", [25000, 50000, 100000])
    cols.column("G1", [0.25, 0.2, 0.5])
    cols.column("H1", [90, 180, 360])
    checks.number("whole columns: GPDELTA", "=SSF_GPDELTA(Cols.A:A;Cols.B:B;Cols.C:C)", -4.65)
    checks.number("a million-row reference: GPDELTA", "=SSF_GPDELTA(Cols.A1:A1000000;Cols.B1:B1000000;Cols.C1:C1000000)", -4.65)
    checks.number("whole columns: MINDSHARE first share (DOMAIN attraction: 10/19)",
                  "=INDEX(SSF_MINDSHARE(Cols.E:E;Cols.F:F;Cols.G:G;Cols.H:H);1;1)", 10 / 19)
    checks.error("whole column against a 5-row range: lengths differ", "=SSF_REVIMPACT(Cols.A:A;Data.D2:D6)", ERR_ARG)
    checks.error("whole row against a 5-row range: lengths differ", "=SSF_REVIMPACT(Cols.1:1;Data.D2:D6)", ERR_ARG)

    big = wb.sheet("Big")
    big.column("A1", [1e308, 1e308])
    big.column("B1", [1, 1])
    big.column("C1", [-0.0, -0.0, 0.0, -0.0, 0.0])
    big.column("D1", [True, False])
    big.column("E1", [0.5, 0.5])
    checks.error("1E308 + 1E308 overflows: not a finite number", "=SSF_REVIMPACT(Big.A1:A2;Big.B1:B2)", ERR_ARG)
    checks.error("VELOCITY overflow", "=SSF_VELOCITY(1E308;1E308;1;1)", ERR_ARG)
    checks.number("negative zero changes are no change", "=SSF_REVIMPACT(Data.B2:B6;Big.C1:C5)", 0)
    checks.text("negative zero score", "=SSF_FITVERDICT(-0)", "Synergy is an illusion")
    checks.number("booleans are 1 and 0, as in SUMPRODUCT", "=SSF_REVIMPACT(Big.D1:D2;Big.E1:E2)",
                  "=SUMPRODUCT(Big.D1:D2;Big.E1:E2)")

    checks.error("RISK: 1E308 + 1E308 (changes +100%) overflows: not a finite number",
                 "=SSF_RISK(Big.A1:A2;Big.B1:B2;Big.B1:B2;Big.B1:B2;Big.B1:B2)", ERR_ARG)
    checks.error("TORNADO: 1E308 + 1E308 (changes +100%) overflows: not a finite number",
                 "=SSF_TORNADO(Big.A1:A2;Big.B1:B2;Big.B1:B2;Big.B1:B2;Big.B1:B2)", ERR_ARG)
    checks.number("RISK: nets of 1E308 (hand: 2 x 1E308 x 50%) have the mean 1E308, not an overflow",
                  "=SSF_RISK(Big.A1:A2;Big.B1:B2;Big.E1:E2;Big.E1:E2;Big.E1:E2)", 1e308)
    checks.number("TORNADO: nets of 1E308 (hand: 2 x 1E308 x 50%)",
                  "=SSF_TORNADO(Big.A1:A2;Big.B1:B2;Big.E1:E2;Big.E1:E2;Big.E1:E2)", 1e308)
    # The simulation's work is bounded: 1,000,000 trials of 5 products must
    # not freeze Calc (timed), 1,000,000 trials of 51 products (above
    # 50,000,000 draws) are refused at once.
    many = wb.sheet("Many")
    many.column("A1", [1] * 51)
    many.column("B1", [0.5] * 51)
    many.column("C1", [0.1] * 51)
    risk5 = "Data.B2:B6;Data.C2:C6;Data.Y2:Y6;Data.D2:D6;Data.Z2:Z6"
    TIMED.append(("RISK 1,000,000 trials x 5 products gives its figures within 3 s",
                  f"=SSF_RISK({risk5};3;1000000)", 0, 3.0))
    TIMED.append(("RISK 1,000,000 trials x 51 products is refused at once",
                  "=SSF_RISK(Many.A1:A51;Many.B1:B51;Many.C1:C51;Many.C1:C51;Many.C1:C51;0;1000000)", ERR_ARG, 0.5))

    labels = wb.sheet("Labels")
    for r in range(2):
        labels.row(f"A{r + 1}", [LONG + str(c) for c in range(6)])
    labels.set("A4", LONG)
    labels.column("B4", ["Yes", "No", "Yes", "No", "Yes"])
    checks.number("10,000-character labels compare", "=INDEX(SSF_FITMATRIX(Labels.A1:F2);1;2)", 1)
    checks.error("a 10,000-character answer", "=SSF_FITSCORE(Labels.A4)", ERR_ARG)
    checks.error("a 10,000-character commission mode", "=SSF_COMMISSION(30000;Data.M2:N4;Labels.A4)", ERR_ARG)
    checks.error("a 10,000-character question number", "=SSF_QUESTION(Labels.A4)", ERR_ARG)
    # ---- part 3: SSF_WHY next to every call above gives a sentence, never an
    # error value (pointed at hostile calls, at itself, at huge ranges).
    last = checks.row
    for r in range(2, last + 1):
        checks.text(f"SSF_WHY explains Checks.B{r}", f"=IF(ISTEXT(SSF_WHY(Checks.B{r}));\"a sentence\";\"no sentence\")",
                    "a sentence")
    for target in ["Bad.Z1", "Data.B2:B6", "Cols.A:A", "Cols.A1:F1000000", "Checks.A1"]:
        checks.text(f"SSF_WHY of {target}", f"=IF(ISTEXT(SSF_WHY({target}));\"a sentence\";\"no sentence\")",
                    "a sentence")
    issue14(wb, checks, functions)
    checks.finish()
    return wb


def issue14(wb, checks, functions):
    """Part 3: the classes of issue 14, for every parameter of each kind."""
    wide = wb.sheet("Wide")  # content in A1 and AMJ1048576: the used area is the whole sheet
    wide.set("A1", 1)
    wide.last_cell = 1
    d3 = [wb.sheet("Data2"), wb.sheet("Data3")]  # Data's numbers again: a 3-D range has a plausible sum
    wb.sheet("Blank")  # nothing on it: Blank.A1 is a blank cell
    for fname, args in VALID.items():
        if fname == "SSF_WHY":  # explains, never refuses: its hostile targets are in part 3
            continue
        f = functions[fname]
        for i, param in enumerate(f["params"]):
            def call(arg):
                return f"{fname}({';'.join(args[:i] + [arg] + args[i + 1:])})"
            name = f"{fname}.{param['display']}"
            m = re.fullmatch(r"(\w+)\.([A-Z]+\d+):([A-Z]+\d+)", args[i])
            if param["kind"] == "range":
                case = f"{name}: a whole sheet full to its last cell is refused"
                checks.error(case, "=" + call("Wide.A:AMJ"), ERR_ARG)
                TIMED.append((case, "=" + call("Wide.A:AMJ"), ERR_ARG, 0.5))
                sheet, a, b = m.groups()
                for extra in d3:  # the same cells on the next sheets
                    src = wb.sheets[[s.name for s in wb.sheets].index(sheet)]
                    for (r, c), cell in src.cells.items():
                        extra.cells.setdefault((r, c), cell)
                checks.error(f"{name}: a reference through three sheets is refused",
                             "=" + call(f"{sheet}.{a}:Data3.{b}"), ERR_ARG)
            elif param["kind"] == "array":
                # Calc copies all of it first (about 1 us a cell, README): 200,000
                # rows, not a whole column, keeps the test fast on a busy machine.
                checks.any_error(f"{name}: a reference far longer than the table", "=" + call("Cols.A1:A200000"))
            else:
                blank, zero = call("Blank.A1"), call("0")
                checks.text(f"{name}: a blank cell acts as 0", f'=IF(ISERROR({blank});IF(ISERROR({zero});"same";'
                            f'"differs");IF(ISERROR({zero});"differs";IF({blank}&""={zero}&"";"same";"differs")))', "same")
                # (&"": a title from an add-in array compares unequal to itself in Calc 7.4, README)
    # The reported cases, each with its own oracle.
    checks.error("FITVERDICT(0.3; blank; blank) is an error, not \"fits\"", "=SSF_FITVERDICT(0.3;Blank.A1;Blank.A2)",
                 ERR_ARG)
    checks.error("PARTNERTIER with a blank qualify is an error, not Qualified",
                 "=SSF_PARTNERTIER(Data.U2:U4;Data.V2:V4;Data.W2:W4;Blank.A1)", ERR_ARG)
    checks.number("NETIMPACT with blank savings = savings left out = GPDELTA (DOMAIN: -4.65)",
                  "=SSF_NETIMPACT(Data.B2:B6;Data.C2:C6;Data.D2:D6;Blank.A1)", -4.65)
    checks.number("NETIMPACT with savings left out (DOMAIN: -4.65)", "=SSF_NETIMPACT(Data.B2:B6;Data.C2:C6;Data.D2:D6)",
                  -4.65)
    checks.number("VELOCITY of a blank opportunities cell is 0 (documented: a blank counts as 0)",
                  "=SSF_VELOCITY(Blank.A1;25000;0.25;90)", 0)
    checks.error("OVERLAYCOST(1; a whole sheet) is refused", "=SSF_OVERLAYCOST(1;Wide.A:AMJ)", ERR_ARG)
    checks.error("REVIMPACT through three sheets is refused, not the first sheet's -4",
                 "=SSF_REVIMPACT(Data.B2:Data3.B6;Data.D2:D6)", ERR_ARG)
    # {=SSF_MINDSHARE(...;{1;1;2})}: a row of factors beside columns of products.
    checks.error("MINDSHARE with a row of credit rates beside columns is an error",
                 "=SSF_MINDSHARE(Data.P2:P4;Data.Q2:Q4;Data.R2:R4;Data.S2:S4;Data.X2:X4;Data.X2:X4;{1;1;2})", ERR_ARG)
    checks.number("MINDSHARE with a column of credit rates (hand: 10/24 for the third product)",
                  "=INDEX(SSF_MINDSHARE(Data.P2:P4;Data.Q2:Q4;Data.R2:R4;Data.S2:S4;Data.X2:X4;Data.X2:X4;{1|1|2});3;1)",
                  10 / 24)
    # Labels in other scripts and forms (FITMATRIX cell 1,2 of two products).
    uni = wb.sheet("Unicode")
    pairs = [("Öffentliche Hand", "öffentliche hand"), ("ГОСУДАРСТВО", "государство"),
             ("Sant\u00e9", "Sante\u0301"), ("IT\u2009Operations", "it\u3000operations")]
    for k, (x, y) in enumerate(pairs):
        uni.row(f"A{2 * k + 1}", [x] * 6)
        uni.row(f"A{2 * k + 2}", [y] * 6)
        checks.number(f"labels {x!r} and {y!r} are equal", f"=INDEX(SSF_FITMATRIX(Unicode.A{2 * k + 1}:F{2 * k + 2});1;2)",
                      1)
