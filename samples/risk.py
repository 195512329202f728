"""Sample workbook "risk": how likely is it that the shared sales force loses money?

DOMAIN.md group F on the canonical five products: each product's change in
revenue as three guesses, low / likely / high; SSF_TORNADO (which product's
guess decides the net), SSF_RISK (a Monte Carlo simulation of the net profit
effect: mean, P10, P50, P90, chance of a loss, spread) with the products
independent and together, and SSF_RISKCURVE (the S-curve, 5% to 95%) with
the break-even line. Built by samples/build.py.

The Checks sheet recomputes every tornado figure exactly with Calc's own
functions, and holds the simulation to the closed forms within stated
tolerances (the mean of a triangular guess is (low + likely + high) / 3; its
variance (a^2 + b^2 + c^2 - ab - ac - bc) / 18). The worked figures asserted
on the untouched sample by tests/office/test_samples.py (WORKED) are
DOMAIN.md's (savings 3, 10,000 trials, seed 1) or these hand calculations:
- weights revenue x margin: A 17.5, B 13.75, C 9.6, D 9.75, E 9.35;
  point estimate 3 + 17.5 x 0.18 + 13.75 x 0.20 - 9.6 x 0.50 - 9.75 x 0.35
  - 9.35 x 0.25 = -1.65
- tornado, C: -1.65 + 9.6 x (-0.70 + 0.50) = -3.57 and -1.65 + 9.6 x 0.30 = 1.23
- exact mean 3 + sum weight x (low + likely + high) / 3 = -0.9075 (DOMAIN.md)
"""
import math

from checks import Checks
from com.sun.star.awt import Rectangle
from com.sun.star.lang import Locale

from style import enum as _enum, money_text as m, ref

NAME = "risk"
TITLE = "Shared sales force risk"
SUBJECT = "How likely does the shared sales force lose money? Tornado, simulation and S-curve of the net profit effect."

PRODUCTS = [  # letter, name, revenue $M, gross margin, low, likely, high change, what the range rests on
    ("A", "Network switches", 35, 0.50, 0.10, 0.18, 0.25, "More reps on it; low: price war, high: every rep pushes it."),
    ("B", "Network management", 25, 0.55, 0.10, 0.20, 0.30, "Rides on A's projects; as good as A's year."),
    ("C", "Storage arrays", 16, 0.60, -0.70, -0.50, -0.20, "Low: reps drop it; high: storage overlay keeps deals."),
    ("D", "Clinical imaging analytics", 13, 0.75, -0.50, -0.35, -0.10,
     "Low: clinical buyers lost; high: partners carry it."),
    ("E", "Developer API platform", 11, 0.85, -0.40, -0.25, -0.05, "Self-serve sales go on whatever reps do."),
]
COST_SAVINGS = 3.0  # $M a year
TRIALS = 10_000
SEED = 1
CURVE_POINTS = [k / 20 for k in range(1, 20)]  # 5%, 10%, ..., 95%
MODES = ("independent", "together")
VERDICT = {"loses": "Bottom line: the move more likely loses money than not",
           "pays": "Bottom line: the move more likely pays than not",
           "even": "Bottom line: the move is as likely to lose money as to pay"}
WORSE, BETTER = 0xED7D31, 0x2E75B6  # the tornado's two sides of the point estimate
BREAK_EVEN = 0xC00000
TORNADO_CHART = (12.0, 9.4)  # cm
_SYSTEM = Locale()  # number formats in the reader's locale (style.py)

FIRST, LAST = 10, 14  # product rows of the inputs
REV, MAR, LOW, LIKELY, HIGH = (f"{c}{FIRST}:{c}{LAST}" for c in "BCDEF")
SAVINGS, TRIALS_CELL, SEED_CELL = "B16", "B17", "B18"
RISK_ROWS = {"independent": 22, "together": 23}  # SSF_RISK: B..G = mean, P10, P50, P90, chance of a loss, std dev
POINT = "B24"
TORNADO = 39  # first row of the SSF_TORNADO block B..E = net at low, net at high, swing, rank

# Chart data (hidden sheet): the tornado sorted by swing, rows 10-14; the S-curve from row 20.
T_DATA = 10
S_HEAD = 20
S_IND, S_TOG = S_HEAD + 1, S_HEAD + 1 + len(CURVE_POINTS)  # first row of each curve
S_LINE = S_TOG + len(CURVE_POINTS)  # two rows: the break-even line; then the loss marker


def _args(mode):
    """The arguments SSF_RISK and SSF_RISKCURVE share, after the five ranges."""
    return f"{SAVINGS};{TRIALS_CELL};{SEED_CELL};\"{mode}\""


# Named key figures (DOMAIN.md group F). The first one is a plain cell: the
# office test types over it to see the checks fail.
KEY_FIGURES = {"PointEstimate": -1.65, "LossChance": 0.7102, "RiskP10": -2.988071, "RiskP50": -0.910860,
               "RiskP90": 1.253489, "RiskMean": -0.886754, "LossChanceTogether": 0.6131}

