"""Sample workbook "decision": should products A-E share one sales force?

The worked example of DOMAIN.md (section 1) with the business reading around
it: the impact table (SSF_SCENARIO, the article's Table 3), net impact and
break-even against the cost-of-sales savings, the volume/mix bridge, a chart
of gross profit by product; the Shared Sales Force Checklist for the pairs
that matter (the flagship A with each product its reps would add); the fit
matrix of all five products. Built by samples/build.py.

The Checks sheet recomputes every figure from the current inputs with Calc's
own functions. The worked figures below (DOMAIN.md figures are marked so) are
asserted on the untouched sample by tests/office/test_samples.py (WORKED):
- revenue 100 -> 96, delta -4; GP 59.95 -> 55.30, delta -4.65 (DOMAIN.md)
- product A: new revenue 35 * 1.18 = 41.3, GP delta 35 * 0.18 * 0.50 = 3.15;
  product C: GP delta 16 * -0.50 * 0.60 = -4.8
- volume (96 - 100) * 0.5995 = -2.398; mix 55.30 - 96 * 0.5995 = -2.252 (DOMAIN.md)
- GP gains A + B: 3.15 + 2.75 = 5.9; losses C + D + E: 4.8 + 3.4125 + 2.3375 = 10.55
- with savings 3: net impact -4.65 + 3 = -1.65; break-even k: 5.9 - 10.55 k + 3 = 0,
  k = 8.9 / 10.55 = 0.84360189573...
- checklist: A+B 5 yes of 6, A+C 4 of 6, A+D 0, A+E 1; the fit matrix of the
  profiles below gives the same shares (each Yes is a shared label)
"""
from checks import Checks
from style import money_text as m
from texts import Texts

NAME = "decision"
TITLE = "Shared sales force decision"
SUBJECT = "Should products A-E share one sales force? Impact, break-even, checklist and fit matrix."

PRODUCTS = [  # letter, name, revenue $M, gross margin, change with a shared sales force, why
    ("A", "Network switches", 35, 0.50, 0.18, "Reps' favourite: quick, price-led deals."),
    ("B", "Network management", 25, 0.55, 0.20, "Sold into the same network projects as A."),
    ("C", "Storage arrays", 16, 0.60, -0.50, "Consultative, another ecosystem: avoided."),
    ("D", "Clinical imaging analytics", 13, 0.75, -0.35, "Clinical buyers the reps never meet."),
    ("E", "Developer API platform", 11, 0.85, -0.25, "Developer-led: not how reps sell."),
]
COST_SAVINGS = 3.0  # $M a year of cost-of-sales savings from merging the sales teams

SHORT = ["organisation", "buyer", "problems", "knowledge", "sales process", "route to market"]
PROFILE_HEADERS = ["Target organisation (Q1)", "Buyer (Q2)", "Problem / solution (Q3)", "Knowledge ecosystem (Q4)",
                   "Sales process (Q5)", "Route to market (Q6)"]
