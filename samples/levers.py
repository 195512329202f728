"""Sample workbook "levers": do the focus levers make reps sell every product,
and what do they cost?

DOMAIN.md group C (article part 3): quota credit rates (standard 1,
accelerated 1.5, carved out 0), a product minimum, the pay curve and its
chart, for two reps with the same quota; then an overlay's double crediting,
a SPIFF's return and marginal vs flat commission tiers. Built by
samples/build.py.

The Checks sheet recomputes every figure from the current inputs with Calc's
own functions. The worked figures below (DOMAIN.md figures are marked so) are
asserted on the untouched sample by tests/office/test_samples.py (WORKED):
- Alex: credit 1,000,000 x 1 + 500,000 x 1 + 200,000 x 1.5 + 400,000 x 0
  = 1,800,000; attainment 1,800,000 / 2,000,000 = 90%; every product at or
  above its minimum (C 200,000 >= 150,000), so 90% stays; pay level 80%
  (DOMAIN.md: curve 75%->50%, 100%->100%, 150%->300%, 90% -> 80%);
  payout 80% x 50,000 = 40,000
- Sam: credit 2,200,000 + 300,000 + 50,000 x 1.5 + 0 = 2,575,000; attainment
  128.75%; C booked 50,000 < 150,000, so attainment is capped at 100%: pay
  100%, 50,000; without the minimum: 100% + 28.75% x (300% - 100%) / 50%
  = 215%, 107,500
- curve: 120% -> 180%, 160% -> 340%, with a cap of 300% -> 300% (DOMAIN.md);
  the sample caps at 350%, so 180% -> 420% is paid 350%
  74% -> 0 (below the first point)
- overlay: 100,000 x (5% + 3% + 2%) = 10,000 (DOMAIN.md); the rep alone 5,000
- SPIFF: (100 x 50 - 10 x 400) / (10 x 400) = 25% (DOMAIN.md); break-even at
  4,000 / 50 = 80 extra units, where the return is 0
- commission on 30,000 with 5% from 0, 7% from 10,000, 10% from 25,000:
  marginal 500 + 1,050 + 500 = 2,050, flat 3,000 (DOMAIN.md)
"""
from checks import Checks
from style import money_text as m, ref

NAME = "levers"
TITLE = "Focus levers"
SUBJECT = "Quota credit, product minimums, pay curve, overlay cost, SPIFF return and commission tiers."

REPS = ["Alex", "Sam"]
PRODUCTS = [  # product, lever, credit rate, product minimum, Alex's bookings, Sam's bookings
    ("A  Network switches", "Standard credit", 1.0, 0, 1_000_000, 2_200_000),
    ("B  Network management", "Standard credit", 1.0, 0, 500_000, 300_000),
    ("C  Storage arrays", "Accelerator + minimum", 1.5, 150_000, 200_000, 50_000),
    ("Renewals, all products", "Carved out", 0.0, 0, 400_000, 600_000),
]
QUOTA = 2_000_000
TARGET_INCENTIVE = 50_000
CURVE = [(0.75, 0.50), (1.00, 1.00), (1.50, 3.00)]  # attainment -> pay level (DOMAIN.md)
CAP = 3.5  # above the curve's last pay level, so the curve may be edited (a cap below it is an error)
OVERLAY = [("Account rep", 0.05), ("Overlay specialist", 0.03), ("Partner manager", 0.02)]
TIERS = [(0, 0.05), (10_000, 0.07), (25_000, 0.10)]


def _rep_figures(col):
    """What the bottom line says of one rep: attainment, then either the held
    pay (100% is in the text) or pay and pay level."""
    return lambda value: [(f"{col}21", "pct")] + (
        [("1", "pct"), (f"{col}24", "money"), (f"{col}25", "money")] if value(f"{col}22") < value(f"{col}21")
        else [(f"{col}24", "money"), (f"{col}23", "pct")])