# The figures each sentence quotes, in order: (expression, SENTENCE_FIGURES
# format); tests/office/test_locales.py reads them back in five locales. The
# digits of "P10" in a sentence count as figures too.
SENTENCES = {
    ("Risk", "A5"): [("LossChance", "pct"), (TRIALS_CELL, "count"), ("LossChanceTogether", "pct"),
                     ("RiskP50", "delta_m")],
    ("Risk", "A27"): [("10", "count"), ("RiskP10", "delta_m")],
    ("Risk", "A29"): [("50", "count"), ("RiskP50", "delta_m"), ("PointEstimate", "delta_m")],
    ("Risk", "A31"): [("90", "count"), ("RiskP90", "delta_m"), ("10", "count"), ("90", "count"),
                      ("RiskP90-RiskP10", "money_m")],
    ("Risk", "A33"): [("C23", "delta_m"), ("E23", "delta_m"), ("F23", "pct")],
    ("Risk", "A45"): [("MAX(D39:D43)", "money_m")],
}


def build(book):
    risk_sheet(book)
    chart_data(book)
    return checks_sheet(book)


def risk_sheet(book):
    s = book.sheet("Risk", tab_color=0x1F4E9E)
    s.widths({"A": 4.6, "B": 2.1, "C": 2.1, "D": 2.1, "E": 2.1, "F": 2.1, "G": 4.6, "H": 0.5,
              **{c: 2.0 for c in "IJKLMN"}})
    s.title("How likely is it that one shared sales force loses money?",
            "What it answers: nobody knows each product's change for sure. From your low, likely and high guess per "
            "product, 10,000 simulated outcomes give the chance that the move loses money, and the tornado shows "
            "which product's guess decides it.",
            "How to read it: yellow cells with blue figures are inputs; change them and every figure recalculates. "
            "Money is in $M a year. P10 / P50 / P90: section 3. The same inputs always give the same figures.", "N")

    # 1. Inputs.
    s.section("A8", "1  Your guesses: change in revenue with a shared sales force", span="G8")
    s.row("A9", ["Product", "Revenue today", "Gross margin", "Low", "Likely", "High", "What the range rests on"],
          style="SSF Header")
    s.height(9, 0.9)
    for i, (letter, name, revenue, margin, low, likely, high, why) in enumerate(PRODUCTS):
        r = FIRST + i
        s.put(f"A{r}", f"{letter}  {name}", style="SSF Label")
        s.put(f"B{r}", revenue, style="SSF Input", fmt="money_m")
        s.put(f"C{r}", margin, style="SSF Input", fmt="pct")
        for col, value in zip("DEF", (low, likely, high)):
            s.put(f"{col}{r}", value, style="SSF Input", fmt="delta_pct")
        s.put(f"G{r}", why, style="SSF Input text")
    s.optimal_heights(FIRST, LAST)
    s.put("A15", "All products", style="SSF Total")
    s.put("B15", f"=SUM({REV})", style="SSF Total", fmt="money_m")
    s.put("C15", f"=SUMPRODUCT({REV};{MAR})/B15", style="SSF Total", fmt="0.0%")
    for col in "DEF":
        s.put(f"{col}15", f"=SUMPRODUCT({REV};{col}{FIRST}:{col}{LAST})/B15", style="SSF Total", fmt="delta_pct")
    s.put("G15", "Blended margin; revenue-weighted changes.", style="SSF Note")
    settings = [
        ("Cost-of-sales savings", SAVINGS, COST_SAVINGS, "SSF Input", "money_m",
         "A year of savings from merging the sales teams."),
        ("Simulated outcomes", TRIALS_CELL, TRIALS, "SSF Input", "count",
         "100 to 1,000,000; more give steadier figures and take longer."),
        ("Seed of the random draws", SEED_CELL, SEED, "SSF Result", "count",
         "Fixed, so the same inputs give the same figures on every machine and every recalculation."),
    ]
    for i, (label, cell, value, style, fmt, note) in enumerate(settings):
        r = 16 + i
        s.put(f"A{r}", label, style="SSF Label")
        s.put(cell, value, style=style, fmt=fmt, align="RIGHT")
        s.merge(f"C{r}:G{r}", note, style="SSF Note")
    s.look("A18:B18", style="SSF Label")
    s.look(SEED_CELL, fmt="count")

    # 2. The simulation: one SSF_RISK array per mode.
    s.section("A20", "2  How likely is a loss? The simulated net profit effect ($M a year)", span="G20")
    s.row("A21", ["The products' outcomes", "Mean", "P10: bad case", "P50: middle", "P90: good case",
                  "Chance of a loss", "Spread (standard deviation)"], style="SSF Header")
    s.height(21, 0.9)
    labels = {"independent": "Independent: each on its own", "together": "Together: all good or all bad"}
    ranges = f"{REV};{MAR};{LOW};{LIKELY};{HIGH}"
    for mode, r in RISK_ROWS.items():
        s.put(f"A{r}", labels[mode], style="SSF Label")
        s.array(f"B{r}:G{r}", f"=SSF_RISK({ranges};{_args(mode)})", style="SSF Result", fmt="delta_m")
        s.look(f"F{r}", fmt="pct1")
        s.look(f"G{r}", fmt="money_m")
    s.look("F22", style="SSF Key", fmt="pct1")
    s.conditions("F22:F23", [("FORMULA", "ISERROR(F22)", "SSF Result"), ("GREATER_EQUAL", "0.5", "SSF Bad"),
                             ("LESS", "0.5", "SSF Good")])
    s.put("A24", "Point estimate: all at likely", style="SSF Label")
    s.put(POINT, f"=SSF_NETIMPACT({REV};{MAR};{LIKELY};{SAVINGS})", style="SSF Result", fmt="delta_m")
    s.merge("C24:G24", "The single figure of the decision workbook: every product at its likely change.",
            style="SSF Note")

    # 3. P10 / P50 / P90 in words.
    s.section("A26", "3  What P10, P50 and P90 mean", span="G26")
    ind, tog = RISK_ROWS["independent"], RISK_ROWS["together"]
    words = [
        (27, f"=\"P10 = \"&{m(f'C{ind}')}&\" a year, the bad case: one outcome in ten is this bad or worse, "
             f"nine in ten are better.\""),
        (29, f"=\"P50 = \"&{m(f'D{ind}')}&\" a year, the middle case: half the outcomes are worse, half better. "
             f"Compare the point estimate of \"&{m(POINT)}&\", every product at its likely change.\""),
        (31, f"=\"P90 = \"&{m(f'E{ind}')}&\" a year, the good case: only one outcome in ten is better. Between "
             f"P10 and P90 lie eight outcomes in ten, a range of \"&{m(f'E{ind}-C{ind}', 'money_m')}&\" a year.\""),
        (33, f"=\"If the products' fortunes are linked (one market, one sales force's habits), outcomes spread "
             f"wider: with all products good or bad together, the bad case is \"&{m(f'C{tog}')}&\", the good case "
             f"\"&{m(f'E{tog}')}&\" and a loss comes in \"&{m(f'F{tog}', 'pct')}&\" of outcomes. That row is the "
             f"widest the spread can get; the truth usually lies between the two rows.\""),
    ]
    for r, formula in words:
        s.merge(f"A{r}:G{r + 1}", formula, style="SSF Text")
        s.height(r, 0.5)
        s.height(r + 1, 0.5)
    s.height(33, 0.62)
    s.height(34, 0.62)

    # 4. The tornado: one SSF_TORNADO array.
    s.section("A37", "4  Which guess decides it? The tornado ($M a year)", span="G37")
    s.row("A38", ["Product", "Net at low", "Net at high", "Swing", "Rank"], style="SSF Header")
    s.merge("F38:G38", "Read it", style="SSF Header")
    s.height(38, 0.9)
    for i in range(len(PRODUCTS)):
        s.put(f"A{TORNADO + i}", f"=A{FIRST + i}", style="SSF Label")
    last = TORNADO + len(PRODUCTS) - 1
    s.array(f"B{TORNADO}:E{last}", f"=SSF_TORNADO({ranges};{SAVINGS})", style="SSF Result", fmt="delta_m")
    s.look(f"D{TORNADO}:D{last}", fmt="money_m")
    s.look(f"E{TORNADO}:E{last}", fmt="0", align="CENTER")
    s.conditions(f"E{TORNADO}:E{last}", [("EQUAL", "1", "SSF Warn")])
    s.merge(f"F{TORNADO}:G{last}", "Each row moves one product's guess from low to high while the others stay at "
            "likely. The largest swing (rank 1) decides the answer most: pin that product's range down first. In "
            "the chart, a bar that crosses the red break-even line is a guess that decides whether the move pays.",
            style="SSF Note")
    top = f"TRIM(INDEX(A{TORNADO}:A{last};MATCH(1;E{TORNADO}:E{last};0)))"  # one space after the letter
    s.merge("A45:G46", f"=\"The guess that decides most: \"&{top}&\". Between its low and high the net moves by \"&"
                       f"{m(f'MAX(D{TORNADO}:D{last})', 'money_m')}&\" a year, more than any other product's.\"",
            style="SSF Text")
    s.height(45, 0.5)
    s.height(46, 0.5)

    # The answer first.
    s.merge("A5:N6")
    # One sentence; its verdict (loses / pays / even) is checked on the Checks sheet.
    s.put("A5", f"=IF(F{ind}>0.5;\"{VERDICT['loses']}: it does so in \";IF(F{ind}<0.5;"
                f"\"{VERDICT['pays']}: it loses money in \";\"{VERDICT['even']}: it loses money in \"))"
                f"&{m(f'F{ind}', 'pct')}&\" of \"&{m(TRIALS_CELL, 'count')}"
                f"&\" simulated outcomes of your guesses (\"&{m(f'F{tog}', 'pct')}"
                f"&\" if all products do well or badly together), and the middle outcome is a net of \"&"
                f"{m(f'D{ind}')}&\" a year.\"", style="SSF Bottom line")
    s.height(5, 0.75)
    s.height(6, 0.75)

    book.name("RiskTable", "Risk", f"A21:G{tog}")
    book.name("PointEstimate", "Risk", POINT)
    book.name("LossChance", "Risk", f"F{ind}")
    book.name("RiskMean", "Risk", f"B{ind}")
    book.name("RiskP10", "Risk", f"C{ind}")
    book.name("RiskP50", "Risk", f"D{ind}")
    book.name("RiskP90", "Risk", f"E{ind}")
    book.name("LossChanceTogether", "Risk", f"F{tog}")
    book.name("TornadoTable", "Risk", f"A38:E{last}")
    book.name("BottomLine", "Risk", "A5")
    return s


