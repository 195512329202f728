"""Self-checking workbook for DOMAIN.md groups C (focus levers), D (where reps
spend their time) and E (channel partners): every function, the array ones as
array formulas (SSF_MINDSHARE down a column and across a row, SSF_RESPONSEFIT
over 1 x 2), every documented decision of catalogue/functions.toml, and bad
input.

Expected figures are DOMAIN.md's, hand calculations written beside them, or
Calc's own built-in formulas (SUMPRODUCT, VLOOKUP, LN, ^) as a second oracle.
Never our own output."""
from checkbook import ERR_ARG, ERR_NA, ERR_PARAM, CheckSheet, fods

# The catalogue's examples.
BOOKINGS, CREDIT = [100, 50, 20], [1, 1.5, 0]  # quota credit 100 + 75 + 0 = 175
CURVE = [[0.75, 1.0, 1.5], [0.5, 1.0, 3.0]]  # DOMAIN.md: 75% -> 50%, 100% -> 100%, 150% -> 300%
TIERS = [[0, 10000, 25000], [0.05, 0.07, 0.10]]  # DOMAIN.md: 5% / 7% / 10%, breaks 10k and 25k
# Mindshare: velocities 40*25,000*25%/90, 20*50,000*20%/180, 10*100,000*50%/360
# = 2,777.78, 1,111.11, 1,388.89 per day, in the ratio 10 : 4 : 5 (shares /19).
OPP, DEAL, WIN, CYCLE = [40, 20, 10], [25000, 50000, 100000], [0.25, 0.20, 0.50], [90, 180, 360]
# Partner: 8 of 10, 250 of 500, 2 of 2, weights 50/30/20: 40 + 15 + 20 = 75 points.
VALUES, THRESHOLDS, WEIGHTS = [8, 250, 2], [10, 500, 2], [50, 30, 20]
HUGE = 1e308  # in cells: typed into a formula, "E308" would read as a cell reference


class Blocks:
    """Labelled columns side by side on a data sheet, one block per variant
    (a spare column between blocks); put() returns the block's references:
    (whole block, [each column]). Values from row 2; None leaves a cell blank."""

    def __init__(self, sheet):
        self.sheet, self.col = sheet, 0

    def put(self, label, *columns, rows=None):
        c0 = self.col
        n = rows or max(len(c) for c in columns)
        self.sheet.set(fods.addr(0, c0), label, style="bold")
        for i, values in enumerate(columns):
            self.sheet.column(fods.addr(1, c0 + i), values)
        self.col += len(columns) + 1
        name = self.sheet.name
        cols = [f"{name}.{fods.addr(1, c0 + i)}:{fods.addr(n, c0 + i)}" for i in range(len(columns))]
        whole = f"{name}.{fods.addr(1, c0)}:{fods.addr(n, c0 + len(columns) - 1)}"
        return whole, cols