# The figures each sentence quotes, in order: (expression, SENTENCE_FIGURES
# format), or a function of the sheet's values giving them; read back in five
# locales by tests/office/test_locales.py.
SENTENCES = {
    ("Pay plan", "A5"): lambda value: _rep_figures("E")(value) + _rep_figures("F")(value) + (
        [("SUM(E25:F25)-SUM(E24:F24)", "money")] if value("SUM(E25:F25)") > value("SUM(E24:F24)") else []),
    ("Pay plan", "H14"): [("H10", "pct"), ("H11", "pct"), ("(I12-I11)/(H12-H11)", "num1"), ("I13", "pct")],
    ("Overlay and SPIFF", "A5"): [("COUNT(B11:B13)", "count"), ("B14", "money"), ("B14/B16", "num1"),
                                  ("ABS(E14)", "pct"), ("E17", "count"), ("E13", "count"), ("H13", "money"),
                                  ("H16", "pct")],
    ("Overlay and SPIFF", "G18"): [("H13", "money"), ("H15", "money"), ("H14", "money")],
}

KEY_FIGURES = {"AlexPayout": 40_000, "AlexPayLevel": 0.8, "SamAttainment": 1.0, "OverlayCost": 10_000,
               "SpiffReturn": 0.25, "CommissionMarginal": 2_050, "CommissionFlat": 3_000}

BOOK = {"Alex": "E10:E13", "Sam": "F10:F13"}
RATE, MINIMUM, CURVE_RANGE = "C10:C13", "D10:D13", "$H$10:$I$12"


def build(book):
    pay_plan_sheet(book)
    other_levers_sheet(book)
    return checks_sheet(book)