PROFILES = {
    "A": ["Enterprise, all industries", "IT operations", "Data-center infrastructure", "Networking",
          "Transactional, price-led", "Direct reps + resellers"],
    "B": ["Enterprise, all industries", "IT operations", "Data-center infrastructure", "Networking",
          "Consultative, ROI-led", "Direct reps + resellers"],
    "C": ["Enterprise, all industries", "IT operations", "Data-center infrastructure", "Storage",
          "Consultative, ROI-led", "Direct reps + resellers"],
    "D": ["Healthcare providers", "Clinical leaders", "Clinical workflow", "Healthcare IT",
          "Consultative, ROI-led", "Healthcare integrators"],
    "E": ["Enterprise, all industries", "Developers", "Application integration", "Cloud APIs",
          "Developer-led, self-serve", "Online + marketplaces"],
}
PAIRS = [  # (first, second, [(answer, description) per question])
    ("A", "B", [
        ("Yes", "Both: mid-size and large enterprises of every industry."),
        ("Yes", "Both: the network team in IT operations."),
        ("Yes", "The same campus and data-center network refresh projects."),
        ("Yes", "The same networking trends, competitors and partners."),
        ("No", "A is a quick, price-led sale; B is sold on ROI over months."),
        ("Yes", "The same direct reps and network resellers."),
    ]),
    ("A", "C", [
        ("Yes", "Both: mid-size and large enterprises of every industry."),
        ("Yes", "IT operations buys both (network and storage teams, one CIO)."),
        ("Yes", "Both land in data-center refresh projects."),
        ("No", "Networking vs storage: two sets of trends and competitors."),
        ("No", "A is transactional and price-led; C is consultative, ROI-led."),
        ("Yes", "The same direct reps and infrastructure resellers."),
    ]),
    ("A", "D", [
        ("No", "A: every industry; D: hospitals and clinics only."),
        ("No", "A: IT operations; D: clinical department heads."),
        ("No", "Network refresh vs clinical workflow: no shared projects."),
        ("No", "Networking vs healthcare IT and clinical regulation."),
        ("No", "Price-led hardware sale vs consultative clinical ROI case."),
        ("No", "A: resellers; D: healthcare system integrators embed it."),
    ]),
    ("A", "E", [
        ("Yes", "Both: enterprises of every industry."),
        ("No", "A: IT operations; E: developers and engineering leads."),
        ("No", "Network refresh vs application integration projects."),
        ("No", "Networking vs cloud APIs: other communities, competitors."),
        ("No", "Price-led hardware sale vs developer-led, self-serve adoption."),
        ("No", "A: direct reps + resellers; E: online and marketplaces."),
    ]),
]
VERDICTS = ("Shared sales force fits", "Fits only with focus levers", "Synergy is an illusion")  # SSF_FITVERDICT's
MEANINGS = ("One rep can sell both: same customers, buyers and route.",
            "Share reps only with focus levers (quota minimum, accelerator, overlay), or reps sell the easier product.",
            "Keep a specialist team or a partner: a shared rep will not make time for this product.")
# SSF_QUESTION(1..6), as the add-in returns them (core/src/checklist.cpp):
# the sheet shows their translations in other languages. The translations
# are keyed by these texts, so WORKED checks each against SSF_QUESTION.
QUESTIONS = (
    "Are both products targeted to the same kind of organization (industry, segment)?",
    "Are both products sold to the same buying group and decision-makers?",
    "Do the products solve related problems, as parts of complementary solutions in the same projects?",
    "Does the same technology and industry knowledge sell both products?",
    "Are the sales processes similar (not a transactional, price-led sale beside a consultative, ROI-led one)?",
    "Do both products go to market by the same route (the same direct reps, partners or integrators)?",
)

# Key figures for the office test: named cell -> expected value (DOMAIN.md).
# The figures each sentence quotes, in order: (expression, SENTENCE_FIGURES
# format); tests/office/test_locales.py reads them back in five locales.
SENTENCES = {
    ("Decision", "A5"): [("GPDelta", "delta_m"), ("CostSavings", "money_m"), ("NetImpact", "delta_m"),
                         ("BreakEven", "pct")],
    ("Decision", "I14"): [("BreakEven", "pct")],
    ("Decision", "I25"): [("ABS(D24)", "money_m"), ("J23", "pct2"), ("J24", "pct2")],
}

KEY_FIGURES = {"GPDelta": -4.65, "VolumeEffect": -2.398, "MixEffect": -2.252, "NetImpact": -1.65}

REV, MAR, CHG = "B10:B14", "C10:C14", "D10:D14"


def build(book, t=None):
    """Build the workbook; `t` (samples/texts.py) gives each text in the
    workbook's language (English without it)."""
    t = t or Texts()
    decision_sheet(book, t)
    blocks = checklist_sheet(book, t)
    fit_matrix_sheet(book, t)
    return checks_sheet(book, blocks, t)


