"""Sample workbook "reptime": where reps spend their time, and what an
enablement plan that raises comfort and access is worth.

DOMAIN.md group D chained into group A: each product's sales velocity
(SSF_VELOCITY), its share of rep selling time today and with the plan
(SSF_MINDSHARE, array formulas), the effort multiple e = share with the plan
/ share today, the revenue multiple R = SSF_RESPONSE(e; ...) on a response
curve fitted with SSF_RESPONSEFIT, and the modelled change R - 1 feeding
SSF_GPDELTA. Built by samples/build.py.

The Checks sheet recomputes every figure from the current inputs with Calc's
own functions. The worked figures, asserted on the untouched sample by
tests/office/test_samples.py (WORKED), are DOMAIN.md's (velocity 2,777.78 for
40 opportunities of 25,000 at 25% in 90 days; response fit for floor 0.5,
ceiling 1.6 and 1.2 at 150%: shape 1.82984, scale 1.2; the curve passes
(1, 1) and (1.5, 1.2)) or the hand calculation below, written out in plain
Python so that it does not depend on the add-in:
  velocity_i   = opportunities * deal size * win rate / cycle days
  attraction_i = velocity_i * access_i * comfort_i;  share_i = attraction_i / sum
  e_i = share with plan / share today;  R_i = floor + (ceiling - floor) e^s / (scale + e^s)
  GP change = sum revenue_i * (R_i - 1) * margin_i
"""
import math

from checks import Checks
from style import money_text as m, ref

NAME = "reptime"
TITLE = "Where reps spend their time"
SUBJECT = "Velocity and mindshare per product, an enablement plan, response curves and the modelled GP change."

# product, opportunities, deal size $, win rate, cycle days, access today, comfort today,
#   access with the plan, comfort with the plan, revenue $M, gross margin, what holds reps back
PRODUCTS = [
    ("A  Network switches", 40, 25_000, 0.25, 90, 1.0, 1.0, 1.0, 1.0, 35, 0.50, "Nothing: reps' home turf."),
    ("B  Network management", 30, 30_000, 0.30, 100, 1.0, 1.0, 1.0, 1.0, 25, 0.55, "Little: sold with A."),
    ("C  Storage arrays", 12, 60_000, 0.30, 180, 0.8, 0.6, 0.8, 0.9, 16, 0.60, "Comfort: another ecosystem."),
    ("D  Clinical imaging analytics", 8, 120_000, 0.25, 240, 0.6, 0.4, 0.8, 0.8, 13, 0.75,
     "Access to clinical buyers; comfort."),
    ("E  Developer API platform", 20, 15_000, 0.20, 120, 0.7, 0.5, 0.7, 0.8, 11, 0.85, "Comfort with developers."),
]
FLOOR, CEILING, AT150 = 0.5, 1.6, 1.2


def hand():
    """The chain computed in plain Python (no add-in): the worked figures."""
    vel = [o * d * w / c for _, o, d, w, c, *_ in PRODUCTS]
    today = [v * p[5] * p[6] for v, p in zip(vel, PRODUCTS)]
    plan = [v * p[7] * p[8] for v, p in zip(vel, PRODUCTS)]
    share_today = [a / sum(today) for a in today]
    share_plan = [a / sum(plan) for a in plan]
    effort = [b / a for a, b in zip(share_today, share_plan)]
    scale = (CEILING - 1) / (1 - FLOOR)
    shape = math.log(scale * (AT150 - FLOOR) / (CEILING - AT150)) / math.log(1.5)
    resp = [FLOOR + (CEILING - FLOOR) * e ** shape / (scale + e ** shape) for e in effort]
    change = [r - 1 for r in resp]
    gp = sum(p[9] * ch * p[10] for p, ch in zip(PRODUCTS, change))
    rev = sum(p[9] * ch for p, ch in zip(PRODUCTS, change))
    return dict(velocity=vel, share_today=share_today, share_plan=share_plan, effort=effort, shape=shape,
                scale=scale, response=resp, change=change, gp=gp, rev=rev)


H = hand()
# The figures each sentence quotes, in order: (expression, SENTENCE_FIGURES
# format); tests/office/test_locales.py reads them back in five locales.
SENTENCES = {
    ("Rep time", "A5"): [("C29", "pct"), ("C30", "pct"), ("C28", "delta_m"), ("C27", "delta_m")],
}