def chart_data(book):
    """The charts' series on the hidden sheet, and the two charts on sheet Risk."""
    s = book.sheets[0]
    data = book.data_sheet()
    r = lambda addr: ref("Risk", addr)  # noqa: E731
    last = TORNADO + len(PRODUCTS) - 1
    labels, ranks = r(f"$A${TORNADO}:$A${last}"), r(f"$E${TORNADO}:$E${last}")
    # The tornado, largest swing first. A bar from the worse net a to the
    # better net b, split at the point estimate P, drawn as six stacked
    # series: Calc stacks negative values down from 0 and positive values up
    # from 0 separately, so each stack starts with an invisible gap.
    data.section("A8", "Tornado, largest swing first (sheet Risk)", span="P8")
    data.row("A9", ["Rank", "Product", "Bar label", "gap below 0", "gap above 0", "better, below 0", "worse, above 0",
                    "Worse than the point estimate", "Better than the point estimate", "Worse net", "Point estimate",
                    "Better net", "Drawn from", "Split at", "Drawn to", "Drawn length"], style="SSF Header")
    point = r(f"${POINT[0]}${POINT[1:]}")
    # The legend names the point estimate: the series names are these cells.
    data.put("H9", f"=\"Worse than the point estimate, \"&{m(point)}", style="SSF Header")
    data.put("I9", f"=\"Better than the point estimate, \"&{m(point)}", style="SSF Header")
    for k in range(1, len(PRODUCTS) + 1):
        row = T_DATA + k - 1
        pick = lambda col: f"INDEX({r(f'${col}${TORNADO}:${col}${last}')};MATCH(A{row};{ranks};0))"  # noqa: E731
        data.put(f"A{row}", k, style="SSF Result", fmt="0")
        data.put(f"B{row}", f"=INDEX({labels};MATCH(A{row};{ranks};0))", style="SSF Label")
        data.put(f"C{row}", f"=B{row}&CHAR(10)&{m(f'J{row}')}&\" to \"&{m(f'L{row}')}", style="SSF Label")
        a, p, b = f"J{row}", f"K{row}", f"L{row}"
        segments = [f"MIN({b};0)", f"MAX({a};0)", f"MIN({p};0)-MIN({b};0)", f"MAX({p};0)-MAX({a};0)",
                    f"MIN({a};0)-MIN({p};0)", f"MAX({b};0)-MAX({p};0)"]
        for col, formula in zip("DEFGHI", segments):
            data.put(f"{col}{row}", "=" + formula, style="SSF Result", fmt="num")
        data.put(a, f"=MIN({pick('B')};{pick('C')})", style="SSF Result", fmt="delta_m")
        data.put(p, "=" + point, style="SSF Result", fmt="delta_m")
        data.put(b, f"=MAX({pick('B')};{pick('C')})", style="SSF Result", fmt="delta_m")
        # Where the drawn bar starts, splits and ends, read back from the segments (for the Checks sheet).
        data.put(f"M{row}", f"=D{row}+E{row}+F{row}+H{row}", style="SSF Result", fmt="delta_m")
        data.put(f"N{row}", f"=D{row}+E{row}+F{row}+G{row}", style="SSF Result", fmt="delta_m")
        data.put(f"O{row}", f"=D{row}+E{row}+G{row}+I{row}", style="SSF Result", fmt="delta_m")
        data.put(f"P{row}", f"=O{row}-M{row}", style="SSF Result", fmt="money_m")
    t_last = T_DATA + len(PRODUCTS) - 1
    tornado = s.chart("Tornado", "I8", *TORNADO_CHART, [f"C9:C{t_last}", f"D9:I{t_last}"], data=data, kind="bar",
                      horizontal=True, title="Tornado: one guess at a time, low to high",
                      colors=[0xFFFFFF, 0xFFFFFF, BETTER, WORSE, WORSE, BETTER], legend="BOTTOM",
                      y_format='+"$"0"M";-"$"0"M";"$"0"M"')
    _tornado_look(tornado)

    # The S-curve: x = the net at each probability (SSF_RISKCURVE), y = the
    # probability; one block of rows per curve, then the break-even line at
    # x = 0 and a marker where the independent curve crosses it.
    data.section(f"A{S_HEAD - 1}", "S-curve of the net profit effect (sheet Risk)", span="F{}".format(S_HEAD - 1))
    data.row(f"A{S_HEAD}", ["Net profit effect", "Products independent", "Products together", "Break-even",
                            "Chance of a loss"], style="SSF Header")
    ranges = ";".join(r(f"${c}${FIRST}:${c}${LAST}") for c in "BCDEF")
    shared = ";".join(r(f"${c[0]}${c[1:]}") for c in (SAVINGS, TRIALS_CELL, SEED_CELL))
    for mode, first, col in (("independent", S_IND, "B"), ("together", S_TOG, "C")):
        end = first + len(CURVE_POINTS) - 1
        for i, prob in enumerate(CURVE_POINTS):
            data.put(f"{col}{first + i}", prob, style="SSF Result", fmt="pct")
        data.array(f"A{first}:A{end}",
                   f"=SSF_RISKCURVE({ranges};{col}{first}:{col}{end};{shared};\"{mode}\")",
                   style="SSF Result", fmt="delta_m")
    data.put(f"A{S_LINE}", 0, style="SSF Result", fmt="delta_m")
    data.put(f"D{S_LINE}", 0, style="SSF Result", fmt="pct")
    data.put(f"A{S_LINE + 1}", 0, style="SSF Result", fmt="delta_m")
    data.put(f"D{S_LINE + 1}", 1, style="SSF Result", fmt="pct")
    data.put(f"A{S_LINE + 2}", 0, style="SSF Result", fmt="delta_m")
    data.put(f"E{S_LINE + 2}", "=" + r(f"$F${RISK_ROWS['independent']}"), style="SSF Result", fmt="pct1")
    curve = s.chart("SCurve", "I29", 12.0, 9.0, [f"A{S_HEAD}:E{S_LINE + 2}"], data=data, kind="xy",
                    title="S-curve: how likely is each net profit effect?",
                    x_title="Net profit effect ($M a year)", y_title="Chance of this net or a worse one",
                    x_format='+"$"0"M";-"$"0"M";"$"0"M"', y_format="0%", y_scale=(0, 1, 0.1), legend="BOTTOM")
    _curve_look(curve, S_LINE + 1 - (S_HEAD + 1))
    s.print_area("A1:N46", one_page=True)