def pay_plan_sheet(book):
    s = book.sheet("Pay plan", tab_color=0x1F4E9E)
    s.widths({"A": 5.0, "B": 4.0, "C": 2.2, "D": 2.8, "E": 3.0, "F": 3.0, "G": 0.6, "H": 3.2, "I": 3.2, "J": 3.2})
    s.title("Focus levers in the pay plan: does it make reps sell every product?",
            "What it answers: how quota credit rates (accelerate the emerging product, carve out renewals), a minimum "
            "per product and the pay curve change what two reps with the same quota earn.",
            "How to read it: yellow cells with blue figures are inputs. Money in $; attainment in % of quota; pay "
            "level in % of the target incentive. Overlay, SPIFF and commission tiers: next sheet.", "J")

    # 1. Quota credit.
    s.section("A8", "1  Quota credit: what each product counts for", span="F8")
    s.row("A9", ["Product", "Lever", "Credit rate", "Product minimum", "Alex: bookings", "Sam: bookings"],
          style="SSF Header")
    s.height(9, 0.9)
    for i, (product, lever, rate, minimum, alex, sam) in enumerate(PRODUCTS):
        r = 10 + i
        s.put(f"A{r}", product, style="SSF Label")
        s.put(f"B{r}", lever, style="SSF Input")
        s.put(f"C{r}", rate, style="SSF Input", fmt="0.0\"x\"")
        s.put(f"D{r}", minimum, style="SSF Input", fmt="money")
        s.put(f"E{r}", alex, style="SSF Input", fmt="money")
        s.put(f"F{r}", sam, style="SSF Input", fmt="money")
    s.merge("A14:D14", "Total bookings", style="SSF Total")
    s.put("E14", "=SUM(E10:E13)", style="SSF Total", fmt="money")
    s.put("F14", "=SUM(F10:F13)", style="SSF Total", fmt="money")
    s.conditions("E10:F13", [("FORMULA", "AND($D10>0;E10<$D10)", "SSF Bad")])

    # 2. Attainment and pay, one column per rep.
    s.section("A16", "2  Attainment and pay", span="F16")
    s.merge("A17:D17", "For each rep", style="SSF Header")
    s.row("E17", ["Alex", "Sam"], style="SSF Header")
    rows = [
        ("Quota", "input", "money"),
        ("Target incentive (paid at 100% pay level)", "input", "money"),
        ("Quota credit (bookings x credit rate)", "=SSF_QUOTACREDIT({b};$C$10:$C$13)", "money"),
        ("Attainment before product minimums", "=SSF_ATTAINMENT({b};$C$10:$C$13;{c}18)", "0.0%"),
        ("Attainment with product minimums", "=SSF_ATTAINMENT({b};$C$10:$C$13;{c}18;$D$10:$D$13)", "0.0%"),
        ("Pay level (from the pay curve)", f"=SSF_PAYOUT({{c}}22;1;{CURVE_RANGE};$I$13)", "pct"),
        ("Payout", f"=SSF_PAYOUT({{c}}22;{{c}}19;{CURVE_RANGE};$I$13)", "money"),
        ("Payout if there were no product minimum", f"=SSF_PAYOUT({{c}}21;{{c}}19;{CURVE_RANGE};$I$13)", "money"),
    ]
    for i, (label, formula, fmt) in enumerate(rows):
        r = 18 + i
        key = label == "Payout"
        s.merge(f"A{r}:D{r}", label, style="SSF Key" if key else "SSF Label")
        for col, rep in (("E", "Alex"), ("F", "Sam")):
            if formula == "input":
                s.put(f"{col}{r}", QUOTA if i == 0 else TARGET_INCENTIVE, style="SSF Input", fmt=fmt)
            else:
                s.put(f"{col}{r}", formula.format(b=BOOK[rep], c=col), style="SSF Key" if key else "SSF Result",
                      fmt=fmt)
    s.conditions("E22:F22", [("FORMULA", "E22<E21", "SSF Warn")])
    s.merge("A26:D26", "What happened", style="SSF Label")
    s.height(26, 1.3)
    for col in "EF":
        s.put(f"{col}26", f"=IF({col}22<{col}21;\"Held at 100%: a product is below its minimum\";"
                          f"IF({col}21<1;\"Below quota: paid on the curve\";\"Above quota: accelerated pay\"))",
              style="SSF Text")

    # 3. The pay curve and its chart.
    s.section("H8", "3  Pay curve", span="J8")
    s.row("H9", ["Attainment", "Pay level"], style="SSF Header")
    s.put("J9", "Point", style="SSF Header")
    for i, (att, pay) in enumerate(CURVE):
        r = 10 + i
        s.put(f"H{r}", att, style="SSF Input", fmt="pct")
        s.put(f"I{r}", pay, style="SSF Input", fmt="pct")
        s.put(f"J{r}", ["threshold", "target", "accelerator"][i], style="SSF Label")
    s.put("H13", "Cap", style="SSF Label")
    s.put("I13", CAP, style="SSF Input", fmt="pct")
    s.put("J13", "highest pay level", style="SSF Label")
    # The note quotes the inputs, so it stays true when they change.
    s.merge("H14:J15", "=\"Below \"&" + m("H10", "pct") + "&\" of quota nothing is paid; from \"&" + m("H11", "pct") + "&\" each "
                       "point of attainment pays \"&" + m("(I12-I11)/(H12-H11)", "num1") + "&\" points of target incentive, up "
                       "to the cap of \"&" + m("I13", "pct") + "&\".\"", style="SSF Note")
    # The chart's series, on the hidden sheet: pay level by attainment, 0% to
    # 180% in steps of 1% (fine enough to show the jump at the threshold),
    # and the same computed with Calc's own functions for the Checks sheet.
    data = book.data_sheet()
    data.section("A8", "Pay curve (sheet Pay plan)", span="C8")
    data.row("A9", ["Attainment", "Pay level", "Pay level, Calc's own"], style="SSF Header")
    for k in range(181):
        r = 10 + k
        data.put(f"A{r}", k / 100, style="SSF Result", fmt="pct")
        data.put(f"B{r}", f"=SSF_PAYOUT(A{r};1;{ref('Pay plan', CURVE_RANGE)};{ref('Pay plan', '$I$13')})",
                 style="SSF Result", fmt="pct")
        data.put(f"C{r}", "=" + pay_level(f"A{r}"), style="SSF Result", fmt="pct")
    # How the levers work.
    s.section("A29", "How the levers steer reps", span="F29")
    notes = [
        "=\"Accelerator: product C counts \"&" + m("C12", "num1") + "&\"x toward quota, so a dollar of C earns reps \"&"
        + m("C12/C10-1", "pct") + "&\" more credit than a dollar of A.\"",
        "=\"Carve-out: renewals count \"&" + m("C13", "num1") + "&\"x, so reps spend their time on new business.\"",
        "Product minimum: below C's minimum no accelerated pay, however big the number on A (rep Sam).",
    ]
    for i, text in enumerate(notes):
        s.merge(f"A{30 + i}:F{30 + i}", text, style="SSF Text")

    # The answer first (it reads the figures above).
    rep_sentence = lambda col, rep: (  # noqa: E731
        f"\"{rep} made \"&{m(col + '21', 'pct')}&\" of quota\"&IF({col}22<{col}21;\" but a product is below its "
        f"minimum: attainment is held at 100% and pays \"&{m(col + '24', 'money')}&\" instead of \"&"
        f"{m(col + '25', 'money')}&\".\";\" and earns \"&{m(col + '24', 'money')}&\" (\"&{m(col + '23', 'pct')}&\" "
        f"of target).\")")
    s.merge("A5:J6")
    s.put("A5", f"=\"Bottom line: \"&{rep_sentence('E', 'Alex')}&\" \"&{rep_sentence('F', 'Sam')}"
                f"&IF(SUM(E25:F25)>SUM(E24:F24);\" The product minimum saves \"&{m('SUM(E25:F25)-SUM(E24:F24)', 'money')}"
                f"&\" and keeps reps selling C.\";\"\")",
          style="SSF Bottom line")
    s.height(5, 0.75)
    s.height(6, 0.75)
    s.chart("PayCurve", "H17", 9.6, 7.6, ["A9:B190"], data=data, kind="xy", title="Pay level by attainment",
            x_title="Attainment (% of quota)", y_title="Pay level (% of target incentive)", legend=None,
            colors=[0x1F4E9E], y_format="0%", x_format="0%", x_scale=(0, 1.8, 0.25), y_scale=(0, 3.5, 0.5))
    s.print_area("A1:J33", one_page=True)

    book.name("AlexPayLevel", "Pay plan", "E23")
    book.name("AlexPayout", "Pay plan", "E24")
    book.name("SamAttainment", "Pay plan", "F22")
    book.name("Payouts", "Pay plan", "A17:F25")