KEY_FIGURES = {"VelocityA": 40 * 25_000 * 0.25 / 90, "ResponseShape": 1.82984, "ResponseScale": 1.2,
               "PlanGPDelta": H["gp"]}

T1, T2 = 10, 19  # first product row of table 1 (today) and table 2 (with the plan)
OPP, DEAL, WIN, CYC = "B10:B14", "C10:C14", "D10:D14", "E10:E14"


def build(book):
    rep_time_sheet(book)
    return checks_sheet(book)


def rep_time_sheet(book):
    s = book.sheet("Rep time", tab_color=0x1F4E9E)
    s.widths({"A": 4.8, "B": 2.2, "C": 2.2, "D": 2.2, "E": 2.2, "F": 3.0, "G": 2.2, "H": 2.2, "I": 2.2, "J": 4.6})
    s.title("Where reps spend their time: what is an enablement plan for C, D and E worth?",
            "What it answers: how each product's share of rep selling time follows its sales velocity, reps' access "
            "to decision-makers and their comfort, and what raising comfort and access does to revenue and gross "
            "profit.",
            "How to read it: yellow cells with blue figures are inputs. Velocity in $ of pipeline a day; shares in % "
            "of selling time; access, comfort, effort and revenue as multiples (1.00x = normal or today); money in "
            "$M a year.", "J")

    # 1. Today.
    s.section("A8", "1  Today: what each product offers a rep's time", span="J8")
    s.row("A9", ["Product", "Open opportunities", "Average deal size", "Win rate", "Sales cycle", "Velocity",
                 "Access to buyers", "Reps' comfort", "Share of selling time", "What holds reps back"],
          style="SSF Header")
    s.height(9, 0.9)
    for i, p in enumerate(PRODUCTS):
        r = T1 + i
        s.put(f"A{r}", p[0], style="SSF Label")
        s.put(f"B{r}", p[1], style="SSF Input", fmt="opps")
        s.put(f"C{r}", p[2], style="SSF Input", fmt="money")
        s.put(f"D{r}", p[3], style="SSF Input", fmt="pct")
        s.put(f"E{r}", p[4], style="SSF Input", fmt="days")
        s.put(f"F{r}", f"=SSF_VELOCITY(B{r};C{r};D{r};E{r})", style="SSF Result", fmt="per_day")
        s.put(f"G{r}", p[5], style="SSF Input", fmt="mult")
        s.put(f"H{r}", p[6], style="SSF Input", fmt="mult")
        s.put(f"J{r}", p[11], style="SSF Input text")
    s.array("I10:I14", f"=SSF_MINDSHARE({OPP};{DEAL};{WIN};{CYC};G10:G14;H10:H14)", style="SSF Result",
            fmt="pct1")
    s.put("A15", "All products", style="SSF Total")
    s.look("B15:J15", style="SSF Total")
    s.put("F15", "=SUM(F10:F14)", style="SSF Total", fmt="per_day")
    s.put("I15", "=SUM(I10:I14)", style="SSF Total", fmt="pct1")

    # 2. With the plan.
    s.section("A17", "2  With the enablement plan: time, effort and revenue", span="J17")
    s.row("A18", ["Product", "Access with the plan", "Comfort with the plan", "Share of selling time",
                  "Effort (x today)", "Revenue (x today)", "Modelled change", "Revenue today", "Gross margin",
                  "Gross-profit change"], style="SSF Header")
    s.height(18, 0.9)
    for i, p in enumerate(PRODUCTS):
        r = T2 + i
        s.put(f"A{r}", f"=A{T1 + i}", style="SSF Label")
        s.put(f"B{r}", p[7], style="SSF Input", fmt="mult")
        s.put(f"C{r}", p[8], style="SSF Input", fmt="mult")
        s.put(f"E{r}", f"=D{r}/I{T1 + i}", style="SSF Result", fmt="mult")
        s.put(f"F{r}", f"=SSF_RESPONSE(E{r};$B$33;$B$34;$B$37;$C$37)", style="SSF Result", fmt="mult")
        s.put(f"G{r}", f"=F{r}-1", style="SSF Result", fmt="delta_pct1")
        s.put(f"H{r}", p[9], style="SSF Input", fmt="money_m")
        s.put(f"I{r}", p[10], style="SSF Input", fmt="pct")
        s.put(f"J{r}", f"=H{r}*G{r}*I{r}", style="SSF Result", fmt="delta_m")
    s.array("D19:D23", f"=SSF_MINDSHARE({OPP};{DEAL};{WIN};{CYC};B19:B23;C19:C23)", style="SSF Result", fmt="pct1")
    s.put("A24", "All products", style="SSF Total")
    s.look("B24:J24", style="SSF Total")
    s.put("D24", "=SUM(D19:D23)", style="SSF Total", fmt="pct1")
    s.put("G24", "=SSF_REVIMPACT(H19:H23;G19:G23)/H24", style="SSF Total", fmt="delta_pct1")
    s.put("H24", "=SUM(H19:H23)", style="SSF Total", fmt="money_m")
    s.put("J24", "=SSF_GPDELTA(H19:H23;I19:I23;G19:G23)", style="SSF Key", fmt="delta_m")
    s.conditions("G19:G24", [("LESS", "0", "SSF Bad"), ("GREATER", "0", "SSF Good")])
    s.conditions("J19:J23", [("LESS", "0", "SSF Bad"), ("GREATER", "0", "SSF Good")])
    s.sign_colors("J24")

    # 3. What the plan is worth.
    s.section("A26", "3  What the plan is worth", span="C26")
    targeted = "(B19:B23*C19:C23<>G10:G14*H10:H14)"
    worth = [
        ("Revenue change a year", "=SSF_REVIMPACT(H19:H23;G19:G23)", "delta_m"),
        ("Gross-profit change a year", "=J24", "delta_m"),
        ("Selling time of the targeted products", f"=SUMPRODUCT({targeted}*I10:I14)", "pct1"),
        ("... with the plan", f"=SUMPRODUCT({targeted}*D19:D23)", "pct1"),
    ]
    for i, (label, formula, fmt) in enumerate(worth):
        r = 27 + i
        key = "Gross-profit" in label
        s.merge(f"A{r}:B{r}", label, style="SSF Key" if key else "SSF Label")
        s.put(f"C{r}", formula, style="SSF Key" if key else "SSF Result", fmt=fmt)
    s.sign_colors("C28")

    # 4. The response curve.
    s.section("A32", "4  Response curve", span="C32")
    curve = [("Floor: with no selling time", FLOOR), ("Ceiling: with unlimited time", CEILING),
             ("At 150% of today's time", AT150)]
    for i, (label, value) in enumerate(curve):
        s.put(f"A{33 + i}", label, style="SSF Label")
        s.put(f"B{33 + i}", value, style="SSF Input", fmt="mult")
    s.put("A36", "Fitted curve (SSF_RESPONSEFIT)", style="SSF Header")
    s.row("B36", ["Shape", "Scale"], style="SSF Header")
    s.put("A37", "Fitted to the estimates", style="SSF Label")
    s.array("B37:C37", "=SSF_RESPONSEFIT(B33;B34;B35)", style="SSF Result", fmt="0.000")
    s.put("A38", "Check: revenue at today's time", style="SSF Label")
    s.put("B38", "=SSF_RESPONSE(1;B33;B34;B37;C37)", style="SSF Result", fmt="mult")
    s.merge("A39:C41", "Revenue as a multiple of today's. Shape: how sharply revenue answers extra time; scale: "
                       "its half-way point. The curve passes today (1.00x, 1.00x) and your 150% estimate.",
            style="SSF Note")
    for row in (39, 40, 41):
        s.height(row, 0.55)

    # The answer first.
    s.merge("A5:J6")
    s.put("A5", "=\"Bottom line: the plan lifts the products it targets from \"&" + m("C29", "pct") + "&\" to \"&"
                + m("C30", "pct") + "&\" of reps' selling time. Read off the response curve, that is worth \"&" + m("C28") +
                "&\" of gross profit a year (revenue \"&" + m("C27") + "&\"), before the cost of the enablement.\"",
          style="SSF Bottom line")
    s.height(5, 0.75)
    s.height(6, 0.75)
    # Charts: selling time today and with the plan; the response curve. Their
    # series are on the hidden sheet Chart data, the curve also computed with
    # Calc's own functions for the Checks sheet.
    data = book.data_sheet()
    data.section("A8", "Share of selling time (sheet Rep time)", span="C8")
    data.row("A9", ["Product", "Today", "With the plan"], style="SSF Header")
    for i in range(5):
        data.put(f"A{10 + i}", f"=LEFT({ref('Rep time', f'A{T1 + i}')};1)", style="SSF Label")
        data.put(f"B{10 + i}", "=" + ref("Rep time", f"I{T1 + i}"), style="SSF Result", fmt="pct1")
        data.put(f"C{10 + i}", "=" + ref("Rep time", f"D{T2 + i}"), style="SSF Result", fmt="pct1")
    s.chart("Share", "D26", 8.8, 7.4, ["A9:C14"], data=data, kind="bar", horizontal=True,
            title="Share of selling time: today and with the plan", colors=[0x8EA9DB, 0x1F4E9E], labels=True,
            y_format="0%", label_format="0%", y_scale=(0, 0.6, 0.1))
    data.section("E8", "Response curve (sheet Rep time)", span="G8")
    data.row("E9", ["Effort (x today)", "Revenue (x today)", "Revenue, Calc's own"], style="SSF Header")
    curve = [ref("Rep time", a) for a in ("$B$33", "$B$34", "$B$37", "$C$37")]
    for k in range(61):
        r = 10 + k
        data.put(f"E{r}", k * 0.05, style="SSF Result", fmt="mult")
        data.put(f"F{r}", f"=SSF_RESPONSE(E{r};{';'.join(curve)})", style="SSF Result", fmt="mult")
        data.put(f"G{r}", "=" + response(f"E{r}", *curve), style="SSF Result", fmt="mult")
    s.chart("Response", "H26", 9.0, 7.0, ["E9:F70"], data=data, kind="xy",
            title="Response curve: revenue by selling time", x_title="Selling time (x today)",
            y_title="Revenue (x today)", legend=None, colors=[0x1F4E9E], x_format='0.0"x"', y_format='0.0"x"',
            x_scale=(0, 3, 0.5), y_scale=(0, 1.8, 0.2))

    s.print_area("A1:J42", one_page=True)

    book.name("VelocityA", "Rep time", "F10")
    book.name("ResponseShape", "Rep time", "B37")
    book.name("ResponseScale", "Rep time", "C37")
    book.name("PlanGPDelta", "Rep time", "J24")
    book.name("ModelledChange", "Rep time", "A18:J24")