def _series(chart):
    """The chart's data series (chart2 API: per-series looks the old API's
    data-row properties do not reliably reach)."""
    return chart.getFirstDiagram().getCoordinateSystems()[0].getChartTypes()[0].getDataSeries()


def _label(number=False, series_name=False):
    from com.sun.star.chart2 import DataPointLabel
    return DataPointLabel(ShowNumber=number, ShowNumberInPercent=False, ShowCategoryName=False,
                          ShowLegendSymbol=False, ShowCustomLabel=False, ShowSeriesName=series_name)


def _tornado_look(chart):
    """Stacked bars; the two gap series invisible, and only the two colours
    in the legend. The category axis crosses at a net of 0: drawn red, it is
    the break-even line; the product labels sit outside the plot, left."""
    chart.lockControllers()
    diagram = chart.getDiagram()
    diagram.Stacked = True
    diagram.Percent = False
    axis = diagram.XAxis
    axis.LabelPosition = _enum("com.sun.star.chart.ChartAxisLabelPosition", "OUTSIDE_START")
    axis.Marks = 0  # no tick marks
    axis.LineColor = BREAK_EVEN
    axis.LineWidth = 50
    # The plot inside the chart: room on the left for the two-line labels
    # (the automatic layout does not make room for labels outside the plot).
    width, height = (int(x * 1000) for x in TORNADO_CHART)
    diagram.setDiagramPositionExcludingAxes(Rectangle(int(width * 0.40), int(height * 0.22), int(width * 0.55),
                                                      int(height * 0.56)))
    chart.getFirstDiagram().getCoordinateSystems()[0].getChartTypes()[0].GapwidthSequence = (50,)
    for i, one in enumerate(_series(chart)):
        if i < 2:
            one.FillStyle = _enum("com.sun.star.drawing.FillStyle", "NONE")
            one.LineStyle = _enum("com.sun.star.drawing.LineStyle", "NONE")
        one.ShowLegendEntry = i >= 4
    chart.unlockControllers()