def decision_sheet(book, t):
    s = book.sheet("Decision", tab_color=0x1F4E9E)
    s.widths({"A": 5.0, "B": 2.35, "C": 2.35, "D": 2.35, "E": 2.35, "F": 2.35, "G": 2.35, "H": 0.6,
              "I": 6.6, "J": 2.7})
    s.title(t("Should products A-E share one sales force?"),
            t("What it answers: if one shared sales force sells all five products, how much revenue and gross profit "
              "does each product gain or lose, and do the cost-of-sales savings pay for it?"),
            t("How to read it: yellow cells with blue figures are inputs; change them and every figure recalculates. "
              "Money is in $M a year. Product fit: sheets Checklist and Fit matrix."), "J")

    # The answer first.
    s.merge("A5:J6")
    s.put("A5", f"=IF(J12<0;{t.q('Bottom line: the move does not pay. ')};{t.q('Bottom line: the move pays. ')})"
                f"&{t.q('Gross profit changes by ')}&{m('J10')}&{t.q(' a year against ')}&{m('J11', 'money_m')}"
                f"&{t.q(' of cost-of-sales savings: net ')}&{m('J12')}&{t.q(' a year. ')}"
                f"&IFERROR(IF(J12<0;{t.q('It would pay only if the products projected to shrink lost less than ')};"
                f"{t.q('It keeps paying while the products projected to shrink lose at most ')})"
                f"&{m('J13', 'pct')}&{t.q(' of the sales projected to be lost.')};\"\")",
          style="SSF Bottom line")
    s.height(5, 0.75)
    s.height(6, 0.75)

    # 1. Inputs.
    s.section("A8", t("1  Your assumptions"), span="G8")
    s.row("A9", [t("Product"), t("Revenue today"), t("Gross margin"), t("Change with shared sales force")],
          style="SSF Header")
    s.merge("E9:G9", t("Why it changes"), style="SSF Header")
    s.height(9, 1.25)
    for i, (letter, name, revenue, margin, change, why) in enumerate(PRODUCTS):
        r = 10 + i
        s.put(f"A{r}", f"{letter}  {t(name)}", style="SSF Label")
        s.put(f"B{r}", revenue, style="SSF Input", fmt="money_m")
        s.put(f"C{r}", margin, style="SSF Input", fmt="pct")
        s.put(f"D{r}", change, style="SSF Input", fmt="delta_pct")
        s.merge(f"E{r}:G{r}", t(why), style="SSF Input text")  # wraps: the German reasons are longer
        s.fit_height(r, t(why), 3 * 2.35, per_char=0.17, pad=0.05)
    s.put("A15", t("All products"), style="SSF Total")
    s.put("B15", f"=SUM({REV})", style="SSF Total", fmt="money_m")
    s.put("C15", f"=SUMPRODUCT({REV};{MAR})/B15", style="SSF Total", fmt="0.00%")
    s.put("D15", f"=SSF_REVIMPACT({REV};{CHG})/B15", style="SSF Total", fmt="delta_pct")
    s.merge("E15:G15", t("Blended margin; revenue-weighted change."), style="SSF Note")

    # 2. Table 3: one array formula.
    s.section("A17", t("2  Impact by product (the article's Table 3)"), span="G17")
    s.row("A18", [t(h) for h in ("Product", "Revenue today", "Revenue, shared", "Revenue change", "Gross profit today",
                                 "Gross profit, shared", "Gross-profit change")], style="SSF Header")
    s.height(18, 0.9)
    for i in range(5):
        s.put(f"A{19 + i}", f"=A{10 + i}", style="SSF Label")
    s.put("A24", t("All products"), style="SSF Total")
    s.array("B19:G24", f"=SSF_SCENARIO({REV};{MAR};{CHG})", style="SSF Result", fmt="money_m")
    for col in "DG":
        s.look(f"{col}19:{col}24", fmt="delta_m")
    s.look("B24:G24", style="SSF Total")
    s.conditions("D19:D24", [("LESS", "0", "SSF Bad"), ("GREATER", "0", "SSF Good")])
    s.conditions("G19:G24", [("LESS", "0", "SSF Bad"), ("GREATER", "0", "SSF Good")])

    # 3. Does it pay?
    s.section("I8", t("3  Does the move pay?"), span="J8")
    s.row("I9", [t("Profit effect"), t("$M a year")], style="SSF Header")
    s.put("I10", t("Gross-profit change"), style="SSF Label")
    s.put("J10", "=G24", style="SSF Result", fmt="delta_m")
    s.put("I11", t("Cost-of-sales savings"), style="SSF Label")
    s.put("J11", COST_SAVINGS, style="SSF Input", fmt="money_m")
    s.put("I12", t("Net profit effect"), style="SSF Key")
    s.put("J12", f"=SSF_NETIMPACT({REV};{MAR};{CHG};J11)", style="SSF Key", fmt="delta_m")
    s.sign_colors("J12")
    s.put("I13", t("Break-even share of projected losses"), style="SSF Label")
    s.put("J13", f"=SSF_BREAKEVEN({REV};{MAR};{CHG};J11)", style="SSF Result", fmt="pct")
    s.merge("I14:J15")
    s.height(14, 0.62, at_least=True)  # three lines of the note (row 14 may be taller: a reason in E14)
    s.height(15, 0.62)
    s.put("I14", f"={t.q('The savings cover the lost gross profit only while the shrinking products lose less than ')}&"
                 f"{m('J13', 'pct')}&{t.q(' of the sales projected to be lost (break-even).')}", style="SSF Note")

    # 4. The bridge.
    s.section("I17", t("4  Why gross profit falls: volume and mix"), span="J17")
    s.row("I18", [t("Gross-profit bridge"), t("$M a year")], style="SSF Header")
    bridge = [
        ("Gross profit today", "=E24", "money_m", "SSF Label"),
        ("Volume effect: revenue change", f"=SSF_VOLUMEEFFECT({REV};{MAR};{CHG})", "delta_m", "SSF Label"),
        ("Mix effect: margin mix", f"=SSF_MIXEFFECT({REV};{MAR};{CHG})", "delta_m", "SSF Label"),
        ("Gross profit, shared sales force", "=F24", "money_m", "SSF Total"),
        ("Blended margin today", "=E24/B24", "0.00%", "SSF Label"),
        ("Blended margin, shared sales force", "=F24/C24", "0.00%", "SSF Label"),
    ]
    for i, (label, formula, fmt, style) in enumerate(bridge):
        s.put(f"I{19 + i}", t(label), style=style)
        s.put(f"J{19 + i}", formula, style="SSF Result" if style == "SSF Label" else style, fmt=fmt)
    s.conditions("J20:J21", [("LESS", "0", "SSF Bad")])
    s.merge("I25:J27")
    s.put("I25", f"={t.q('Volume: ')}&{m('ABS(D24)', 'money_m')}&IF(D24<0;{t.q(' less')};{t.q(' more')})"
                 f"&{t.q(' revenue at today' + chr(39) + 's ')}&{m('J23', 'pct2')}"
                 f"&{t.q(' blended margin. Mix: the revenue that remains earns ')}&{m('J24', 'pct2')}"
                 f"&{t.q(', as it leans to the lower-margin products.')}", style="SSF Note")

    # The picture, and what to do next.
    s.chart("GrossProfit", "A27", 19.0, 8.4, ["A18:A23", "E18:F23"], kind="bar",
                    title=t("Gross profit by product ($M a year): today and with one shared sales force"),
                    colors=[0x8EA9DB, 0xC55A11], labels=True, y_format='"$"0"M"', label_format='"$"0.0"M"',
                    x_label_size=8.0)  # the German product names fit unturned
    s.section("I29", t("Next steps"), span="J29")
    steps = [
        "1. Check each product pair on the Checklist sheet: six questions decide whether one rep can sell both.",
        "2. Where a pair fits only with focus levers, price the levers (quota minimum, accelerator, overlay, "
        "SPIFF): sample workbook Focus levers.",
        "3. Model what enablement does to reps' time and revenue instead of guessing the change column: "
        "sample workbook Where reps spend their time.",
    ]
    for i, text in enumerate(steps):
        s.merge(f"I{30 + 2 * i}:J{31 + 2 * i}", t(text), style="SSF Text")
        s.height(30 + 2 * i, 0.68)
        s.height(31 + 2 * i, 0.68)
    s.print_area("A1:J45", one_page=True)

    book.name("ImpactTable", "Decision", "A18:G24")
    book.name("GPDelta", "Decision", "J10")
    book.name("CostSavings", "Decision", "J11")
    book.name("NetImpact", "Decision", "J12")
    book.name("BreakEven", "Decision", "J13")
    book.name("VolumeEffect", "Decision", "J20")
    book.name("MixEffect", "Decision", "J21")
    return s