def other_levers_sheet(book):
    s = book.sheet("Overlay and SPIFF", tab_color=0x70AD47)
    s.widths({"A": 5.6, "B": 3.0, "C": 0.6, "D": 5.6, "E": 3.0, "F": 0.6, "G": 5.6, "H": 3.0})
    s.title("Overlays, SPIFFs and commission tiers: what do the other focus levers cost?",
            "What it answers: what crediting one deal to several people costs (double compensation), whether a SPIFF "
            "pays for itself, and how much more a flat commission tier pays than a marginal one.",
            "How to read it: yellow cells with blue figures are inputs. Money in $; rates in % of the amount they "
            "are paid on; units are units sold.", "H")

    # 4. Overlay.
    s.section("A8", "4  Overlay: double crediting", span="B8")
    s.row("A9", ["Deal and credited parties", "Value"], style="SSF Header")
    s.put("A10", "Deal bookings", style="SSF Label")
    s.put("B10", 100_000, style="SSF Input", fmt="money")
    for i, (who, rate) in enumerate(OVERLAY):
        s.put(f"A{11 + i}", f"{who}: payout rate", style="SSF Label")
        s.put(f"B{11 + i}", rate, style="SSF Input", fmt="pct")
    s.put("A14", "Incentive cost of the deal", style="SSF Key")
    s.put("B14", "=SSF_OVERLAYCOST(B10;B11:B13)", style="SSF Key", fmt="money")
    s.put("A15", "... as a share of bookings", style="SSF Label")
    s.put("B15", "=B14/B10", style="SSF Result", fmt="pct")
    s.put("A16", "Cost with the account rep alone", style="SSF Label")
    s.put("B16", "=SSF_OVERLAYCOST(B10;B11:B11)", style="SSF Result", fmt="money")
    s.put("A17", "Extra cost of double crediting", style="SSF Label")
    s.put("B17", "=B14-B16", style="SSF Result", fmt="money")
    s.merge("A18:B20", "=\"Every extra credited party adds its rate to every deal: here the cost of sale is \"&"
                       + m("B14/B16", "num1") + "&\" times the rep's own.\"", style="SSF Note")

    # 5. SPIFF.
    s.section("D8", "5  SPIFF: does it pay back?", span="E8")
    s.row("D9", ["SPIFF", "Value"], style="SSF Header")
    spiff = [
        ("Extra units sold because of it", 100, "units"),
        ("Gross margin per unit", 50, "money"),
        ("SPIFF paid per unit", 10, "money"),
        ("Units it is paid on (eligible)", 400, "units"),
    ]
    for i, (label, value, fmt) in enumerate(spiff):
        s.put(f"D{10 + i}", label, style="SSF Label")
        s.put(f"E{10 + i}", value, style="SSF Input", fmt=fmt)
    s.put("D14", "Return on the SPIFF", style="SSF Key")
    s.put("E14", "=SSF_SPIFFROI(E10;E11;E12;E13)", style="SSF Key", fmt="pct")
    s.sign_colors("E14")
    s.put("D15", "SPIFF cost (every eligible unit)", style="SSF Label")
    s.put("E15", "=E12*E13", style="SSF Result", fmt="money")
    s.put("D16", "Extra gross margin", style="SSF Label")
    s.put("E16", "=E10*E11", style="SSF Result", fmt="money")
    s.put("D17", "Break-even: extra units needed", style="SSF Label")
    s.put("E17", "=E15/E11", style="SSF Result", fmt="units")
    s.merge("D18:E20", "=\"The SPIFF is paid on all \"&" + m("E13", "count") + "&\" units, also those that would have sold "
                       "anyway: it pays back only if more than \"&" + m("E17", "count") + "&\" of them are truly extra.\"",
            style="SSF Note")

    # 6. Commission tiers.
    s.section("G8", "6  Commission tiers: marginal or flat?", span="H8")
    s.row("G9", ["Commission from", "Rate"], style="SSF Header")
    for i, (bound, rate) in enumerate(TIERS):
        s.put(f"G{10 + i}", bound, style="SSF Input", fmt='"from $"#,##0')
        s.put(f"H{10 + i}", rate, style="SSF Input", fmt="pct")
    s.put("G13", "Commissionable amount", style="SSF Label")
    s.put("H13", 30_000, style="SSF Input", fmt="money")
    s.put("G14", "Marginal: each rate on its tier", style="SSF Key")
    s.put("H14", "=SSF_COMMISSION(H13;G10:H12)", style="SSF Key", fmt="money")
    s.put("G15", "Flat: top rate on everything", style="SSF Label")
    s.put("H15", "=SSF_COMMISSION(H13;G10:H12;\"flat\")", style="SSF Result", fmt="money")
    s.put("G16", "Flat pays more by", style="SSF Label")
    s.put("H16", "=H15/H14-1", style="SSF Result", fmt="delta_pct")
    s.merge("G18:H20", "=\"On \"&" + m("H13", "money") + "&\" a flat plan pays \"&" + m("H15", "money") + "&\", a marginal one \"&"
                       + m("H14", "money") + "&\": one dollar over a tier's edge raises the rate on every dollar.\"",
            style="SSF Note")
    for r in (18, 19, 20):
        s.height(r, 0.5)

    # Commission by amount, for the chart (on the hidden sheet), and the same
    # computed with Calc's own functions for the Checks sheet.
    data = book.data_sheet()
    data.section("E8", "Commission (sheet Overlay and SPIFF)", span="I8")
    data.row("E9", ["Amount", "Marginal", "Flat", "Marginal, Calc's own", "Flat, Calc's own"], style="SSF Header")
    tiers = ref("Overlay and SPIFF", "$G$10:$H$12")
    for k in range(81):
        r = 10 + k
        data.put(f"E{r}", k * 500, style="SSF Result", fmt="money")
        data.put(f"F{r}", f"=SSF_COMMISSION(E{r};{tiers})", style="SSF Result", fmt="money")
        data.put(f"G{r}", f"=SSF_COMMISSION(E{r};{tiers};\"flat\")", style="SSF Result", fmt="money")
        data.put(f"H{r}", "=" + commission_marginal(f"E{r}"), style="SSF Result", fmt="money")
        data.put(f"I{r}", "=" + commission_flat(f"E{r}"), style="SSF Result", fmt="money")
    data.widths({"I": 3.0})
    # Watch-outs.
    s.section("A22", "Watch-outs", span="B22")
    notes = [
        "Double compensation: an overlay credited on top of the rep, plus a SPIFF, can pay 120% of target "
        "incentive for 80% of quota. Add up every party's rate before launching a lever.",
        "Reps making their number while the company misses its forecast: a quota met on the easiest product "
        "pays in full unless a product minimum holds it (sheet Pay plan, rep Sam).",
    ]
    for i, text in enumerate(notes):
        s.merge(f"A{23 + 4 * i}:B{26 + 4 * i}", text, style="SSF Text")

    # The answer first.
    s.merge("A5:H6")
    s.put("A5", "=\"Bottom line: crediting this deal to \"&COUNT(B11:B13)&\" people costs \"&" + m("B14", "money") + "&\", \"&"
                + m("B14/B16", "num1") + "&\" times the rep's own. The SPIFF \"&IF(E14>=0;\"returns \";\"loses \")&"
                + m("ABS(E14)", "pct") + "&\" of its cost and pays back only if more than \"&" + m("E17", "count") + "&\" of its \"&"
                + m("E13", "count") + "&\" units are truly extra. On \"&" + m("H13", "money") + "&\" a flat commission tier pays \"&"
                + m("H16", "pct") + "&\" more than a marginal one.\"", style="SSF Bottom line")
    s.height(5, 0.75)
    s.height(6, 0.75)
    s.chart("Commission", "D22", 17.8, 7.0, ["E9:G90"], data=data, kind="xy", title="Commission by amount: marginal and flat tiers",
            x_title="Commissionable amount ($)", y_title="Commission ($)", colors=[0x1F4E9E, 0xC55A11],
            y_format="money", x_format="money", x_scale=(0, 40000, 5000), legend="BOTTOM")
    s.print_area("A1:H37", one_page=True)

    book.name("OverlayCost", "Overlay and SPIFF", "B14")
    book.name("SpiffReturn", "Overlay and SPIFF", "E14")
    book.name("CommissionMarginal", "Overlay and SPIFF", "H14")
    book.name("CommissionFlat", "Overlay and SPIFF", "H15")