def _curve_look(chart, break_even_top):
    """Independent: a bold dark line; together: a lighter one; break-even: a
    red line named at its top; the loss marker: a red square labelled with
    its name and chance, no line."""
    from com.sun.star.awt import Size
    from com.sun.star.chart2 import Symbol
    chart.lockControllers()
    # The percentages at the left edge, not on the x = 0 line (the break-even line).
    chart.getDiagram().YAxis.LabelPosition = _enum("com.sun.star.chart.ChartAxisLabelPosition", "OUTSIDE_START")
    none = Symbol(Style=_enum("com.sun.star.chart2.SymbolStyle", "NONE"))
    square = Symbol(Style=_enum("com.sun.star.chart2.SymbolStyle", "STANDARD"), StandardSymbol=0,
                    Size=Size(220, 220), BorderColor=BREAK_EVEN, FillColor=BREAK_EVEN)
    looks = [(0x1F4E9E, 80, none), (0x8EA9DB, 60, none), (BREAK_EVEN, 35, none), (BREAK_EVEN, 0, square)]
    series = _series(chart)
    for one, (color, width, symbol) in zip(series, looks):
        one.Color = color
        one.LineWidth = width
        one.Symbol = symbol
    series[2].getDataPointByIndex(break_even_top).Label = _label(series_name=True)
    marker = series[3]
    marker.LineStyle = _enum("com.sun.star.drawing.LineStyle", "NONE")
    marker.Label = _label(number=True, series_name=True)
    marker.LabelSeparator = ": "
    marker.LabelPlacement = 4  # com.sun.star.chart.DataLabelPlacement.LEFT: the empty side of the curves
    formats = chart.getNumberFormats()
    key = formats.queryKey("0%", _SYSTEM, False)
    marker.NumberFormat = key if key != -1 else formats.addNew("0%", _SYSTEM)
    marker.LinkNumberFormatToSource = False
    chart.unlockControllers()