def levers(wb, checks):
    s = wb.sheet("Levers")
    b = Blocks(s)
    _, (bk, cr) = b.put("bookings | credit rate", BOOKINGS, CREDIT)
    _, (bk20, cr20) = b.put("same, to row 20", BOOKINGS, CREDIT, rows=19)
    _, (net, netcr) = b.put("net of a cancellation", [100, -20, 50], [1, 1, 1.5])
    _, (txt,) = b.put("bookings with a text cell", [100, "50", 20])
    _, (negcr,) = b.put("negative credit rate", [1, -1.5, 0])
    _, (gap,) = b.put("bookings with a gap", [100, None, 20])
    _, (errc,) = b.put("bookings with an error cell", [100, "=1/0", 20])
    _, (short,) = b.put("two rates", [1, 1.5])
    _, (empty1, empty2) = b.put("empty table", [], [], rows=3)
    _, (big, bigcr) = b.put("1E308 bookings", [HUGE, HUGE], [1, 1])
    _, (huge,) = b.put("1E308 alone", [HUGE])
    _, (ones, one) = b.put("two 1s | one rate", [1, 1], [0.05])
    _, (tiny,) = b.put("1E-300 alone", [1e-300])
    _, (ab, acr, amin) = b.put("attainment: bookings | rate | minimum", [100, 100], [1, 1.5], [50, 120])
    _, (at_min,) = b.put("minimums met exactly", [100, 100])
    _, (neg_min,) = b.put("negative minimum", [50, -1])
    _, (min0_120, min0_90) = b.put("minimum 0 = none", [0, 120], [0, 90])
    _, (blank1,) = b.put("a blank cell", [], rows=1)
    curve, _ = b.put("pay curve", *CURVE)
    curve10, _ = b.put("pay curve to row 10", *CURVE, rows=9)
    half, _ = b.put("curve, row blank in one column", [0.75, 1, 1.5], [0.5, None, 3])
    inner, _ = b.put("curve, blank row inside", [0.75, None, 1, 1.5], [0.5, None, 1, 3])
    flat_att, _ = b.put("curve, attainment not rising", [0.75, 0.75, 1.5], [0.5, 1, 3])
    falling, _ = b.put("curve, pay level falls", [0.75, 1, 1.5], [0.5, 0.4, 3])
    one_row, _ = b.put("curve of one point", [1], [1])
    neg_pay, _ = b.put("curve, negative pay level", [0.75, 1, 1.5], [-0.5, 1, 3])
    three, _ = b.put("three columns", *CURVE, [1, 2, 3])
    text_pay, _ = b.put("curve with a text level", [0.75, 1, 1.5], ["50%", 1, 3])
    err_pay, _ = b.put("curve with an error cell", [0.75, 1, 1.5], [0.5, "=1/0", 3])
    level_top, _ = b.put("curve, flat last segment", [0.5, 1, 1.5], [0, 1, 1])
    empty_tab, _ = b.put("empty two-column table", [], [], rows=3)
    tiers, (tier_lo, tier_rate) = b.put("rate table", *TIERS)
    from5k, _ = b.put("tiers from 5,000", [5000, 10000], [0.05, 0.07])
    unsorted, _ = b.put("tiers not rising", [0, 25000, 10000], [0.05, 0.07, 0.10])
    neg_rate, _ = b.put("tiers, negative rate", [0, 10000, 25000], [0.05, -0.07, 0.10])
    neg_bound, _ = b.put("tiers, negative first bound", [-100, 10000], [0.05, 0.07])
    _, (rates,) = b.put("overlay rates", [0.05, 0.03, 0.02])
    _, (rates10,) = b.put("overlay rates to row 10", [0.05, 0.03, 0.02], rows=9)
    _, (rates_gap,) = b.put("rates, blank inside", [0.05, None, 0.02])
    _, (rates_neg,) = b.put("rates, one negative", [0.05, -0.03, 0.02])
    _, (rates_err,) = b.put("rates, error cell", [0.05, "=1/0", 0.02])
    _, (rates_txt,) = b.put("rates, a text cell", [0.05, "3%", 0.02])
    _, (mode_cell,) = b.put("mode in a cell", ["Flat"])
    s.row("A40", BOOKINGS)  # the same table across rows
    s.row("A41", CREDIT)
    s.row("A42", [100, 100])
    s.row("A43", [1, 1.5])
    s.row("A44", [50, 120])

    # ---- SSF_QUOTACREDIT
    checks.number("QUOTACREDIT catalogue example (hand: 100*1 + 50*1.5 + 20*0)",
                  f"=SSF_QUOTACREDIT({bk};{cr})", 175)
    checks.number("QUOTACREDIT same as SUMPRODUCT", f"=SSF_QUOTACREDIT({bk};{cr})", f"=SUMPRODUCT({bk};{cr})")
    checks.number("QUOTACREDIT ignores trailing blank rows", f"=SSF_QUOTACREDIT({bk20};{cr20})", 175)
    checks.number("QUOTACREDIT across rows", "=SSF_QUOTACREDIT(Levers.A40:C40;Levers.A41:C41)", 175)
    checks.number("QUOTACREDIT negative bookings allowed (hand: 100 - 20 + 75)",
                  f"=SSF_QUOTACREDIT({net};{netcr})", 155)
    checks.number("QUOTACREDIT net bookings, SUMPRODUCT", f"=SSF_QUOTACREDIT({net};{netcr})",
                  f"=SUMPRODUCT({net};{netcr})")
    checks.error("QUOTACREDIT negative credit rate", f"=SSF_QUOTACREDIT({bk};{negcr})", ERR_ARG)
    checks.error("QUOTACREDIT text where a number belongs", f"=SSF_QUOTACREDIT({txt};{cr})", ERR_ARG)
    checks.error("QUOTACREDIT row blank in one range only", f"=SSF_QUOTACREDIT({gap};{cr})", ERR_ARG)
    checks.error("QUOTACREDIT error cell in a range", f"=SSF_QUOTACREDIT({errc};{cr})", ERR_ARG)
    checks.error("QUOTACREDIT ranges of different lengths", f"=SSF_QUOTACREDIT({bk};{short})", ERR_ARG)
    checks.error("QUOTACREDIT empty table: #N/A", f"=SSF_QUOTACREDIT({empty1};{empty2})", ERR_NA)
    checks.error("QUOTACREDIT 2E308 is not finite", f"=SSF_QUOTACREDIT({big};{bigcr})", ERR_ARG)
    checks.error("QUOTACREDIT inline array (Calc refuses)", f"=SSF_QUOTACREDIT({bk};{{1|1.5|0}})", ERR_PARAM)
    checks.error("QUOTACREDIT whole column with its header text", "=SSF_QUOTACREDIT(Levers.A:A;Levers.B:B)", ERR_ARG)

    # ---- SSF_ATTAINMENT
    checks.number("ATTAINMENT catalogue example (hand: (100 + 150) / 200)", f"=SSF_ATTAINMENT({ab};{acr};200)", 1.25)
    checks.number("ATTAINMENT capped at 1: product 2 booked 100 < 120",
                  f"=SSF_ATTAINMENT({ab};{acr};200;{amin})", 1)
    checks.number("ATTAINMENT minimums across rows", "=SSF_ATTAINMENT(Levers.A42:B42;Levers.A43:B43;200;Levers.A44:B44)", 1)
    checks.number("ATTAINMENT minimums as an inline array", f"=SSF_ATTAINMENT({ab};{acr};200;{{50|120}})", 1)
    checks.number("ATTAINMENT a product exactly at its minimum is not below it",
                  f"=SSF_ATTAINMENT({ab};{acr};200;{at_min})", 1.25)
    checks.number("ATTAINMENT the cap never raises (hand: 250 / 400)", f"=SSF_ATTAINMENT({ab};{acr};400;{amin})", 0.625)
    checks.number("ATTAINMENT single minimum 0 means none", f"=SSF_ATTAINMENT({ab};{acr};200;0)", 1.25)
    checks.number("ATTAINMENT a blank minimum cell means none", f"=SSF_ATTAINMENT({ab};{acr};200;{blank1})", 1.25)
    checks.number("ATTAINMENT minimum 0 for one product, the other below",
                  f"=SSF_ATTAINMENT({ab};{acr};200;{min0_120})", 1)
    checks.number("ATTAINMENT minimum 0 for one product, the other above",
                  f"=SSF_ATTAINMENT({ab};{acr};200;{min0_90})", 1.25)
    checks.number("ATTAINMENT same as SUMPRODUCT / quota", f"=SSF_ATTAINMENT({bk};{cr};140)",
                  f"=SUMPRODUCT({bk};{cr})/140")
    checks.error("ATTAINMENT one minimum 50 for two products (not copied)", f"=SSF_ATTAINMENT({ab};{acr};200;50)", ERR_ARG)
    checks.error("ATTAINMENT negative minimum", f"=SSF_ATTAINMENT({ab};{acr};200;{neg_min})", ERR_ARG)
    checks.error("ATTAINMENT quota 0", f"=SSF_ATTAINMENT({ab};{acr};0)", ERR_ARG)
    checks.error("ATTAINMENT negative quota", f"=SSF_ATTAINMENT({ab};{acr};-200)", ERR_ARG)
    checks.error("ATTAINMENT quota as text", f"=SSF_ATTAINMENT({ab};{acr};\"200\")", ERR_ARG)
    checks.error("ATTAINMENT text bookings", f"=SSF_ATTAINMENT({txt};{cr};200)", ERR_ARG)
    checks.error("ATTAINMENT negative credit rate", f"=SSF_ATTAINMENT({bk};{negcr};200)", ERR_ARG)
    checks.error("ATTAINMENT minimums of another length", f"=SSF_ATTAINMENT({ab};{acr};200;{{50|120|10}})", ERR_ARG)
    checks.error("ATTAINMENT inline array bookings (Calc refuses)", f"=SSF_ATTAINMENT({{100|100}};{acr};200)", ERR_PARAM)
    checks.error("ATTAINMENT empty table: #N/A", f"=SSF_ATTAINMENT({empty1};{empty2};200)", ERR_NA)

    # ---- SSF_PAYOUT (target incentive 10,000)
    checks.number("PAYOUT 90% -> 80% (DOMAIN.md)", f"=SSF_PAYOUT(0.9;10000;{curve})", 8000)
    checks.number("PAYOUT 120% -> 180% (DOMAIN.md)", f"=SSF_PAYOUT(1.2;10000;{curve})", 18000)
    checks.number("PAYOUT 160% -> 340% (DOMAIN.md)", f"=SSF_PAYOUT(1.6;10000;{curve})", 34000)
    checks.number("PAYOUT 90%, Calc's own interpolation (0.5 + 0.15/0.25*0.5)", f"=SSF_PAYOUT(0.9;10000;{curve})",
                  "=10000*(0.5+(0.9-0.75)/(1-0.75)*(1-0.5))")
    checks.number("PAYOUT exactly on the first point pays its level (50%)", f"=SSF_PAYOUT(0.75;10000;{curve})", 5000)
    checks.number("PAYOUT exactly on a middle point (100%)", f"=SSF_PAYOUT(1;10000;{curve})", 10000)
    checks.number("PAYOUT exactly on the last point (300%)", f"=SSF_PAYOUT(1.5;10000;{curve})", 30000)
    checks.number("PAYOUT below the first point pays 0", f"=SSF_PAYOUT(0.7499;10000;{curve})", 0)
    checks.number("PAYOUT negative attainment pays 0", f"=SSF_PAYOUT(-0.5;10000;{curve})", 0)
    checks.number("PAYOUT 160% with cap 3 (DOMAIN.md: 340% capped to 300%)", f"=SSF_PAYOUT(1.6;10000;{curve};3)", 30000)
    checks.number("PAYOUT cap above the result changes nothing", f"=SSF_PAYOUT(1.6;10000;{curve};4)", 34000)
    checks.number("PAYOUT ignores trailing blank rows", f"=SSF_PAYOUT(1.6;10000;{curve10})", 34000)
    checks.error("PAYOUT inline curve: a cell reference only (Calc refuses)", "=SSF_PAYOUT(0.9;1;{0.75;0.5|1;1|1.5;3})",
                 ERR_PARAM)
    checks.number("PAYOUT flat last segment continues flat (hand: 100%)", f"=SSF_PAYOUT(2;10000;{level_top})", 10000)
    checks.number("PAYOUT target incentive 0", f"=SSF_PAYOUT(1.2;0;{curve})", 0)
    checks.number("PAYOUT chained from ATTAINMENT 125% (hand: 100% + 0.25/0.5*200%)",
                  f"=SSF_PAYOUT(SSF_ATTAINMENT({ab};{acr};200);10000;{curve})", 20000)
    checks.number("PAYOUT chained, minimum missed: capped at 100%",
                  f"=SSF_PAYOUT(SSF_ATTAINMENT({ab};{acr};200;{amin});10000;{curve})", 10000)
    checks.error("PAYOUT cap below the last pay level", f"=SSF_PAYOUT(1.6;10000;{curve};2)", ERR_ARG)
    checks.error("PAYOUT row blank in one column", f"=SSF_PAYOUT(1.2;1;{half})", ERR_ARG)
    checks.error("PAYOUT blank row inside the curve", f"=SSF_PAYOUT(1.2;1;{inner})", ERR_ARG)
    checks.error("PAYOUT attainment not rising", f"=SSF_PAYOUT(1.2;1;{flat_att})", ERR_ARG)
    checks.error("PAYOUT pay level falls", f"=SSF_PAYOUT(1.2;1;{falling})", ERR_ARG)
    checks.error("PAYOUT curve of one point", f"=SSF_PAYOUT(1.2;1;{one_row})", ERR_ARG)
    checks.error("PAYOUT negative pay level", f"=SSF_PAYOUT(1.2;1;{neg_pay})", ERR_ARG)
    checks.error("PAYOUT three-column curve", f"=SSF_PAYOUT(1.2;1;{three})", ERR_ARG)
    checks.error("PAYOUT text in the curve", f"=SSF_PAYOUT(1.2;1;{text_pay})", ERR_ARG)
    checks.error("PAYOUT error cell in the curve", f"=SSF_PAYOUT(1.2;1;{err_pay})", ERR_ARG)
    checks.error("PAYOUT empty curve: #N/A", f"=SSF_PAYOUT(1.2;1;{empty_tab})", ERR_NA)
    checks.error("PAYOUT negative target incentive", f"=SSF_PAYOUT(1.2;-1;{curve})", ERR_ARG)
    checks.error("PAYOUT attainment as text", f"=SSF_PAYOUT(\"90%\";10000;{curve})", ERR_ARG)
    checks.error("PAYOUT attainment 1E308 overflows", f"=SSF_PAYOUT({huge};10000;{curve})", ERR_ARG)
    checks.error("PAYOUT cap as text", f"=SSF_PAYOUT(1.6;10000;{curve};\"3\")", ERR_ARG)

    # ---- SSF_COMMISSION
    checks.number("COMMISSION 30k marginal (DOMAIN.md: 500 + 1,050 + 500)", f"=SSF_COMMISSION(30000;{tiers})", 2050)
    checks.number("COMMISSION 30k flat (DOMAIN.md)", f"=SSF_COMMISSION(30000;{tiers};\"flat\")", 3000)
    checks.number("COMMISSION marginal by Calc formula", f"=SSF_COMMISSION(30000;{tiers})",
                  "=10000*0.05+(25000-10000)*0.07+(30000-25000)*0.1")
    checks.number("COMMISSION flat by Calc's VLOOKUP", f"=SSF_COMMISSION(30000;{tiers};\"flat\")",
                  f"=30000*VLOOKUP(30000;{tiers};2;1)")
    checks.number("COMMISSION mode explicit \"marginal\"", f"=SSF_COMMISSION(30000;{tiers};\"marginal\")", 2050)
    checks.number("COMMISSION mode case- and space-insensitive", f"=SSF_COMMISSION(30000;{tiers};\" FLAT \")", 3000)
    checks.number("COMMISSION mode \"Marginal\"", f"=SSF_COMMISSION(30000;{tiers};\"Marginal\")", 2050)
    checks.number("COMMISSION mode from a cell", f"=SSF_COMMISSION(30000;{tiers};{mode_cell})", 3000)
    checks.number("COMMISSION break 25,000 flat goes to the higher tier (10%)",
                  f"=SSF_COMMISSION(25000;{tiers};\"flat\")", 2500)
    checks.number("COMMISSION break 25,000 flat, Calc's VLOOKUP agrees", f"=SSF_COMMISSION(25000;{tiers};\"flat\")",
                  f"=25000*VLOOKUP(25000;{tiers};2;1)")
    checks.number("COMMISSION break 10,000 flat (7%)", f"=SSF_COMMISSION(10000;{tiers};\"flat\")", 700)
    checks.number("COMMISSION 24,999.99 flat stays at 7%", f"=SSF_COMMISSION(24999.99;{tiers};\"flat\")", 24999.99 * 0.07)
    checks.number("COMMISSION 25,000 marginal (hand: 500 + 1,050)", f"=SSF_COMMISSION(25000;{tiers})", 1550)
    checks.number("COMMISSION amount 0", f"=SSF_COMMISSION(0;{tiers})", 0)
    checks.number("COMMISSION below the first bound earns 0", f"=SSF_COMMISSION(3000;{from5k};\"flat\")", 0)
    checks.number("COMMISSION marginal pays only above the first bound (hand: 3,000*5%)",
                  f"=SSF_COMMISSION(8000;{from5k})", 150)
    checks.number("COMMISSION marginal from 5,000 (hand: 5,000*5% + 2,000*7%)", f"=SSF_COMMISSION(12000;{from5k})", 390)
    checks.error("COMMISSION inline rate table: a cell reference only (Calc refuses)",
                 "=SSF_COMMISSION(30000;{0;0.05|10000;0.07|25000;0.1})", ERR_PARAM)
    checks.error("COMMISSION unknown mode", f"=SSF_COMMISSION(30000;{tiers};\"tiered\")", ERR_ARG)
    checks.error("COMMISSION mode as a number", f"=SSF_COMMISSION(30000;{tiers};1)", ERR_ARG)
    checks.error("COMMISSION negative amount", f"=SSF_COMMISSION(-1;{tiers})", ERR_ARG)
    checks.error("COMMISSION amount as text", f"=SSF_COMMISSION(\"30000\";{tiers})", ERR_ARG)
    checks.error("COMMISSION lower bounds not rising", f"=SSF_COMMISSION(30000;{unsorted})", ERR_ARG)
    checks.error("COMMISSION negative rate", f"=SSF_COMMISSION(30000;{neg_rate})", ERR_ARG)
    checks.error("COMMISSION negative first bound", f"=SSF_COMMISSION(30000;{neg_bound})", ERR_ARG)
    checks.error("COMMISSION one-column table", f"=SSF_COMMISSION(30000;{tier_lo})", ERR_ARG)
    checks.error("COMMISSION empty table: #N/A", f"=SSF_COMMISSION(30000;{empty_tab})", ERR_NA)

    # ---- SSF_OVERLAYCOST
    checks.error("OVERLAYCOST inline rates: a cell reference only (Calc refuses)",
                 "=SSF_OVERLAYCOST(100000;{0.05;0.03;0.02})", ERR_PARAM)
    checks.number("OVERLAYCOST over a column", f"=SSF_OVERLAYCOST(100000;{rates})", f"=100000*SUM({rates})")
    checks.number("OVERLAYCOST ignores trailing blank cells", f"=SSF_OVERLAYCOST(100000;{rates10})", 10000)
    checks.number("OVERLAYCOST one party", f"=SSF_OVERLAYCOST(100000;{one})", 5000)  # hand: 100,000 * 5%
    checks.error("OVERLAYCOST a number where the rates' cells belong (Calc refuses)", "=SSF_OVERLAYCOST(100000;0.05)",
                 ERR_PARAM)
    checks.error("OVERLAYCOST blank inside the list", f"=SSF_OVERLAYCOST(100000;{rates_gap})", ERR_ARG)
    checks.error("OVERLAYCOST negative rate", f"=SSF_OVERLAYCOST(100000;{rates_neg})", ERR_ARG)
    checks.error("OVERLAYCOST text rate", f"=SSF_OVERLAYCOST(100000;{rates_txt})", ERR_ARG)
    checks.error("OVERLAYCOST error cell", f"=SSF_OVERLAYCOST(100000;{rates_err})", ERR_ARG)
    checks.error("OVERLAYCOST empty list: #N/A", f"=SSF_OVERLAYCOST(100000;{empty1})", ERR_NA)
    checks.error("OVERLAYCOST bookings as text", f"=SSF_OVERLAYCOST(\"lots\";{rates})", ERR_ARG)
    checks.error("OVERLAYCOST 1E308 * 200% overflows", f"=SSF_OVERLAYCOST({huge};{ones})", ERR_ARG)

    # ---- SSF_SPIFFROI
    checks.number("SPIFFROI catalogue example (hand: (5,000 - 4,000) / 4,000)", "=SSF_SPIFFROI(100;50;10;400)", 0.25)
    checks.number("SPIFFROI by Calc formula", "=SSF_SPIFFROI(100;50;10;400)", "=(100*50-10*400)/(10*400)")
    checks.number("SPIFFROI no incremental units: the whole SPIFF lost", "=SSF_SPIFFROI(0;50;10;400)", -1)
    checks.number("SPIFFROI negative unit margin (hand: (-1,000 - 4,000) / 4,000)", "=SSF_SPIFFROI(100;-10;10;400)", -1.25)
    checks.number("SPIFFROI every eligible unit incremental (hand: 16,000 / 4,000)", "=SSF_SPIFFROI(400;50;10;400)", 4)
    checks.error("SPIFFROI SPIFF of 0 per unit", "=SSF_SPIFFROI(100;50;0;400)", ERR_ARG)
    checks.error("SPIFFROI no eligible units", "=SSF_SPIFFROI(0;50;10;0)", ERR_ARG)
    checks.error("SPIFFROI incremental above eligible", "=SSF_SPIFFROI(500;50;10;400)", ERR_ARG)
    checks.error("SPIFFROI negative incremental units", "=SSF_SPIFFROI(-1;50;10;400)", ERR_ARG)
    checks.error("SPIFFROI unit margin as text", "=SSF_SPIFFROI(100;\"50\";10;400)", ERR_ARG)
    checks.error("SPIFFROI 1E308 / 1E-300 overflows", f"=SSF_SPIFFROI(1;{huge};{tiny};1)", ERR_ARG)