def checklist_sheet(book, t):
    s = book.sheet("Checklist", tab_color=0x70AD47)
    s.widths({"A": 0.8, "B": 10.2, "C": 2.4, "D": 5.4, "E": 8.6})
    s.title(t("Shared Sales Force Checklist: can product A share its reps with B, C, D and E?"),
            t("Six yes/no questions per product pair, from the views of customers and of internal sales, marketing "
              "and product staff. Questions 1-4 are about the customer and the solution; 5-6 about going to market."),
            t("Answer Yes or No in the yellow drop-downs and say why beside each answer; the fit score and verdict "
              "update. At least 5 of 6: fits; 3 or 4: only with focus levers; fewer: an illusion."), "E")

    s.section("A5", t("Summary: one row per pair"), span="E5")
    s.row("B6", [t("Product pair"), t("Fit score (share of Yes)"), t("Verdict"), t("What it means")],
          style="SSF Header")
    s.height(6, 0.9)
    first_block = 8 + len(PAIRS) + 1
    blocks = []
    for k, (a, b, answers) in enumerate(PAIRS):
        top = first_block + 1 + k * 10
        q1, q6, score = top + 2, top + 7, top + 8
        name_a, name_b = t(_product_name(a)), t(_product_name(b))
        pair = t("{a} + {b}:  {name_a} with {name_b}").format(a=a, b=b, name_a=name_a, name_b=name_b)
        s.section(f"A{top}", pair, span=f"E{top}")
        # In English the question is SSF_QUESTION's own text; in another
        # language the translation of that text (SSF_QUESTION answers in English).
        s.row(f"A{top + 1}", ["#", t("Question (SSF_QUESTION)"), t("Answer")], style="SSF Header")
        s.merge(f"D{top + 1}:E{top + 1}", t("Why: who the customer, buyer or route is for each product"),
                style="SSF Header")
        for n, (answer, why) in enumerate(answers, start=1):
            r = top + 1 + n
            s.put(f"A{r}", n, style="SSF Label", align="CENTER")
            s.put(f"B{r}", f"=SSF_QUESTION({n})" if t.lang == "en" else t(QUESTIONS[n - 1]), style="SSF Text")
            s.put(f"C{r}", answer, style="SSF Input", align="CENTER")
            s.merge(f"D{r}:E{r}", t(why), style="SSF Input text")
        s.yes_no(f"C{q1}:C{q6}")
        s.conditions(f"C{q1}:C{q6}", [("EQUAL", '"No"', "SSF Warn")])
        s.put(f"B{score}", t("Fit score and verdict"), style="SSF Total")
        s.put(f"C{score}", f"=SSF_FITSCORE(C{q1}:C{q6})", style="SSF Total", fmt="pct", align="CENTER")
        s.put(f"D{score}", f"=SSF_FITVERDICT(C{score})", style="SSF Total")
        differs = "&".join(f"IF(C{q1 + i}=\"No\";{t.q(', ' + w)};\"\")" for i, w in enumerate(SHORT))
        s.put(f"E{score}",
              f"=IF(D{score}=\"{VERDICTS[0]}\";{t.q('One rep can sell both: same customers, buyers and route.')};"
              f"IF(D{score}=\"{VERDICTS[1]}\";{t.q(MEANINGS[1])};{t.q(MEANINGS[2])}))"
              f"&IF(COUNTIF(C{q1}:C{q6};\"No\")>0;{t.q(' Differs on: ')}&MID({differs};3;200)&\".\";\"\")",
              style="SSF Text")
        s.verdict_colors(f"D{score}", [VERDICTS[0]], [VERDICTS[1]], [VERDICTS[2]])
        s.optimal_heights(top + 2, score)
        # The summary row.
        r = 7 + k
        s.put(f"B{r}", pair, style="SSF Label")
        s.put(f"C{r}", f"=C{score}", style="SSF Result", fmt="pct", align="CENTER")
        s.put(f"D{r}", f"=D{score}", style="SSF Result")
        s.put(f"E{r}", f"=E{score}", style="SSF Text")
        blocks.append((a, b, q1, score))
    last = 7 + len(PAIRS) - 1
    s.verdict_colors(f"D7:D{last}", [VERDICTS[0]], [VERDICTS[1]], [VERDICTS[2]])
    s.optimal_heights(7, last)
    s.section(f"A{first_block}", t("The six questions, pair by pair"), span=f"E{first_block}")
    s.print_area(f"A1:E{blocks[-1][3]}", two_pages=True)
    book.name("FitScores", "Checklist", f"C7:C{last}")
    book.name("Verdicts", "Checklist", f"B7:D{last}")
    return blocks


