"""The chain of DOMAIN.md section 3, group D feeding group A, in one workbook:
today's and tomorrow's mindshare give each product an effort multiple
e = tomorrow's share / today's share; SSF_RESPONSE(e; floor; ceiling; shape;
scale), with shape and scale from SSF_RESPONSEFIT, gives its revenue as a
multiple R of today's; R - 1 is the change column, and SSF_GPDELTA turns it
into the gross-profit delta. The change is modelled, not guessed.

The worked example's five products (revenue and margins of DOMAIN.md). Today
the shared sales force spends its time where selling is easy: A and B. The
plan for tomorrow is enablement for the smaller products C, D and E (joint
selling raises the reps' comfort, overlay specialists raise access to the
decision-makers); A and B are left as they are.

Every expected figure is computed below by hand_calculation(): plain Python
arithmetic with DOMAIN.md's formulas, not our code. The figures it gives are
written out beside it and checked against it when the workbook is built."""
import math

from checkbook import MARGIN, REVENUE, CheckSheet, fods

PRODUCTS = ["A", "B", "C", "D", "E"]
OPPORTUNITIES = [40, 30, 12, 8, 6]
DEAL_SIZE = [25000, 30000, 40000, 50000, 60000]
WIN_RATE = [0.30, 0.25, 0.20, 0.20, 0.20]
CYCLE_DAYS = [90, 90, 120, 150, 180]
ACCESS_TODAY = [1, 1, 0.8, 0.8, 0.7]
COMFORT_TODAY = [1, 1, 0.6, 0.5, 0.5]
ACCESS_TOMORROW = [1, 1, 1.0, 1.0, 0.9]  # overlay specialists open doors for C, D, E
COMFORT_TOMORROW = [1, 1, 0.9, 0.8, 0.8]  # joint selling: reps no longer fear C, D, E
FLOOR, CEILING, AT150 = 0.5, 1.6, 1.2  # DOMAIN.md's response curve

# The hand calculation's figures (rounded; the Expected cells hold the full
# precision computed by hand_calculation()):
#   velocity  = opp * deal * win / cycle:  3,333.33  2,500  800  533.33  400
#   attraction today    = velocity * access * comfort: 3,333.33  2,500  384  213.33  140
#     total 6,570.67;   shares today:    0.507305  0.380479  0.058442  0.032468  0.021307
#   attraction tomorrow: 3,333.33  2,500  720  426.67  288
#     total 7,268.00;   shares tomorrow: 0.458631  0.343974  0.099064  0.058705  0.039626
#   effort e = tomorrow / today:         0.904054  0.904054  1.695102  1.808109  1.859769
#   scale = (1.6 - 1) / (1 - 0.5) = 1.2; shape = ln(1.2 * 0.7 / 0.4) / ln 1.5 = ln 2.1 / ln 1.5 = 1.829843
#   R = 0.5 + 1.1 * e^shape / (1.2 + e^shape): 0.950222  0.950222  1.255045  1.282374  1.293892
#   change = R - 1:                     -4.98%    -4.98%   +25.50%   +28.24%   +29.39%
#   revenue delta = sum revenue * change                      = +7.997718  ($M)
#   GP delta      = sum revenue * (1 + change) * margin - revenue * margin
#                 = sum revenue * margin * change              = +6.393909  ($M)
FIGURES = {
    "share_today": [0.507305, 0.380479, 0.058442, 0.032468, 0.021307],
    "share_tomorrow": [0.458631, 0.343974, 0.099064, 0.058705, 0.039626],
    "effort": [0.904054, 0.904054, 1.695102, 1.808109, 1.859769],
    "shape": 1.829843,
    "scale": 1.2,
    "multiple": [0.950222, 0.950222, 1.255045, 1.282374, 1.293892],
    "rev_delta": 7.997718,
    "gp_delta": 6.393909,
}


def hand_calculation():
    """DOMAIN.md's formulas in plain arithmetic."""
    velocity = [o * d * w / c for o, d, w, c in zip(OPPORTUNITIES, DEAL_SIZE, WIN_RATE, CYCLE_DAYS)]

    def shares(access, comfort):
        attraction = [v * a * c for v, a, c in zip(velocity, access, comfort)]
        return [a / sum(attraction) for a in attraction]

    today, tomorrow = shares(ACCESS_TODAY, COMFORT_TODAY), shares(ACCESS_TOMORROW, COMFORT_TOMORROW)
    effort = [t1 / t0 for t0, t1 in zip(today, tomorrow)]
    scale = (CEILING - 1) / (1 - FLOOR)
    shape = math.log(scale * (AT150 - FLOOR) / (CEILING - AT150)) / math.log(1.5)
    multiple = [FLOOR + (CEILING - FLOOR) * e ** shape / (scale + e ** shape) for e in effort]
    change = [r - 1 for r in multiple]
    rev_delta = sum(r * c for r, c in zip(REVENUE, change))
    gp_delta = sum(r * (1 + c) * m - r * m for r, m, c in zip(REVENUE, MARGIN, change))
    return {"share_today": today, "share_tomorrow": tomorrow, "effort": effort, "shape": shape, "scale": scale,
            "multiple": multiple, "change": change, "rev_delta": rev_delta, "gp_delta": gp_delta}