def mindshare(wb, checks):
    s = wb.sheet("Mind")
    b = Blocks(s)
    _, (opp, deal, win, cyc) = b.put("opportunities | deal size | win rate | cycle days", OPP, DEAL, WIN, CYCLE)
    _, (opp10, deal10, win10, cyc10) = b.put("same, to row 10", OPP, DEAL, WIN, CYCLE, rows=9)
    _, (access, comfort, credit, carve) = b.put("access | comfort | credit | carve-out",
                                               [1, 1, 2], [1, 2, 1], [1, 1, 1.5], [1, 1, 0])
    _, (neg_f, zero_f, short_f, err_f, huge_f, big_f) = b.put(
        "factors: negative | all 0 | two | error | 1E308 | 5E304",
        [1, -1, 1], [0, 0, 0], [1, 2], [1, "=1/0", 1], [HUGE, 1, 1], [5e304, 5e304, 5e304])
    _, (win_hi, deal_txt, opp_gap, opp_err, opp0) = b.put(
        "win rate 110% | text deal | gap | error | no opportunities",
        [0.25, 1.1, 0.5], [25000, "50000", 100000], [40, None, 10], [40, "=1/0", 10], [0, 0, 0])
    _, (e1, e2, e3, e4) = b.put("empty", [], [], [], [], rows=3)
    _, (huge, text1, zero1) = b.put("1E308 | text | 0", [HUGE], ["forty"], [0])
    for r, values in zip((40, 41, 42, 43), (OPP, DEAL, WIN, CYCLE)):  # the same table across rows
        s.row(f"A{r}", values)
    row_refs = [f"Mind.A{r}:C{r}" for r in (40, 41, 42, 43)]
    args = f"{opp};{deal};{win};{cyc}"
    # Array formulas: down a column (inputs are columns), across a row (rows).
    s.set("A30", "Array results:", style="bold")
    s.set("A31", f"=SSF_MINDSHARE({args})", array=(3, 1))
    s.set("B31", f"=SSF_MINDSHARE({args};;{comfort})", array=(3, 1))
    s.set("C31", f"=SSF_MINDSHARE({args};{access};{comfort};{credit})", array=(3, 1))
    s.set("D31", f"=SSF_MINDSHARE({args};;;{carve})", array=(3, 1))
    s.set("E31", f"=SSF_MINDSHARE({opp10};{deal10};{win10};{cyc10})", array=(4, 1))  # one cell more than products
    s.set("F31", f"=SSF_MINDSHARE({args};{big_f})", array=(3, 1))
    s.set("G31", f"=SSF_MINDSHARE({e1};{e2};{e3};{e4})", array=(3, 1))
    s.set("A45", "=SSF_MINDSHARE({})".format(";".join(row_refs)), array=(1, 3))
    s.set("A50", "=SSF_RESPONSEFIT(0.5;1.6;1.2)", array=(1, 2))
    s.set("A51", "=SSF_RESPONSEFIT(0;2;1.5)", array=(1, 2))
    fit = "Mind.A50;Mind.B50"  # shape; scale

    # ---- SSF_VELOCITY
    checks.number("VELOCITY DOMAIN.md 2,777.78", "=ROUND(SSF_VELOCITY(40;25000;0.25;90);2)", 2777.78)
    checks.number("VELOCITY by Calc formula", "=SSF_VELOCITY(40;25000;0.25;90)", "=40*25000*0.25/90")
    checks.number("VELOCITY win rate 0", "=SSF_VELOCITY(40;25000;0;90)", 0)
    checks.number("VELOCITY win rate 100%", "=SSF_VELOCITY(10;1000;1;1)", 10000)
    checks.number("VELOCITY from cells", f"=SSF_VELOCITY({opp.split(':')[0]};{deal.split(':')[0]};"
                  f"{win.split(':')[0]};{cyc.split(':')[0]})", 250000 / 90)
    checks.error("VELOCITY cycle 0 days", "=SSF_VELOCITY(40;25000;0.25;0)", ERR_ARG)
    checks.error("VELOCITY negative cycle", "=SSF_VELOCITY(40;25000;0.25;-90)", ERR_ARG)
    checks.error("VELOCITY win rate above 100%", "=SSF_VELOCITY(40;25000;1.01;90)", ERR_ARG)
    checks.error("VELOCITY negative win rate", "=SSF_VELOCITY(40;25000;-0.01;90)", ERR_ARG)
    checks.error("VELOCITY negative opportunities", "=SSF_VELOCITY(-1;25000;0.25;90)", ERR_ARG)
    checks.error("VELOCITY negative deal size", "=SSF_VELOCITY(40;-25000;0.25;90)", ERR_ARG)
    checks.error("VELOCITY text in a cell", f"=SSF_VELOCITY({text1};25000;0.25;90)", ERR_ARG)
    checks.error("VELOCITY 1E308 * 1E308 overflows", f"=SSF_VELOCITY({huge};{huge};1;1)", ERR_ARG)
    checks.error("VELOCITY a range where one value belongs", f"=SSF_VELOCITY({opp};25000;0.25;90)", ERR_ARG)

    # ---- SSF_MINDSHARE
    for i, want in enumerate((10 / 19, 4 / 19, 5 / 19)):
        checks.number(f"MINDSHARE column, product {i + 1} ({round(want * 19)}/19)", f"=Mind.A{31 + i}", want)
    checks.number("MINDSHARE product 1, Calc's SUMPRODUCT of velocities", "=Mind.A31",
                  f"=(40*25000*0.25/90)/SUMPRODUCT({opp};{deal};{win};1/{cyc})")
    checks.number("MINDSHARE product 3, Calc's SUMPRODUCT of velocities", "=Mind.A33",
                  f"=(10*100000*0.5/360)/SUMPRODUCT({opp};{deal};{win};1/{cyc})")
    checks.number("MINDSHARE shares sum to 1", "=SUM(Mind.A31:A33)", 1)
    for i, want in enumerate((10 / 19, 4 / 19, 5 / 19)):
        checks.number(f"MINDSHARE row orientation, product {i + 1}", f"=Mind.{'ABC'[i]}45", want)
    for i, want in enumerate((10 / 23, 8 / 23, 5 / 23)):
        checks.number(f"MINDSHARE comfort 1, 2, 1 (access skipped), product {i + 1} (10:8:5)",
                      f"=Mind.B{31 + i}", want)
    for i, want in enumerate((10 / 33, 8 / 33, 15 / 33)):
        checks.number(f"MINDSHARE access, comfort, credit, product {i + 1} (10 : 4*2 : 5*2*1.5)",
                      f"=Mind.C{31 + i}", want)
    for i, want in enumerate((10 / 14, 4 / 14, 0)):
        checks.number(f"MINDSHARE credit 0 carves product 3 out, product {i + 1}", f"=Mind.D{31 + i}", want)
    checks.number("MINDSHARE ignores trailing blank rows", "=Mind.E31", 10 / 19)
    checks.error("MINDSHARE array taller than the products: #N/A below", "=Mind.E34", ERR_NA)
    checks.number("MINDSHARE attractions near 1E308 still share (equal factor cancels)", "=Mind.F31", 10 / 19)
    # An empty array would show #VALUE! in Calc 7.4; the add-in returns a 1x1
    # #N/A (an error-coded NaN) instead, so the domain rule holds.
    checks.error("MINDSHARE empty table: #N/A", "=Mind.G31", ERR_NA)
    checks.number("MINDSHARE comfort as an inline array", f"=INDEX(SSF_MINDSHARE({args};;{{1|2|1}});2;1)", 8 / 23)
    checks.number("MINDSHARE in a normal cell shows the first share", f"=SSF_MINDSHARE({args})", 10 / 19)
    checks.error("MINDSHARE negative factor", f"=SSF_MINDSHARE({args};;{neg_f})", ERR_ARG)
    checks.error("MINDSHARE all-zero attraction (comfort 0)", f"=SSF_MINDSHARE({args};;{zero_f})", ERR_ARG)
    checks.error("MINDSHARE all-zero attraction (no opportunities)", f"=SSF_MINDSHARE({opp0};{deal};{win};{cyc})", ERR_ARG)
    checks.error("MINDSHARE factor of another length", f"=SSF_MINDSHARE({args};{short_f})", ERR_ARG)
    checks.error("MINDSHARE one factor value for three products", f"=SSF_MINDSHARE({args};1.5)", ERR_ARG)
    checks.error("MINDSHARE error cell in a factor (Calc: Err:504)", f"=SSF_MINDSHARE({args};{err_f})", ERR_PARAM)
    checks.error("MINDSHARE attraction 1E308 * 2,777.78 overflows", f"=SSF_MINDSHARE({args};{huge_f})", ERR_ARG)
    checks.error("MINDSHARE win rate above 100%", f"=SSF_MINDSHARE({opp};{deal};{win_hi};{cyc})", ERR_ARG)
    checks.error("MINDSHARE text deal size", f"=SSF_MINDSHARE({opp};{deal_txt};{win};{cyc})", ERR_ARG)
    checks.error("MINDSHARE row blank in one range only", f"=SSF_MINDSHARE({opp_gap};{deal};{win};{cyc})", ERR_ARG)
    checks.error("MINDSHARE error cell in a range", f"=SSF_MINDSHARE({opp_err};{deal};{win};{cyc})", ERR_ARG)
    checks.error("MINDSHARE ranges of different lengths",
                 f"=SSF_MINDSHARE({opp};{deal};{win};{cyc[:-1]}3)", ERR_ARG)
    checks.error("MINDSHARE inline array (Calc refuses)", f"=SSF_MINDSHARE({{40|20|10}};{deal};{win};{cyc})", ERR_PARAM)

    # ---- SSF_RESPONSEFIT: 1 x 2 {shape, scale}
    checks.number("RESPONSEFIT shape (DOMAIN.md: 1.82984)", "=ROUND(Mind.A50;5)", 1.82984)
    checks.number("RESPONSEFIT shape, Calc: LN(1.2*0.7/0.4)/LN(1.5)", "=Mind.A50", "=LN(1.2*(1.2-0.5)/(1.6-1.2))/LN(1.5)")
    checks.number("RESPONSEFIT scale (DOMAIN.md: 1.2 = 0.6/0.5)", "=Mind.B50", 1.2)
    checks.number("RESPONSEFIT floor 0: scale 1", "=Mind.B51", 1)
    checks.number("RESPONSEFIT floor 0: shape LN(3)/LN(1.5)", "=Mind.A51", "=LN(3)/LN(1.5)")
    checks.error("RESPONSEFIT floor 1", "=SSF_RESPONSEFIT(1;1.6;1.2)", ERR_ARG)
    checks.error("RESPONSEFIT floor above 1", "=SSF_RESPONSEFIT(1.2;1.6;1.3)", ERR_ARG)
    checks.error("RESPONSEFIT negative floor", "=SSF_RESPONSEFIT(-0.1;1.6;1.2)", ERR_ARG)
    checks.error("RESPONSEFIT ceiling 1", "=SSF_RESPONSEFIT(0.5;1;1.2)", ERR_ARG)
    checks.error("RESPONSEFIT ceiling below 1", "=SSF_RESPONSEFIT(0.5;0.9;1.2)", ERR_ARG)
    checks.error("RESPONSEFIT at150 1: more effort must bring more", "=SSF_RESPONSEFIT(0.5;1.6;1)", ERR_ARG)
    checks.error("RESPONSEFIT at150 below 1", "=SSF_RESPONSEFIT(0.5;1.6;0.9)", ERR_ARG)
    checks.error("RESPONSEFIT at150 at the ceiling", "=SSF_RESPONSEFIT(0.5;1.6;1.6)", ERR_ARG)
    checks.error("RESPONSEFIT at150 above the ceiling", "=SSF_RESPONSEFIT(0.5;1.6;1.7)", ERR_ARG)
    checks.error("RESPONSEFIT floor as text", "=SSF_RESPONSEFIT(\"half\";1.6;1.2)", ERR_ARG)

    # ---- SSF_RESPONSE
    checks.number("RESPONSE today's effort gives today's revenue", f"=SSF_RESPONSE(1;0.5;1.6;{fit})", 1)
    checks.number("RESPONSE 150% effort gives at150 (DOMAIN.md: 1.2)", f"=SSF_RESPONSE(1.5;0.5;1.6;{fit})", 1.2)
    checks.number("RESPONSE effort 0 gives the floor", f"=SSF_RESPONSE(0;0.5;1.6;{fit})", 0.5)
    checks.number("RESPONSE effort 1E308 gives the ceiling", f"=SSF_RESPONSE({huge};0.5;1.6;{fit})", 1.6)
    checks.number("RESPONSE 130%, Calc's own ADBUDG formula", f"=SSF_RESPONSE(1.3;0.5;1.6;{fit})",
                  "=0.5+(1.6-0.5)*1.3^Mind.A50/(Mind.B50+1.3^Mind.A50)")
    checks.number("RESPONSE 70%, Calc's own ADBUDG formula", f"=SSF_RESPONSE(0.7;0.5;1.6;{fit})",
                  "=0.5+(1.6-0.5)*0.7^Mind.A50/(Mind.B50+0.7^Mind.A50)")
    checks.number("RESPONSE shape 1, scale 1, effort 3 (hand: 2*3/4)", "=SSF_RESPONSE(3;0;2;1;1)", 1.5)
    checks.number("RESPONSE floor = ceiling is flat", "=SSF_RESPONSE(2;1;1;1;1)", 1)
    checks.number("RESPONSE with the fit inline via INDEX",
                  "=SSF_RESPONSE(1.5;0.5;1.6;INDEX(SSF_RESPONSEFIT(0.5;1.6;1.2);1;1);INDEX(SSF_RESPONSEFIT(0.5;1.6;1.2);1;2))",
                  1.2)
    checks.error("RESPONSE negative effort", f"=SSF_RESPONSE(-1;0.5;1.6;{fit})", ERR_ARG)
    checks.error("RESPONSE negative floor", "=SSF_RESPONSE(1;-0.1;1.6;1;1)", ERR_ARG)
    checks.error("RESPONSE ceiling below floor", "=SSF_RESPONSE(1;0.5;0.4;1;1)", ERR_ARG)
    checks.error("RESPONSE shape 0", "=SSF_RESPONSE(1;0.5;1.6;0;1)", ERR_ARG)
    checks.error("RESPONSE negative shape", "=SSF_RESPONSE(1;0.5;1.6;-1;1)", ERR_ARG)
    checks.error("RESPONSE scale 0", "=SSF_RESPONSE(1;0.5;1.6;1;0)", ERR_ARG)
    checks.error("RESPONSE effort as text", f"=SSF_RESPONSE(\"more\";0.5;1.6;{fit})", ERR_ARG)
    checks.error("RESPONSE effort from a text cell", f"=SSF_RESPONSE({text1};0.5;1.6;{fit})", ERR_ARG)
    checks.error("RESPONSE of a failed fit", "=SSF_RESPONSE(1;0.5;1.6;INDEX(SSF_RESPONSEFIT(0.5;1.6;1.7);1;1);1)",
                 ERR_ARG)