def fit_matrix_sheet(book, t):
    s = book.sheet("Fit matrix", tab_color=0x70AD47)
    s.widths({"A": 5.0, "B": 3.5, "C": 3.5, "D": 3.5, "E": 3.5, "F": 3.5, "G": 4.6})
    s.title(t("Fit matrix: which of the five products could share one sales force?"),
            t("All pairs at once: each product is described by six labels, one per checklist question; a cell shows "
              "the share of labels two products have in common (100% on the diagonal)."),
            t("Type the labels in the yellow cells (same words = same answer, case and spaces do not matter). "
              "Green: at least 5 of 6 alike, fits; amber: 3-4, only with focus levers; red: fewer."), "G")
    s.section("A5", t("Product profiles: six labels per product"), span="G5")
    s.row("A6", [t("Product"), *map(t, PROFILE_HEADERS)], style="SSF Header")
    s.height(6, 0.9)
    for i, (letter, labels) in enumerate(PROFILES.items()):
        r = 7 + i
        s.put(f"A{r}", f"{letter}  {t(_product_name(letter))}", style="SSF Label")
        s.row(f"B{r}", [t(label) for label in labels], style="SSF Input text")
    s.optimal_heights(7, 11)
    s.section("A13", t("Fit matrix (SSF_FITMATRIX): share of the six labels two products have in common"), span="G13")
    s.row("A14", [t("Product"), *PROFILES, t("Could share reps with")], style="SSF Header")
    s.height(14, 0.9)
    letters = list(PROFILES)
    for i, letter in enumerate(letters):
        r = 15 + i
        s.put(f"A{r}", f"{letter}  {t(_product_name(letter))}", style="SSF Label")
        fits = "&".join(f"IF({col}{r}>=5/6;\", {other}\";\"\")" for col, other in zip("BCDEF", letters) if other != letter)
        s.put(f"G{r}", f"=IF(LEN({fits})=0;{t.q('none: keep a specialist team')};MID({fits};3;50))", style="SSF Text")
    s.array("B15:F19", "=SSF_FITMATRIX(B7:G11)", style="SSF Result", fmt="pct")
    s.look("B15:F19", align="CENTER")
    s.conditions("B15:F19", [("GREATER_EQUAL", "5/6", "SSF Good"), ("GREATER_EQUAL", "0.5", "SSF Warn"),
                             ("LESS", "0.5", "SSF Bad")])
    s.merge("A21:G22", t("How to read it: a green pair shares at least 5 of the 6 labels, so one sales force fits; "
                         "an amber pair shares 3 or 4, so reps would favour the easier product unless focus levers "
                         "steer them; a red pair shares less: sharing reps is an illusion. The Checklist sheet asks "
                         "the same six questions pair by pair, with the reasons."), style="SSF Note")
    s.height(21, 0.55)
    s.height(22, 0.55)
    s.print_area("A1:G22")
    book.name("FitMatrix", "Fit matrix", "B15:F19")