def pay_level(attainment):
    """The pay curve with Calc's own functions: 0 below the first point,
    linear between points, the last slope beyond, up to the cap."""
    h = lambda a: ref("Pay plan", a)  # noqa: E731
    x0, x1, x2, y0, y1, y2, cap = (h(a) for a in ("$H$10", "$H$11", "$H$12", "$I$10", "$I$11", "$I$12", "$I$13"))
    a = attainment
    return (f"IF({a}<{x0};0;MIN({cap};IF({a}<={x1};{y0}+({a}-{x0})*({y1}-{y0})/({x1}-{x0});"
            f"{y1}+({a}-{x1})*({y2}-{y1})/({x2}-{x1}))))")


def commission_marginal(amount):
    """Each tier's rate on the part of the amount inside the tier."""
    o = lambda a: ref("Overlay and SPIFF", a)  # noqa: E731
    g10, g11, g12, h10, h11, h12 = (o(a) for a in ("$G$10", "$G$11", "$G$12", "$H$10", "$H$11", "$H$12"))
    return (f"{h10}*MAX(0;MIN({amount};{g11})-{g10})+{h11}*MAX(0;MIN({amount};{g12})-{g11})"
            f"+{h12}*MAX(0;{amount}-{g12})")


def commission_flat(amount):
    """The rate of the highest tier reached (its lower edge included) on everything."""
    o = lambda a: ref("Overlay and SPIFF", a)  # noqa: E731
    return f"{amount}*LOOKUP({amount};{o('$G$10:$G$12')};{o('$H$10:$H$12')})"