def partners(wb, checks):
    s = wb.sheet("Partners")
    b = Blocks(s)
    _, (v, t, w) = b.put("values | thresholds | weights", VALUES, THRESHOLDS, WEIGHTS)
    _, (v10, t10, w10) = b.put("same, to row 10", VALUES, THRESHOLDS, WEIGHTS, rows=9)
    _, (w_small, w_zero3, v_over, v_zero3) = b.put(
        "weights 5/3/2 | weight 0 | value above threshold | a metric at 0",
        [5, 3, 2], [50, 30, 0], [20, 250, 2], [8, 250, 0])
    _, (t_zero, t_neg, v_neg, w_neg, w_all0) = b.put(
        "threshold 0 | threshold < 0 | value < 0 | weight < 0 | all weights 0",
        [10, 0, 2], [10, -500, 2], [8, -1, 2], [50, -30, 20], [0, 0, 0])
    _, (v_txt, v_gap, v_err, short) = b.put("text | gap | error cell | two metrics",
                                            [8, "250", 2], [8, None, 2], [8, "=1/0", 2], [8, 250])
    _, (w_huge, v_huge, t_tiny) = b.put("weights 1E308 | value 1E308 | threshold 1E-300",
                                        [HUGE] * 3, [HUGE, 250, 2], [1e-300, 500, 2])
    _, (v70, t70, w70) = b.put("70 on paper: 7 of 10, three times", [7, 7, 7], [10, 10, 10], [1, 1, 1])
    _, (e1, e2, e3) = b.put("empty", [], [], [], rows=3)
    for r, values in zip((40, 41, 42), (VALUES, THRESHOLDS, WEIGHTS)):
        s.row(f"A{r}", values)
    args = f"{v};{t};{w}"

    # ---- SSF_PARTNERSCORE
    checks.number("PARTNERSCORE catalogue example (hand: 40 + 15 + 20)", f"=SSF_PARTNERSCORE({args})", 75)
    checks.number("PARTNERSCORE by Calc's SUMPRODUCT", f"=SSF_PARTNERSCORE({args})",
                  f"=100*SUMPRODUCT({w};IF({v}/{t}>1;1;{v}/{t}))/SUM({w})")
    checks.number("PARTNERSCORE weights normalised to 100 (5/3/2)", f"=SSF_PARTNERSCORE({v};{t};{w_small})", 75)
    checks.number("PARTNERSCORE above threshold earns only its weight (hand: 50 + 15 + 20)",
                  f"=SSF_PARTNERSCORE({v_over};{t};{w})", 85)
    checks.number("PARTNERSCORE a weight of 0 (hand: (40 + 15) / 80 * 100)", f"=SSF_PARTNERSCORE({v};{t};{w_zero3})", 68.75)
    checks.number("PARTNERSCORE a metric at 0 scores 0 for it (hand: 40 + 15)", f"=SSF_PARTNERSCORE({v_zero3};{t};{w})", 55)
    checks.number("PARTNERSCORE across rows", "=SSF_PARTNERSCORE(Partners.A40:C40;Partners.A41:C41;Partners.A42:C42)", 75)
    checks.number("PARTNERSCORE ignores trailing blank rows", f"=SSF_PARTNERSCORE({v10};{t10};{w10})", 75)
    checks.number("PARTNERSCORE weights 1E308 each (hand: (0.8 + 0.5 + 1) / 3 * 100)",
                  f"=SSF_PARTNERSCORE({v};{t};{w_huge})", 230 / 3)
    checks.number("PARTNERSCORE value/threshold beyond 1E308 caps at 1 (hand: 50 + 15 + 20)",
                  f"=SSF_PARTNERSCORE({v_huge};{t_tiny};{w})", 85)
    checks.error("PARTNERSCORE threshold 0", f"=SSF_PARTNERSCORE({v};{t_zero};{w})", ERR_ARG)
    checks.error("PARTNERSCORE negative threshold", f"=SSF_PARTNERSCORE({v};{t_neg};{w})", ERR_ARG)
    checks.error("PARTNERSCORE negative value", f"=SSF_PARTNERSCORE({v_neg};{t};{w})", ERR_ARG)
    checks.error("PARTNERSCORE negative weight", f"=SSF_PARTNERSCORE({v};{t};{w_neg})", ERR_ARG)
    checks.error("PARTNERSCORE all weights 0", f"=SSF_PARTNERSCORE({v};{t};{w_all0})", ERR_ARG)
    checks.error("PARTNERSCORE text where a number belongs", f"=SSF_PARTNERSCORE({v_txt};{t};{w})", ERR_ARG)
    checks.error("PARTNERSCORE row blank in one range only", f"=SSF_PARTNERSCORE({v_gap};{t};{w})", ERR_ARG)
    checks.error("PARTNERSCORE error cell in a range", f"=SSF_PARTNERSCORE({v_err};{t};{w})", ERR_ARG)
    checks.error("PARTNERSCORE ranges of different lengths", f"=SSF_PARTNERSCORE({short};{t};{w})", ERR_ARG)
    checks.error("PARTNERSCORE empty table: #N/A", f"=SSF_PARTNERSCORE({e1};{e2};{e3})", ERR_NA)
    checks.error("PARTNERSCORE inline array (Calc refuses)", f"=SSF_PARTNERSCORE({{8|250|2}};{t};{w})", ERR_PARAM)

    # ---- SSF_PARTNERTIER
    checks.text("PARTNERTIER 75 reaches the default 70", f"=SSF_PARTNERTIER({args})", "Qualified")
    checks.text("PARTNERTIER qualify 80", f"=SSF_PARTNERTIER({args};80)", "Not qualified")
    checks.text("PARTNERTIER score exactly at qualify reaches it", f"=SSF_PARTNERTIER({args};75)", "Qualified")
    checks.text("PARTNERTIER just below qualify", f"=SSF_PARTNERTIER({args};75.0001)", "Not qualified")
    checks.text("PARTNERTIER 70 on paper qualifies despite rounding (3 x 7/10)", f"=SSF_PARTNERTIER({v70};{t70};{w70})",
                "Qualified")
    checks.text("PARTNERTIER a metric at 0 never qualifies, even with qualify 1",
                f"=SSF_PARTNERTIER({v_zero3};{t};{w};1)", "Not qualified")
    checks.text("PARTNERTIER a metric at 0 with weight 0 still fails (score 68.75, qualify 50)",
                f"=SSF_PARTNERTIER({v_zero3};{t};{w_zero3};50)", "Not qualified")
    checks.text("PARTNERTIER qualify 1 with every metric above 0", f"=SSF_PARTNERTIER({args};1)", "Qualified")
    checks.error("PARTNERTIER qualify 0 (also a blank cell) is no bar: an error", f"=SSF_PARTNERTIER({args};0)", ERR_ARG)
    checks.text("PARTNERTIER qualify 100 needs full marks", f"=SSF_PARTNERTIER({v_over};{t};{w};100)", "Not qualified")
    checks.text("PARTNERTIER across rows", "=SSF_PARTNERTIER(Partners.A40:C40;Partners.A41:C41;Partners.A42:C42)",
                "Qualified")
    checks.error("PARTNERTIER qualify above 100", f"=SSF_PARTNERTIER({args};101)", ERR_ARG)
    checks.error("PARTNERTIER negative qualify", f"=SSF_PARTNERTIER({args};-1)", ERR_ARG)
    checks.error("PARTNERTIER qualify as text", f"=SSF_PARTNERTIER({args};\"high\")", ERR_ARG)
    checks.error("PARTNERTIER threshold 0", f"=SSF_PARTNERTIER({v};{t_zero};{w})", ERR_ARG)
    checks.error("PARTNERTIER text where a number belongs", f"=SSF_PARTNERTIER({v_txt};{t};{w})", ERR_ARG)
    checks.error("PARTNERTIER ranges of different lengths", f"=SSF_PARTNERTIER({v};{short};{w})", ERR_ARG)
    checks.error("PARTNERTIER empty table: #N/A", f"=SSF_PARTNERTIER({e1};{e2};{e3})", ERR_NA)
    checks.error("PARTNERTIER inline array (Calc refuses)", f"=SSF_PARTNERTIER({v};{t};{{50|30|20}})", ERR_PARAM)