def _product_name(letter):
    return next(p[1] for p in PRODUCTS if p[0] == letter)


def checks_sheet(book, blocks, t):
    """Every SSF_ figure recomputed from the current inputs with Calc's own functions."""
    c = Checks(book)
    d = lambda addr: book.ref("Decision", addr)  # noqa: E731
    rev, mar, chg, savings = d(REV), d(MAR), d(CHG), d("J11")
    table = t("the impact table (section 2) no longer follows your assumptions: a figure in it was typed over, "
              "or an input is not a valid number")
    c.each(t("Revenue today, each product"), d("B19:B23"), rev, table, fmt="money_m")
    c.each(t("Revenue with a shared sales force, each product"), d("C19:C23"), f"{rev}*(1+{chg})", table,
           fmt="money_m")
    c.each(t("Revenue change, each product"), d("D19:D23"), f"{rev}*{chg}", table, fmt="delta_m")
    c.each(t("Gross profit today, each product"), d("E19:E23"), f"{rev}*{mar}", table, fmt="money_m")
    c.each(t("Gross profit with a shared sales force, each product"), d("F19:F23"), f"{rev}*(1+{chg})*{mar}", table,
           fmt="money_m")
    c.each(t("Gross-profit change, each product"), d("G19:G23"), f"{rev}*{chg}*{mar}", table, fmt="delta_m")
    c.pairs(t("Totals row: the sum of the product rows"),
            [(d(f"{col}24"), f"SUM({d(f'{col}19:{col}23')})") for col in "BCDEFG"],
            t("the totals row of the impact table does not add up its products: a total was typed over"),
            count="totals")
    c.number(t("Revenue change (SSF_REVIMPACT), as a share of revenue"), d("D15"),
             f"SUMPRODUCT({rev};{chg})/SUM({rev})", t("the revenue-weighted change under your assumptions is wrong"),
             fmt="delta_pct1")
    gp = f"SUMPRODUCT({rev};{mar};{chg})"
    c.number(t("Gross-profit change (SSF_GPDELTA)"), f"=SSF_GPDELTA({rev};{mar};{chg})", gp,
             t("the gross-profit change does not follow from revenue x change x margin"), fmt="delta_m")
    c.number(t("Gross-profit change in section 3"), d("J10"), gp,
             t("section 3 does not show the impact table's gross-profit change: J10 was typed over"), fmt="delta_m")
    c.number(t("Net profit effect (SSF_NETIMPACT)"), d("J12"), f"{gp}+{savings}",
             t("the net effect is not the gross-profit change plus the savings: J12 was typed over"), fmt="delta_m")
    gains, losses = f"SUMPRODUCT({rev};{mar};{chg}*({chg}>0))", f"SUMPRODUCT({rev};{mar};{chg}*({chg}<0))"
    c.number(t("Break-even share of projected losses (SSF_BREAKEVEN)"), d("J13"), f"-({gains}+{savings})/{losses}",
             t("the break-even share is not (gains + savings) / losses: J13 was typed over"), fmt="pct1")
    c.number(t("Net effect is zero at the break-even share"),
             f"=SUMPRODUCT({rev};{mar};{chg}*(1-({chg}<0)*(1-{d('J13')})))+{savings}", "0",
             t("scaling the losses by the break-even share does not cancel the net effect"), fmt="delta_m")
    blend0 = f"SUMPRODUCT({rev};{mar})/SUM({rev})"
    c.number(t("Volume effect (SSF_VOLUMEEFFECT)"), d("J20"), f"(SUMPRODUCT({rev};1+{chg})-SUM({rev}))*{blend0}",
             t("the volume effect is not the revenue change at today's blended margin"), fmt="delta_m")
    c.number(t("Mix effect (SSF_MIXEFFECT)"), d("J21"),
             f"SUMPRODUCT({rev};1+{chg};{mar})-SUMPRODUCT({rev};1+{chg})*{blend0}",
             t("the mix effect is not what the margin mix adds"), fmt="delta_m")
    c.number(t("Volume + mix = gross-profit change"), f"={d('J20')}+{d('J21')}", d("J10"),
             t("the bridge (section 4) does not explain the whole gross-profit change"), fmt="delta_m")
    c.number(t("Blended margin today"), d("J23"), blend0, t("the blended margin in section 4 was typed over"),
             fmt="0.00%")
    no, yes_pays = t.q("does not pay"), t.q("pays")  # what the bottom line's first sentence says
    c.text(t("The bottom line's verdict follows the net effect"),
           f'=IF(ISERROR({d("A5")});{d("A5")};IF(ISNUMBER(SEARCH({no};{d("A5")}));{no};{yes_pays}))',
           f'=IF({d("J12")}<0;{no};{yes_pays})', t("the sentence at the top contradicts the net profit effect"))
    for a, b, q1, score in blocks:
        answers = book.ref("Checklist", f"C{q1}:C{q1 + 5}")
        yes = f'COUNTIF({answers};"Yes")'
        c.number(t("Checklist {a} + {b}: fit score (SSF_FITSCORE)").format(a=a, b=b), book.ref("Checklist", f"C{score}"),
                 f"{yes}/6", t("the fit score is not the share of Yes answers: a score cell was typed over"),
                 fmt="pct1")
        c.text(t("Checklist {a} + {b}: verdict (SSF_FITVERDICT)").format(a=a, b=b), book.ref("Checklist", f"D{score}"),
               f'=IF({yes}>=5;"{VERDICTS[0]}";IF({yes}>=3;"{VERDICTS[1]}";"{VERDICTS[2]}"))',
               t("the verdict does not follow from the answers (5 or 6 Yes: fits; 3 or 4: focus levers; fewer: "
                 "an illusion)"))
    letters = list(PROFILES)
    fold = lambda row: f'LOWER(SUBSTITUTE({book.ref("Fit matrix", f"B{row}:G{row}")};" ";""))'  # noqa: E731
    for i, a in enumerate(letters):
        pairs = [(book.ref("Fit matrix", f"{'BCDEF'[j]}{15 + i}"), f"SUMPRODUCT(({fold(7 + i)}={fold(7 + j)})*1)/6")
                 for j in range(len(letters))]
        c.pairs(t("Fit matrix, row {a}: shares of common labels (SSF_FITMATRIX)").format(a=a), pairs,
                t("the fit matrix does not count the labels the profiles share (case and spaces aside): a cell of "
                  "the matrix was typed over"), count="cells")
    return c.finish()