def _agrees(hand, written):
    if isinstance(written, list):
        return all(_agrees(h, w) for h, w in zip(hand, written))
    return abs(hand - written) <= 5e-7 * max(1, abs(written))


def build():
    hand = hand_calculation()
    for key, written in FIGURES.items():  # the comment above must say what the calculation says
        assert _agrees(hand[key], written), (key, hand[key], written)

    wb = fods.Workbook()
    checks = CheckSheet(wb)
    s = wb.sheet("Chain")
    s.row("A1", ["product", "revenue", "margin", "opportunities", "deal size", "win rate", "cycle days",
                 "access today", "comfort today", "access tomorrow", "comfort tomorrow",
                 "share today", "share tomorrow", "effort e", "revenue multiple R", "change R - 1"], style="bold")
    for col, values in zip("ABCDEFGHIJK", (PRODUCTS, REVENUE, MARGIN, OPPORTUNITIES, DEAL_SIZE, WIN_RATE,
                                            CYCLE_DAYS, ACCESS_TODAY, COMFORT_TODAY, ACCESS_TOMORROW,
                                            COMFORT_TOMORROW)):
        s.column(f"{col}2", values)
    table = "D2:D6;E2:E6;F2:F6;G2:G6"
    s.set("L2", f"=SSF_MINDSHARE({table};H2:H6;I2:I6)", array=(5, 1), style="pct")
    s.set("M2", f"=SSF_MINDSHARE({table};J2:J6;K2:K6)", array=(5, 1), style="pct")
    s.row("A9", ["floor", FLOOR])
    s.row("A10", ["ceiling", CEILING])
    s.row("A11", ["at 150% effort", AT150])
    s.row("A12", ["shape, scale"])
    s.set("B12", "=SSF_RESPONSEFIT(B9;B10;B11)", array=(1, 2))
    for r in range(2, 7):
        s.set(f"N{r}", f"=M{r}/L{r}", style="num3")
        s.set(f"O{r}", f"=SSF_RESPONSE(N{r};$B$9;$B$10;$B$12;$C$12)", style="num3")
        s.set(f"P{r}", f"=O{r}-1", style="pct")
    s.row("A14", ["revenue delta", "=SSF_REVIMPACT(B2:B6;P2:P6)"])
    s.row("A15", ["gross-profit delta", "=SSF_GPDELTA(B2:B6;C2:C6;P2:P6)"])

    for i, p in enumerate(PRODUCTS):
        checks.number(f"share today, product {p}", f"=Chain.L{i + 2}", hand["share_today"][i])
    for i, p in enumerate(PRODUCTS):
        checks.number(f"share tomorrow, product {p}", f"=Chain.M{i + 2}", hand["share_tomorrow"][i])
    for i, p in enumerate(PRODUCTS):
        checks.number(f"effort multiple e, product {p}", f"=Chain.N{i + 2}", hand["effort"][i])
    checks.number("response curve shape", "=Chain.B12", hand["shape"])
    checks.number("response curve scale", "=Chain.C12", hand["scale"])
    for i, p in enumerate(PRODUCTS):
        checks.number(f"revenue multiple R, product {p}", f"=Chain.O{i + 2}", hand["multiple"][i])
    for i, p in enumerate(PRODUCTS):
        checks.number(f"change R - 1, product {p}", f"=Chain.P{i + 2}", hand["change"][i])
    checks.number("revenue delta (hand: +7.997718)", "=Chain.B14", hand["rev_delta"])
    checks.number("gross-profit delta (hand: +6.393909)", "=Chain.B15", hand["gp_delta"])
    checks.number("gross-profit delta, Calc's SUMPRODUCT over the change column", "=Chain.B15",
                  "=SUMPRODUCT(Chain.B2:B6;1+Chain.P2:P6;Chain.C2:C6)-SUMPRODUCT(Chain.B2:B6;Chain.C2:C6)")
    checks.finish()
    return wb