def checks_sheet(book):
    """Every SSF_ figure recomputed from the current inputs with Calc's own functions."""
    c = Checks(book)
    p = lambda addr: ref("Pay plan", addr)  # noqa: E731
    o = lambda addr: ref("Overlay and SPIFF", addr)  # noqa: E731
    reps = [(col, p(f"{col}10:{col}13")) for col in "EF"]
    rate, minimum = p("$C$10:$C$13"), p("$D$10:$D$13")
    typed = "a figure of section 2 was typed over, or an input is not a valid number"
    for (col, b), rep in zip(reps, REPS):
        c.number(f"{rep}: quota credit (SSF_QUOTACREDIT), bookings x credit rate", p(f"{col}20"),
                 f"SUMPRODUCT({b};{rate})", "the quota credit is wrong: " + typed, fmt="money")
        c.number(f"{rep}: attainment before product minimums (SSF_ATTAINMENT), credit / quota", p(f"{col}21"),
                 f"SUMPRODUCT({b};{rate})/{p(col + '18')}", "attainment is not the quota credit over the quota: " + typed,
                 fmt="pct1")
        c.number(f"{rep}: attainment with product minimums (held at 100% when a product is below its minimum)",
                 p(f"{col}22"), f"IF(SUMPRODUCT(({b}<{minimum})*1)>0;MIN(1;{p(col + '21')});{p(col + '21')})",
                 "the product minimum is not applied as the plan says: " + typed, fmt="pct1")
        c.number(f"{rep}: pay level (SSF_PAYOUT), the pay curve at the attainment", p(f"{col}23"),
                 pay_level(p(f"{col}22")), "the pay level does not follow the pay curve (section 3): " + typed,
                 fmt="pct1")
        c.number(f"{rep}: payout, target incentive x pay level", p(f"{col}24"),
                 f"{p(col + '19')}*{pay_level(p(col + '22'))}", "the payout does not follow the pay curve: " + typed,
                 fmt="money")
        c.number(f"{rep}: payout if there were no product minimum", p(f"{col}25"),
                 f"{p(col + '19')}*{pay_level(p(col + '21'))}",
                 "the comparison payout does not follow the pay curve: " + typed, fmt="money")
    data = lambda addr: ref("Chart data", addr)  # noqa: E731
    c.each("Pay-curve chart: pay level at 0% to 180% of quota", data("B10:B190"), data("C10:C190"),
           "the pay-curve chart does not show the pay curve: the hidden sheet Chart data was changed",
           count="points")
    c.number("Overlay: incentive cost of the deal (SSF_OVERLAYCOST)", o("B14"), f"{o('B10')}*SUM({o('B11:B13')})",
             "the overlay cost is not bookings x the sum of the rates: B14 was typed over", fmt="money")
    c.number("Overlay: the account rep alone", o("B16"), f"{o('B10')}*{o('B11')}",
             "the cost with the rep alone is not bookings x the rep's rate: B16 was typed over", fmt="money")
    cost = f"({o('E12')}*{o('E13')})"
    c.number("SPIFF: return (SSF_SPIFFROI)", o("E14"), f"({o('E10')}*{o('E11')}-{cost})/{cost}",
             "the SPIFF return is not (extra margin - cost) / cost: E14 was typed over", fmt="pct1")
    c.number("SPIFF: return at the break-even units is 0",
             f"=SSF_SPIFFROI({o('E17')};{o('E11')};{o('E12')};{o('E13')})", "0",
             "the break-even units in E17 do not make the SPIFF pay for itself", fmt="pct1")
    c.number("Commission, marginal (SSF_COMMISSION)", o("H14"), commission_marginal(o("H13")),
             "the marginal commission is not each rate on its tier: H14 was typed over", fmt="money")
    c.number("Commission, flat", o("H15"), commission_flat(o("H13")),
             "the flat commission is not the top rate reached on everything: H15 was typed over", fmt="money")
    c.number("Commission, flat, on the top tier's lower edge", f"=SSF_COMMISSION({o('G12')};{o('G10:H12')};\"flat\")",
             f"{o('G12')}*{o('H12')}", "an amount on a tier's edge is not paid that tier's rate", fmt="money")
    chart = "the commission chart does not show the tiers: the hidden sheet Chart data was changed"
    c.each("Commission chart, marginal: $0 to $40,000", data("F10:F90"), data("H10:H90"), chart, count="points")
    c.each("Commission chart, flat: $0 to $40,000", data("G10:G90"), data("I10:I90"), chart, count="points")
    return c.finish()