# The worked figures (DOMAIN.md section 1, hand calculations in the module
# docstring) on the untouched sample, asserted by tests/office/test_samples.py:
# (what, formula or reference, expected, absolute tolerance; a text is exact,
# or its beginning with "prefix"). For decision-de the test reads the sheet
# names and texts through samples/texts/de.toml.
WORKED = [
    ("Revenue today", "$Decision.B24", 100, 1e-9),
    ("Revenue with a shared sales force", "$Decision.C24", 96, 1e-9),
    ("Revenue change", "$Decision.D24", -4, 1e-9),
    ("Gross profit today", "$Decision.E24", 59.95, 1e-9),
    ("Gross profit with a shared sales force", "$Decision.F24", 55.30, 1e-9),
    ("Gross-profit change", "$Decision.G24", -4.65, 1e-9),
    ("Product A: revenue with a shared sales force (35 x 1.18)", "$Decision.C19", 41.3, 1e-9),
    ("Product A: gross-profit change (35 x 0.18 x 50%)", "$Decision.G19", 3.15, 1e-9),
    ("Product C: gross-profit change (16 x -0.50 x 60%)", "$Decision.G21", -4.8, 1e-9),
    ("Blended margin today (59.95 / 100)", "$Decision.J23", 0.5995, 1e-12),
    ("Volume effect", "$Decision.J20", -2.398, 1e-9),
    ("Mix effect", "$Decision.J21", -2.252, 1e-9),
    ("Net profit effect with $3M savings (-4.65 + 3)", "$Decision.J12", -1.65, 1e-9),
    ("Break-even share ((5.9 + 3) / 10.55)", "$Decision.J13", 8.9 / 10.55, 1e-12),
    ("Bottom line", "$Decision.A5", "Bottom line: the move does not pay. ", "prefix"),
    ("Checklist A + B: 5 Yes of 6", "$Checklist.C7", 5 / 6, 1e-12),
    ("Checklist A + B: verdict", "$Checklist.D7", VERDICTS[0], None),
    ("Checklist A + C: verdict", "$Checklist.D8", VERDICTS[1], None),
    ("Checklist A + D: verdict", "$Checklist.D9", VERDICTS[2], None),
    ("Checklist A + E: verdict", "$Checklist.D10", VERDICTS[2], None),
    ("Checklist A + C: 4 Yes of 6", "$Checklist.C8", 4 / 6, 1e-12),
    ("Checklist A + D: no Yes", "$Checklist.C9", 0, 1e-12),
    ("Checklist A + E: 1 Yes of 6", "$Checklist.C10", 1 / 6, 1e-12),
    ("Question 2 wording (README, SSF_QUESTION example)", "SSF_QUESTION(2)",
     "Are both products sold to the same buying group and decision-makers?", None),
    ("Fit matrix A,B: 5 of 6 labels", "$'Fit matrix'.C15", 5 / 6, 1e-12),
    ("Fit matrix A,C: 4 of 6 labels", "$'Fit matrix'.D15", 4 / 6, 1e-12),
    ("Fit matrix diagonal is 100%", "$'Fit matrix'.B15+$'Fit matrix'.C16+$'Fit matrix'.D17+$'Fit matrix'.E18"
     "+$'Fit matrix'.F19", 5, 1e-12),
    ("Products that fit with A", "$'Fit matrix'.G15", "B", None),
    ("checklist question 1, the key of its translation, is SSF_QUESTION's text", "SSF_QUESTION(1)", QUESTIONS[0], None),
    ("checklist question 2, the key of its translation, is SSF_QUESTION's text", "SSF_QUESTION(2)", QUESTIONS[1], None),
    ("checklist question 3, the key of its translation, is SSF_QUESTION's text", "SSF_QUESTION(3)", QUESTIONS[2], None),
    ("checklist question 4, the key of its translation, is SSF_QUESTION's text", "SSF_QUESTION(4)", QUESTIONS[3], None),
    ("checklist question 5, the key of its translation, is SSF_QUESTION's text", "SSF_QUESTION(5)", QUESTIONS[4], None),
    ("checklist question 6, the key of its translation, is SSF_QUESTION's text", "SSF_QUESTION(6)", QUESTIONS[5], None),
]