def checks_sheet(book):
    """Every SSF_ figure recomputed from the current inputs with Calc's own functions."""
    c = Checks(book, allowed_differences=True)
    r = lambda addr: ref("Risk", addr)  # noqa: E731
    d = lambda addr: ref("Chart data", addr)  # noqa: E731
    rev, mar, low, likely, high = (r(x) for x in (REV, MAR, LOW, LIKELY, HIGH))
    savings, trials = r(SAVINGS), r(TRIALS_CELL)
    w = f"{rev}*{mar}"
    point = f"({savings}+SUMPRODUCT({rev};{mar};{likely}))"
    typed = "a figure was typed over, or an input is not a valid number"
    last = TORNADO + len(PRODUCTS) - 1
    col = lambda c_: r(f"{c_}{TORNADO}:{c_}{last}")  # noqa: E731
    c.number("Point estimate (SSF_NETIMPACT): savings + revenue x margin x likely change", r(POINT), point,
             "the point estimate does not follow from the likely changes: " + typed, fmt="delta_m")
    c.each("Tornado: net with one product at low, the others at likely (SSF_TORNADO)", col("B"),
           f"{point}+{w}*({low}-{likely})", "the tornado's net at low is wrong: " + typed, fmt="delta_m")
    c.each("Tornado: net with one product at high, the others at likely (SSF_TORNADO)", col("C"),
           f"{point}+{w}*({high}-{likely})", "the tornado's net at high is wrong: " + typed, fmt="delta_m")
    swing = f"ABS({w}*({high}-{low}))"
    c.each("Tornado: swing between low and high", col("D"), swing, "a swing is not the gap between the two nets: "
           + typed, fmt="money_m")
    pairs = []
    for i in range(len(PRODUCTS)):
        one = f"ABS({r(f'B{FIRST + i}')}*{r(f'C{FIRST + i}')}*({r(f'F{FIRST + i}')}-{r(f'D{FIRST + i}')}))"
        earlier = f"SUMPRODUCT(({swing}={one})*(ROW({rev})<{FIRST + i}))"  # ties: the earlier product first
        pairs.append((r(f"E{TORNADO + i}"), f"1+SUMPRODUCT(({swing}>{one})*1)+{earlier}"))
    c.pairs("Tornado: rank of each swing (1 = largest, ties in product order)", pairs,
            "a rank does not order the swings: " + typed, count="ranks")
    c.pairs("Totals row: blended margin and revenue-weighted changes",
            [(r("C15"), f"SUMPRODUCT({rev};{mar})/SUM({rev})")]
            + [(r(f"{x}15"), f"SUMPRODUCT({rev};{r(f'{x}{FIRST}:{x}{LAST}')})/SUM({rev})") for x in "DEF"],
            "a figure of the totals row was typed over", count="totals")

    chart = "the tornado chart does not show the tornado: the hidden sheet Chart data was changed"
    t_last = T_DATA + len(PRODUCTS) - 1
    c.each("Tornado chart: bars in order of swing, largest at the top", d(f"P{T_DATA}:P{t_last}"),
           f"LARGE({swing};ROW({d(f'P{T_DATA}:P{t_last}')})-{T_DATA - 1})", chart, count="bars")
    c.pairs("Tornado chart: each bar as long as its product's swing",
            [(d(f"P{row}"), f"SUMPRODUCT(({r(f'A{FIRST}:A{LAST}')}={d(f'B{row}')})*{swing})")
             for row in range(T_DATA, t_last + 1)], chart, count="bars")
    c.each("Tornado chart: every bar splits at the point estimate", d(f"N{T_DATA}:N{t_last}"),
           f"{point}+0*{d(f'N{T_DATA}:N{t_last}')}", chart, count="bars")
    worse = f"IF({w}*({low}-{likely})<{w}*({high}-{likely});{w}*({low}-{likely});{w}*({high}-{likely}))"
    c.number("Tornado chart: the bars start at the products' worse nets (their sum)",
             f"=SUM({d(f'M{T_DATA}:M{t_last}')})", f"SUMPRODUCT({point}+{worse})", chart, fmt="delta_m")

    ind, tog = RISK_ROWS["independent"], RISK_ROWS["together"]
    exact_mean = f"({savings}+SUMPRODUCT({rev};{mar};({low}+{likely}+{high})/3))"
    variance = f"({low}^2+{likely}^2+{high}^2-{low}*{likely}-{low}*{high}-{likely}*{high})/18"
    exact_sd = f"SQRT(SUMPRODUCT(({w})^2*{variance}))"
    sampling = "the simulation does not follow your guesses: an input is not valid, or a figure was typed over"
    for mode, row in (("independent", ind), ("together", tog)):
        c.within(f"Mean (SSF_RISK, {mode}) vs the exact mean, savings + revenue x margin x (low + likely + "
                 "high) / 3; allowed: 4 standard errors, 4 x spread / SQRT(outcomes)",
                 r(f"B{row}"), exact_mean, f"4*{r(f'G{row}')}/SQRT({trials})", sampling, fmt="delta_m",
                 allowed_fmt="money_m")
    c.within("Spread (SSF_RISK, independent) vs the exact standard deviation of independent triangular "
             "guesses; allowed: 4 standard errors, 4 x spread / SQRT(2 x outcomes)",
             r(f"G{ind}"), exact_sd, f"4*{r(f'G{ind}')}/SQRT(2*{trials})", sampling, fmt="money_m")
    curve_rows = {"independent": S_IND, "together": S_TOG}
    for mode, row in (("independent", ind), ("together", tog)):
        c.within(f"P50 ({mode}) lies between P10 and P90: allowed, half their distance from their midpoint",
                 r(f"D{row}"), f"({r(f'C{row}')}+{r(f'E{row}')})/2", f"({r(f'E{row}')}-{r(f'C{row}')})/2",
                 "the percentiles are out of order: a figure was typed over", fmt="delta_m", allowed_fmt="money_m")
        first = curve_rows[mode]
        at = lambda prob: d(f"A{first + CURVE_POINTS.index(prob)}")  # noqa: E731
        c.pairs(f"S-curve ({mode}, SSF_RISKCURVE) at 10%, 50% and 90% is P10, P50 and P90 (the same draws)",
                [(at(0.1), r(f"C{row}")), (at(0.5), r(f"D{row}")), (at(0.9), r(f"E{row}"))],
                "the S-curve does not show the simulation's percentiles: " + typed, count="points")
        n = len(CURVE_POINTS)
        steps = d(f"A{first + 1}:A{first + n - 1}")
        c.number(f"S-curve ({mode}) rises: each point at or above the one before",
                 f"=SUMPRODUCT(({d(f'A{first + 1}:A{first + n - 1}')}>={d(f'A{first}:A{first + n - 2}')})*1)",
                 # + 0 * SUM: an error without the extension, like every figure that needs it
                 f"ROWS({steps})+0*SUM({steps})", "the S-curve falls somewhere: the hidden sheet "
                 "Chart data was changed", fmt='0" steps"')
    first, n = S_IND, len(CURVE_POINTS)
    probs, curve = d(f"B{first}:B{first + n - 1}"), d(f"A{first}:A{first + n - 1}")
    loss = r(f"F{ind}")
    clear = f"(ABS({probs}-{loss})>2/{trials})"  # points more than 2 outcomes away from the loss share
    c.number("Chance of a loss agrees with the S-curve: the curve is below break-even exactly at the chances below "
             "it (points within 2 outcomes of it aside)", f"=SUMPRODUCT(({curve}<0)*{clear})",
             f"SUMPRODUCT(({probs}<{loss})*{clear})", "the chance of a loss contradicts the S-curve: " + typed,
             fmt='0" points"')
    said = "&".join(f'IF(LEFT({r("A5")};{len(text)})="{text}";"{key}";"")' for key, text in VERDICT.items())
    c.text("The bottom line's verdict follows the chance of a loss (above 50%: loses; below: pays)",
           f'=IF(ISERROR({r("A5")});{r("A5")};{said})',
           f'=IF({loss}>0.5;"loses";IF({loss}<0.5;"pays";"even"))',
           "the sentence at the top contradicts the chance of a loss")
    return c.finish()