def response(effort, floor, ceiling, shape, scale):
    """SSF_RESPONSE with Calc's own operators: floor + (ceiling - floor) e^s / (scale + e^s)."""
    return f"{floor}+({ceiling}-{floor})*{effort}^{shape}/({scale}+{effort}^{shape})"


def checks_sheet(book):
    """Every SSF_ figure recomputed from the current inputs with Calc's own functions."""
    c = Checks(book)
    r = lambda addr: ref("Rep time", addr)  # noqa: E731
    typed = "a figure was typed over, or an input is not a valid number"
    velocity = f"{r(OPP)}*{r(DEAL)}*{r(WIN)}/{r(CYC)}"
    c.each("Velocity, each product (SSF_VELOCITY): opportunities x deal size x win rate / cycle", r("F10:F14"),
           velocity, "a velocity does not follow from its four inputs: " + typed, fmt="per_day")
    today = f"{velocity}*{r('G10:G14')}*{r('H10:H14')}"
    c.each("Share of selling time today, each product (SSF_MINDSHARE)", r("I10:I14"), f"{today}/SUMPRODUCT({today})",
           "a share today is not velocity x access x comfort over the total: " + typed, fmt="pct1")
    c.number("Shares today add up to 100%", r("I15"), "1", "the shares today do not cover all selling time",
             fmt="pct1")
    plan = f"{velocity}*{r('B19:B23')}*{r('C19:C23')}"
    c.each("Share of selling time with the plan, each product (SSF_MINDSHARE)", r("D19:D23"),
           f"{plan}/SUMPRODUCT({plan})", "a share with the plan is not velocity x access x comfort over the total: "
           + typed, fmt="pct1")
    c.number("Shares with the plan add up to 100%", r("D24"), "1",
             "the shares with the plan do not cover all selling time", fmt="pct1")
    floor, ceiling, at150 = r("B33"), r("B34"), r("B35")
    scale = f"({ceiling}-1)/(1-{floor})"
    c.number("Response fit: scale (SSF_RESPONSEFIT)", r("C37"), scale,
             "the fitted scale is not (ceiling - 1) / (1 - floor): " + typed, fmt="0.00000")
    c.number("Response fit: shape (SSF_RESPONSEFIT)", r("B37"),
             f"LN({scale}*({at150}-{floor})/({ceiling}-{at150}))/LN(1.5)",
             "the fitted shape does not make the curve pass your estimate at 150%: " + typed, fmt="0.00000")
    curve = (floor, ceiling, r("B37"), r("C37"))
    c.number("Response at today's time is 1.00x", r("B38"), "1", "the curve does not pass today's revenue",
             fmt="mult3")
    c.number("Response at 150% of the time is your estimate", f"=SSF_RESPONSE(1.5;{';'.join(curve)})", at150,
             "the curve does not pass your estimate at 150% of the time", fmt="mult3")
    c.each("Revenue multiple, each product (SSF_RESPONSE)", r("F19:F23"), response(r("E19:E23"), *curve),
           "a revenue multiple is not read off the response curve: " + typed, fmt="mult3")
    data = lambda addr: ref("Chart data", addr)  # noqa: E731
    c.each("Response-curve chart: 0x to 3x of today's time", data("F10:F70"), data("G10:G70"),
           "the response-curve chart does not show the curve: the hidden sheet Chart data was changed", count="points")
    c.number("Gross-profit change (SSF_GPDELTA): revenue x change x margin", r("J24"),
             f"SUMPRODUCT({r('H19:H23')};{r('G19:G23')};{r('I19:I23')})",
             "the gross-profit change does not add up the product rows: " + typed, fmt="delta_m")
    c.number("Revenue change (SSF_REVIMPACT): revenue x change", r("C27"),
             f"SUMPRODUCT({r('H19:H23')};{r('G19:G23')})",
             "the revenue change in section 3 does not add up the product rows: " + typed, fmt="delta_m")
    c.number("Revenue change as a share of revenue (SSF_REVIMPACT)", r("G24"),
             f"SUMPRODUCT({r('H19:H23')};{r('G19:G23')})/SUM({r('H19:H23')})",
             "the total modelled change is wrong: " + typed, fmt="delta_pct1")
    return c.finish()