def large_tables(wb, checks):
    """300-row tables (side-by-side columns are then read as one block) and
    whole columns of a data-only sheet (cut to the used area)."""
    big = wb.sheet("Big")
    for k in range(100):
        for i in range(3):
            r = 3 * k + i + 1
            big.row(f"A{r}", [BOOKINGS[i], CREDIT[i], "50" if r == 150 else BOOKINGS[i]])
            big.row(f"E{r}", [OPP[i], DEAL[i], WIN[i], CYCLE[i], [1, 2, 1][i]])
            big.row(f"K{r}", [VALUES[i], THRESHOLDS[i], WEIGHTS[i], "8" if r == 150 else VALUES[i]])
    checks.number("QUOTACREDIT 300 rows (hand: 100 x 175)", "=SSF_QUOTACREDIT(Big.A1:A300;Big.B1:B300)", 17500)
    checks.number("QUOTACREDIT 300 rows, SUMPRODUCT", "=SSF_QUOTACREDIT(Big.A1:A300;Big.B1:B300)",
                  "=SUMPRODUCT(Big.A1:A300;Big.B1:B300)")
    checks.number("ATTAINMENT 300 rows (hand: 17,500 / 7,000)", "=SSF_ATTAINMENT(Big.A1:A300;Big.B1:B300;7000)", 2.5)
    checks.error("QUOTACREDIT 300 rows, a text cell at row 150", "=SSF_QUOTACREDIT(Big.C1:C300;Big.B1:B300)", ERR_ARG)
    checks.error("QUOTACREDIT 300 rows, different lengths", "=SSF_QUOTACREDIT(Big.A1:A300;Big.B1:B299)", ERR_ARG)
    ms = "Big.E1:E300;Big.F1:F300;Big.G1:G300;Big.H1:H300"
    checks.number("MINDSHARE 300 rows, first product (hand: 10 / 1,900)", f"=INDEX(SSF_MINDSHARE({ms});1;1)", 10 / 1900)
    checks.number("MINDSHARE 300 rows, last product (hand: 5 / 1,900)", f"=INDEX(SSF_MINDSHARE({ms});300;1)", 5 / 1900)
    checks.number("MINDSHARE 300 rows with comfort (hand: 8 / 2,300)",
                  f"=INDEX(SSF_MINDSHARE({ms};;Big.I1:I300);2;1)", 8 / 2300)
    checks.error("MINDSHARE 300 rows, different lengths",
                 "=SSF_MINDSHARE(Big.E1:E300;Big.F1:F300;Big.G1:G299;Big.H1:H300)", ERR_ARG)
    checks.number("PARTNERSCORE 300 metrics (hand: the 75 table a hundred times)",
                  "=SSF_PARTNERSCORE(Big.K1:K300;Big.L1:L300;Big.M1:M300)", 75)
    checks.text("PARTNERTIER 300 metrics", "=SSF_PARTNERTIER(Big.K1:K300;Big.L1:L300;Big.M1:M300)", "Qualified")
    checks.error("PARTNERSCORE 300 metrics, a text cell at row 150",
                 "=SSF_PARTNERSCORE(Big.N1:N300;Big.L1:L300;Big.M1:M300)", ERR_ARG)
    checks.error("PARTNERSCORE 300 metrics, columns one row apart",
                 "=SSF_PARTNERSCORE(Big.K1:K300;Big.L2:L301;Big.M1:M300)", ERR_ARG)

    cols = wb.sheet("Cols")  # only the tables, no header: whole columns work
    cols.column("A1", BOOKINGS)
    cols.column("B1", CREDIT)
    for letter, values in zip("DEFG", (OPP, DEAL, WIN, CYCLE)):
        cols.column(f"{letter}1", values)
    for letter, values in zip("IJK", (VALUES, THRESHOLDS, WEIGHTS)):
        cols.column(f"{letter}1", values)
    checks.number("QUOTACREDIT over whole columns", "=SSF_QUOTACREDIT(Cols.A:A;Cols.B:B)", 175)
    checks.number("ATTAINMENT over whole columns", "=SSF_ATTAINMENT(Cols.A:A;Cols.B:B;175)", 1)
    checks.number("MINDSHARE over whole columns", "=INDEX(SSF_MINDSHARE(Cols.D:D;Cols.E:E;Cols.F:F;Cols.G:G);3;1)", 5 / 19)
    checks.number("PARTNERSCORE over whole columns", "=SSF_PARTNERSCORE(Cols.I:I;Cols.J:J;Cols.K:K)", 75)
    checks.text("PARTNERTIER over whole columns", "=SSF_PARTNERTIER(Cols.I:I;Cols.J:J;Cols.K:K;75)", "Qualified")


def build():
    wb = fods.Workbook()
    checks = CheckSheet(wb)
    levers(wb, checks)
    mindshare(wb, checks)
    partners(wb, checks)
    large_tables(wb, checks)
    checks.finish()
    return wb