def _hand():
    """The point estimate and the tornado in plain Python (no add-in)."""
    weights = [p[2] * p[3] for p in PRODUCTS]
    point = COST_SAVINGS + sum(w * p[5] for w, p in zip(weights, PRODUCTS))
    at_low = [point + w * (p[4] - p[5]) for w, p in zip(weights, PRODUCTS)]
    at_high = [point + w * (p[6] - p[5]) for w, p in zip(weights, PRODUCTS)]
    mean = COST_SAVINGS + sum(w * (p[4] + p[5] + p[6]) / 3 for w, p in zip(weights, PRODUCTS))
    sd = math.sqrt(sum(w * w * (a * a + b * b + c * c - a * b - a * c - b * c) / 18
                       for w, (_, _, _, _, a, b, c, _) in zip(weights, PRODUCTS)))
    return point, at_low, at_high, mean, sd


H_POINT, H_LOW, H_HIGH, H_MEAN, H_SD = _hand()
_R = "$Risk."
# DOMAIN.md group F worked figures (tornado, SSF_RISK both modes, SSF_RISKCURVE)
# and the hand calculations above, on the untouched sample.
DOMAIN_TORNADO = {"A": (-3.05, -0.425, 2.625, 5), "B": (-3.025, -0.275, 2.75, 4), "C": (-3.57, 1.23, 4.8, 1),
                  "D": (-3.1125, 0.7875, 3.9, 2), "E": (-3.0525, 0.22, 3.2725, 3)}