# The worked figures (DOMAIN.md group D, and the chain computed in plain
# Python by hand()) on the untouched sample, asserted by
# tests/office/test_samples.py: (what, formula or reference, expected,
# absolute tolerance).
_R = "$'Rep time'."
WORKED = [
    ("Velocity of A (DOMAIN.md: 40 x 25,000 x 25% / 90)", _R + "F10", 40 * 25_000 * 0.25 / 90, 1e-6),
    ("Velocity of A, rounded to cents (DOMAIN.md: 2,777.78)", f"ROUND({_R}F10;2)", 2777.78, 1e-9),
    ("Velocity of D (8 x 120,000 x 25% / 240)", _R + "F13", H["velocity"][3], 1e-9),
    *[(f"Share of selling time today, {x}", f"{_R}I{T1 + i}", H["share_today"][i], 1e-12) for i, x in enumerate("ABCDE")],
    *[(f"Share with the plan, {x}", f"{_R}D{T2 + i}", H["share_plan"][i], 1e-12) for i, x in enumerate("ABCDE")],
    ("Effort multiple of D", _R + "E22", H["effort"][3], 1e-12),
    ("Response fit: shape (DOMAIN.md: 1.82984)", _R + "B37", 1.82984, 5e-6),
    ("Response fit: shape, exactly (ln(1.2 x 0.7 / 0.4) / ln 1.5)", _R + "B37", H["shape"], 1e-12),
    ("Response fit: scale (DOMAIN.md: 1.2)", _R + "C37", 1.2, 1e-12),
    *[(f"Modelled change, {x}", f"{_R}G{T2 + i}", H["change"][i], 1e-12) for i, x in enumerate("ABCDE")],
    ("Gross-profit change (sum revenue x change x margin)", _R + "J24", H["gp"], 1e-9),
    ("Revenue change (sum revenue x change)", _R + "C27", H["rev"], 1e-9),
]