# The worked figures (DOMAIN.md group C, hand calculations in the module
# docstring) on the untouched sample, asserted by tests/office/test_samples.py:
# (what, formula or reference, expected, absolute tolerance; a text is exact).
_CURVE = "$'Pay plan'.$H$10:$I$12"
WORKED = [
    ("Alex: quota credit (1,000,000 + 500,000 + 200,000 x 1.5 + 0)", "$'Pay plan'.E20", 1_800_000, 1e-6),
    ("Alex: attainment (1,800,000 / 2,000,000)", "$'Pay plan'.E21", 0.9, 1e-12),
    ("Alex: attainment with minimums (C 200,000 >= 150,000)", "$'Pay plan'.E22", 0.9, 1e-12),
    ("Alex: pay level (DOMAIN.md: 90% -> 80%)", "$'Pay plan'.E23", 0.8, 1e-12),
    ("Alex: payout (80% x 50,000)", "$'Pay plan'.E24", 40_000, 1e-6),
    ("Sam: quota credit (2,200,000 + 300,000 + 50,000 x 1.5)", "$'Pay plan'.F20", 2_575_000, 1e-6),
    ("Sam: attainment before minimums", "$'Pay plan'.F21", 1.2875, 1e-12),
    ("Sam: attainment with minimums (DOMAIN.md: capped at 100%)", "$'Pay plan'.F22", 1.0, 1e-12),
    ("Sam: payout (100% x 50,000)", "$'Pay plan'.F24", 50_000, 1e-6),
    ("Sam: payout without the minimum ((100% + 28.75% x 4) x 50,000)", "$'Pay plan'.F25", 107_500, 1e-6),
    ("Pay curve at 120% (DOMAIN.md: 180%)", f"SSF_PAYOUT(1.2;1;{_CURVE})", 1.8, 1e-12),
    ("Pay curve at 160%, no cap (DOMAIN.md: 340%)", f"SSF_PAYOUT(1.6;1;{_CURVE})", 3.4, 1e-12),
    ("Pay curve at 160%, cap 300% (DOMAIN.md: cap 3)", f"SSF_PAYOUT(1.6;1;{_CURVE};3)", 3.0, 1e-12),
    ("Pay curve at 160%, the sample's cap 350%", f"SSF_PAYOUT(1.6;1;{_CURVE};$'Pay plan'.I13)", 3.4, 1e-12),
    ("Pay curve at 74% (below the first point)", f"SSF_PAYOUT(0.74;1;{_CURVE})", 0, 1e-12),
    ("Chart data: pay level at 100%", "$'Chart data'.B110", 1.0, 1e-12),
    ("Chart data: pay level at 180% (100% + 80% x 4 = 420%, capped at 350%)", "$'Chart data'.B190", 3.5, 1e-12),
    ("Overlay: 100,000 x (5% + 3% + 2%) (DOMAIN.md)", "$'Overlay and SPIFF'.B14", 10_000, 1e-6),
    ("Overlay: the account rep alone", "$'Overlay and SPIFF'.B16", 5_000, 1e-6),
    ("SPIFF: (100 x 50 - 10 x 400) / (10 x 400) (DOMAIN.md)", "$'Overlay and SPIFF'.E14", 0.25, 1e-12),
    ("SPIFF: break-even extra units (4,000 / 50)", "$'Overlay and SPIFF'.E17", 80, 1e-9),
    ("Commission on 30,000, marginal (DOMAIN.md: 2,050)", "$'Overlay and SPIFF'.H14", 2_050, 1e-6),
    ("Commission on 30,000, flat (DOMAIN.md: 3,000)", "$'Overlay and SPIFF'.H15", 3_000, 1e-6),
    ("Commission on 25,000, flat (the edge belongs to the higher tier)",
     "SSF_COMMISSION(25000;$'Overlay and SPIFF'.G10:H12;\"flat\")", 2_500, 1e-6),
    ("Sam's verdict", "$'Pay plan'.F26", "Held at 100%: a product is below its minimum", None),
]