DOMAIN_RISK = {"independent": (-0.886754, -2.988071, -0.910860, 1.253489, 0.7102, 1.638327),
               "together": (-0.876473, -5.553828, -1.064201, 4.013873, 0.6131, 3.527818)}
DOMAIN_CURVE = {0.05: -3.538691, 0.25: -2.019605, 0.50: -0.910860, 0.75: 0.215036, 0.95: 1.891196}
WORKED = [
    ("Point estimate (DOMAIN.md: -1.65)", _R + POINT, -1.65, 1e-9),
    ("Point estimate, by hand", _R + POINT, H_POINT, 1e-9),
    *[(f"Tornado {x}: {what} (DOMAIN.md)", f"{_R}{col}{TORNADO + i}", DOMAIN_TORNADO[x][j], 1e-9)
      for i, x in enumerate("ABCDE") for j, (what, col) in enumerate(
          (("net at low", "B"), ("net at high", "C"), ("swing", "D"), ("rank", "E")))],
    *[(f"Tornado {x}: net at low, by hand", f"{_R}B{TORNADO + i}", H_LOW[i], 1e-9) for i, x in enumerate("ABCDE")],
    *[(f"Tornado {x}: net at high, by hand", f"{_R}C{TORNADO + i}", H_HIGH[i], 1e-9) for i, x in enumerate("ABCDE")],
    *[(f"SSF_RISK {mode}: {what} (DOMAIN.md)", f"{_R}{col}{RISK_ROWS[mode]}", DOMAIN_RISK[mode][j],
       5e-5 if what == "chance of a loss" else 5e-7)
      for mode in MODES for j, (what, col) in enumerate(
          (("mean", "B"), ("P10", "C"), ("P50", "D"), ("P90", "E"), ("chance of a loss", "F"), ("spread", "G")))],
    *[(f"SSF_RISKCURVE at {p:.0%} (DOMAIN.md)", f"$'Chart data'.A{S_IND + CURVE_POINTS.index(p)}", v, 5e-7)
      for p, v in DOMAIN_CURVE.items()],
    ("Mean (independent) within 4 standard errors of the exact mean, by hand", _R + "B22", H_MEAN,
     4 * DOMAIN_RISK["independent"][5] / math.sqrt(TRIALS)),
    ("Spread (independent) within 4 standard errors of the exact one, by hand", _R + "G22", H_SD,
     4 * H_SD / math.sqrt(2 * TRIALS)),
    ("Exact mean of the triangular guesses (DOMAIN.md: -0.9075)",
     f"{COST_SAVINGS}+SUMPRODUCT({_R}{REV};{_R}{MAR};({_R}{LOW}+{_R}{LIKELY}+{_R}{HIGH})/3)", -0.9075, 1e-9),
    ("The decisive product (rank 1) is C", f"LEFT(INDEX({_R}A{TORNADO}:A{TORNADO + 4};MATCH(1;{_R}E{TORNADO}:"
     f"E{TORNADO + 4};0));1)", "C", None),
    ("Tornado chart, top bar: C's swing", "$'Chart data'.P10", 4.8, 1e-9),
    ("Tornado chart, bottom bar: A's swing", "$'Chart data'.P14", 2.625, 1e-9),
    ("Bottom line", f"LEFT($Risk.A5;{len(VERDICT['loses'])})", VERDICT["loses"], None),
]
