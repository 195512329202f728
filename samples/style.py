"""The look and the building blocks shared by the sample workbooks.

Each sample (decision.py, levers.py, reptime.py, risk.py) builds its workbook through
the UNO API of a headless LibreOffice with the ssfcalc extension installed
(tools/office.py), the way a user would: formulas typed with the SSF_ names
(`=SSF_GPDELTA(B10:B14;C10:C14;D10:D14)`), array functions entered as array
formulas, Yes/No drop-downs as validation, verdict colours as conditional
formats, charts from cell ranges.

The conventions every sheet follows:
- rows 1-3: a title and two lines saying what the sheet answers and how to
  read it (line 3 becomes the "values-only copy" note in the copy for
  readers without the extension);
- row 4: blank while the extension is installed; without it, a red line
  saying the workbook needs the ssfcalc extension and where to get it (the
  values-only copy puts its "frozen copy" banner there);
- inputs are light yellow with blue figures (cell style "SSF Input"), results
  are black on white, key results bold on light blue ("SSF Key");
- every figure carries its unit in its number format ($M, $, %, days, x);
- a "Checks" sheet (samples/checks.py) recomputes results from the current
  inputs with Calc's own functions; its summary cell is named AllChecksPass
  and must be TRUE;
- data the charts plot lives on a hidden sheet "Chart data".
"""
import math

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale
from com.sun.star.table import BorderLine2, CellAddress

from texts import Texts

EN_US = Locale("en", "US", "")
SYSTEM = Locale()  # the reader's locale

# Colours (RGB): inputs light yellow with blue figures, results plain,
# verdicts green / amber / red.
NAVY = 0x1F3864
BLUE = 0x1F4E9E
GREY = 0x595959
LIGHT_GREY = 0xF2F2F2
INPUT_FILL = 0xFFF2CC
KEY_FILL = 0xDDEBF7
HEADER_FILL = 0xD9E1F2
GOOD = (0xC6EFCE, 0x006100)
WARN = (0xFFEB9C, 0x7F4F00)
BAD = (0xFFC7CE, 0x9C0006)
SERIES = [0x8EA9DB, 0x1F4E9E, 0xED7D31, 0x70AD47]

# Number formats with their units, written as en-US format codes and added
# to each workbook in the reader's locale (LANGUAGE_SYSTEM, see Book.fmt): the
# .ods stores them as ODF number styles without a language, so a German
# reader sees 4,65 and a US reader 4.65. The dollar is a quoted literal: an
# unquoted $ is the locale's currency symbol (DM, F, ...).
FORMATS = {
    "money_m": '"$"#,##0.00"M";-"$"#,##0.00"M"',
    "delta_m": '+"$"#,##0.00"M";-"$"#,##0.00"M";"$"0.00"M"',
    "money": '"$"#,##0;-"$"#,##0',
    "delta_money": '+"$"#,##0;-"$"#,##0;"$"0',
    "money2": '"$"#,##0.00;-"$"#,##0.00',
    "per_day": '"$"#,##0.00" /day"',
    "pct": "0%",
    "pct1": "0.0%",
    "delta_pct": "+0%;-0%;0%",
    "delta_pct1": "+0.0%;-0.0%;0.0%",
    "days": '0" days"',
    "count": "#,##0",
    "units": '#,##0" units"',
    "opps": '#,##0" opps"',
    "mult": '0.00"x"',
    "mult3": '0.000"x"',
    "num5": "0.00000",
    "num": "#,##0.00########",
    "bool": "BOOLEAN",
    "text": "@",
}

# Figures inside sentences: (decimals, prefix, suffix, signed, percent).
# TEXT(x; "$#,##0.00") reads its format code in the reader's locale (in
# German "." groups thousands), so sentences use FIXED, which rounds like
# TEXT and writes the reader's own separators in every locale.
SENTENCE_FIGURES = {
    "delta_m": (2, "$", "M", True, False),
    "money_m": (2, "$", "M", False, False),
    "money": (0, "$", "", False, False),
    "pct": (0, "", "%", False, True),
    "pct2": (2, "", "%", False, True),
    "count": (0, "", "", False, False),
    "num1": (1, "", "", False, False),
}

CM = 1000  # UNO lengths are 1/100 mm

# Row 4 of every sheet. SSF_QUESTION(1) fails only when the extension is
# missing (its argument is a constant), so the line shows exactly then. The
# saved .ods stores no cached results for formulas (samples/build.py), so a
# LibreOffice without the extension computes this line, and #NAME? in every
# figure that needs ssfcalc, as soon as the file opens.
EXTENSION_SOURCE = "the ssfcalc project's repository"
MISSING_EXTENSION = ("This workbook needs the ssfcalc extension (ssfcalc.oxt), which is not installed here: "
                     "its figures show #NAME?. Get ssfcalc.oxt from " + EXTENSION_SOURCE + ", add it with "
                     "Tools > Extension Manager, restart LibreOffice and reopen this file.")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def enum(type_name, value):
    return uno.Enum(type_name, value)


def border(color=0xBFBFBF, width=18):
    b = BorderLine2()
    b.Color, b.OuterLineWidth, b.LineWidth = color, width, width
    return b


def col_letter(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def ref(sheet, addr):
    """A reference to another sheet as setFormula reads it: $'Fit matrix'.B5
    (quoted unless the name is plain ASCII letters and digits)."""
    name = sheet if sheet.isascii() and sheet.isidentifier() else "'" + sheet.replace("'", "''") + "'"
    return f"${name}.{addr}"


def money_text(expr, fmt="delta_m"):
    """A figure for a sentence, in the reader's separators: -$4.65M (en-US),
    -$4,65M (de-DE); rounded like the cells' number formats (SENTENCE_FIGURES)."""
    decimals, prefix, suffix, signed, percent = SENTENCE_FIGURES[fmt]
    x = f"({expr})*100" if percent else f"({expr})"
    rounded = f"ROUND({x};{decimals})"
    sign = f'IF({rounded}<0;"-";IF({rounded}>0;"{"+" if signed else ""}";""))'
    return f'{sign}&"{prefix}"&FIXED(ABS({x});{decimals})&"{suffix}"'


class Book:
    """One workbook being built: styles, number formats, sheets, names.
    `texts` (samples/texts.py) gives every text in the workbook's language,
    the sheet names too: a generator names sheets in English (book.sheet,
    book.ref, book.name) and the book shows them translated, so every
    formula refers to the name the sheet has."""

    def __init__(self, doc, title, subject="", texts=None):
        self.doc = doc
        self.t = t = texts or Texts()
        self.title = title
        self.sheets = []
        self._formats = {}
        self._first = True
        self._data = None
        doc.CharLocale = EN_US if t.lang == "en" else Locale(t.lang, "", "")  # spelling, hyphenation
        props = doc.DocumentProperties
        props.Title, props.Subject = title, subject
        props.Description = t("Sample workbook of ssfcalc, the shared-sales-force functions for LibreOffice Calc. "
                              "Needs the ssfcalc extension (ssfcalc.oxt); the -values copy does not.")
        self._cell_styles()
        self._page_style()

    # -- styles ---------------------------------------------------------------
    def fmt(self, name):
        code = FORMATS.get(name, name)
        if code not in self._formats:
            formats = self.doc.NumberFormats
            # Locale(): LANGUAGE_SYSTEM, read here as en-US (samples/build.py
            # runs its office in en-US), shown in each reader's own locale.
            key = formats.queryKey(code, SYSTEM, False)
            if key == -1:
                key = formats.addNew(code, SYSTEM)
            self._formats[code] = key
        return self._formats[code]

    def _style(self, name, **props):
        family = self.doc.StyleFamilies.getByName("CellStyles")
        if family.hasByName(name):
            style = family.getByName(name)
        else:
            style = self.doc.createInstance("com.sun.star.style.CellStyle")
            family.insertByName(name, style)
        for k, v in props.items():
            setattr(style, k, v)
        return style

    def _cell_styles(self):
        line = border()
        self._style("SSF Title", CharHeight=16.0, CharWeight=150.0, CharColor=NAVY)
        self._style("SSF Subtitle", CharHeight=10.0, CharColor=GREY)
        self._style("SSF Section", CharHeight=11.5, CharWeight=150.0, CharColor=NAVY, BottomBorder=border(NAVY, 26))
        self._style("SSF Header", CharWeight=150.0, CharHeight=9.0, CellBackColor=HEADER_FILL, IsCellBackgroundTransparent=False,
                    IsTextWrapped=True, VertJustify=enum("com.sun.star.table.CellVertJustify", "CENTER"),
                    HoriJustify=enum("com.sun.star.table.CellHoriJustify", "CENTER"), BottomBorder=border(NAVY, 18))
        middle = enum("com.sun.star.table.CellVertJustify", "CENTER")
        self._style("SSF Label", CharColor=0x000000, BottomBorder=line, VertJustify=middle)
        self._style("SSF Input", CellBackColor=INPUT_FILL, IsCellBackgroundTransparent=False, CharColor=BLUE,
                    BottomBorder=line, TopBorder=line, LeftBorder=line, RightBorder=line, VertJustify=middle)
        self._style("SSF Input text", ParentStyle="SSF Input", IsTextWrapped=True)
        self._style("SSF Result", BottomBorder=line, VertJustify=middle)
        self._style("SSF Total", CharWeight=150.0, TopBorder=border(0x000000, 26), BottomBorder=line, VertJustify=middle)
        self._style("SSF Key", CharWeight=150.0, CellBackColor=KEY_FILL, IsCellBackgroundTransparent=False,
                    BottomBorder=border(NAVY, 26), TopBorder=border(NAVY, 26), VertJustify=middle)
        self._style("SSF Note", CharHeight=9.0, CharColor=GREY, CharPosture=enum("com.sun.star.awt.FontSlant", "ITALIC"),
                    IsTextWrapped=True, VertJustify=enum("com.sun.star.table.CellVertJustify", "TOP"))
        self._style("SSF Banner", CharWeight=150.0, CharColor=BAD[1], VertJustify=middle)
        self._style("SSF Text", IsTextWrapped=True, VertJustify=middle, BottomBorder=line)
        self._style("SSF Bottom line", CharHeight=11.0, CharWeight=150.0, CharColor=NAVY, CellBackColor=KEY_FILL,
                    IsCellBackgroundTransparent=False, IsTextWrapped=True, LeftBorder=border(NAVY, 88),
                    VertJustify=enum("com.sun.star.table.CellVertJustify", "CENTER"))
        for name, (fill, text) in (("SSF Good", GOOD), ("SSF Warn", WARN), ("SSF Bad", BAD)):
            self._style(name, CellBackColor=fill, IsCellBackgroundTransparent=False, CharColor=text, CharWeight=150.0,
                        VertJustify=middle)

    def _page_style(self):
        """"SSF Landscape": US Letter landscape, fit to the page width, as many
        pages down as needed; "SSF One page" and "SSF Two pages": the same on
        exactly one or two pages down."""
        family = self.doc.StyleFamilies.getByName("PageStyles")
        for name, pages_down in (("SSF Landscape", 0), ("SSF One page", 1), ("SSF Two pages", 2)):
            ps = self.doc.createInstance("com.sun.star.style.PageStyle")
            family.insertByName(name, ps)
            ps.IsLandscape = True
            ps.Width, ps.Height = 27940, 21590  # US Letter, landscape
            ps.LeftMargin = ps.RightMargin = 1200
            ps.TopMargin, ps.BottomMargin = 1000, 800
            ps.ScaleToPagesX, ps.ScaleToPagesY = 1, pages_down
            ps.CenterHorizontally = True
            ps.PrintGrid = ps.PrintHeaders = False
            ps.HeaderIsOn = False
            ps.FooterIsOn = True
            footer = ps.RightPageFooterContent
            for part in (footer.LeftText, footer.CenterText, footer.RightText):
                part.setString("")
            text = footer.LeftText
            cursor = text.createTextCursor()
            text.insertString(cursor, f"{self.title}  |  {self.t('sheet')} ", False)
            cursor.gotoEnd(False)
            text.insertTextContent(cursor, self.doc.createInstance("com.sun.star.text.TextField.SheetName"), False)
            footer.RightText.setString(self.t("ssfcalc sample workbook"))
            ps.RightPageFooterContent = footer

    # -- sheets and names -------------------------------------------------------
    def sheet(self, english, tab_color=None):
        """A new sheet named `english` in the workbook's language."""
        name = self.t(english)
        sheets = self.doc.Sheets
        if self._first:
            uno_sheet = sheets.getByIndex(0)
            uno_sheet.Name = name
            while sheets.getCount() > 1:
                sheets.removeByName(sheets.getByIndex(1).Name)
            self._first = False
        else:
            sheets.insertNewByName(name, sheets.getCount())
            uno_sheet = sheets.getByName(name)
        uno_sheet.PageStyle = "SSF Landscape"
        if tab_color is not None:
            uno_sheet.TabColor = tab_color
        s = Sheet(self, uno_sheet)
        self.sheets.append(s)
        return s

    def data_sheet(self):
        """The hidden sheet "Chart data": the series the charts plot, out of
        the reader's way (hidden sheets are neither shown nor printed).
        finish() moves it behind every other sheet."""
        if self._data is not None:
            return self._data
        s = self._data = self.sheet("Chart data", tab_color=0xBFBFBF)
        s.widths({c: 3.0 for c in "ABCDEFGH"})
        t = self.t
        s.title(t("Chart data: the figures the charts plot"), t("A hidden sheet: nothing to edit here. The charts read "
                "these columns; each has a column beside it that recomputes it with Calc's own functions for the "
                "Checks sheet."), t("Change the inputs on the other sheets; these figures follow."), "H")
        s.sh.IsVisible = False
        return s

    def ref(self, sheet, addr):
        """ref() to the sheet a generator names `sheet` in English, by its shown name."""
        return ref(self.t(sheet), addr)

    def name(self, name, sheet, rng):
        """A workbook-wide named range, e.g. name("NetImpact", "Decision", "J11")."""
        absolute = ":".join("$" + "$".join(_split(a)) for a in rng.split(":"))
        self.doc.NamedRanges.addNewByName(name, self.ref(sheet, absolute), CellAddress(0, 0, 0), 0)

    def finish(self):
        if self._data is not None:
            self.doc.Sheets.moveByName(self._data.name, self.doc.Sheets.getCount())
        self.doc.calculateAll()
        controller = self.doc.getCurrentController()
        if controller is not None:
            controller.setActiveSheet(self.sheets[0].sh)


def _split(addr):
    i = next(i for i, ch in enumerate(addr) if ch.isdigit())
    return addr[:i], addr[i:]


class Sheet:
    def __init__(self, book, sh):
        self.book, self.sh = book, sh
        self.name = sh.Name

    def rng(self, addr):
        return self.sh.getCellRangeByName(addr)

    def _look(self, r, style, fmt, wrap, align):
        if style:
            r.CellStyle = style
        if fmt:
            r.NumberFormat = self.book.fmt(fmt)
        if wrap is not None:
            r.IsTextWrapped = wrap
        if align:
            r.HoriJustify = enum("com.sun.star.table.CellHoriJustify", align)

    def put(self, addr, value, style=None, fmt=None, wrap=None, align=None):
        """One cell: a number, a text, or a formula as a user types it ("=...")."""
        cell = self.rng(addr)
        if isinstance(value, str) and value.startswith("="):
            cell.setFormula(value)
        elif isinstance(value, bool):
            cell.setFormula("=TRUE()" if value else "=FALSE()")
        elif isinstance(value, (int, float)):
            cell.setValue(value)
        elif value is not None:
            cell.setString(value)
        self._look(cell, style, fmt, wrap, align)
        return cell

    def column(self, addr, values, **look):
        col, row = _split(addr)
        for i, v in enumerate(values):
            self.put(f"{col}{int(row) + i}", v, **look)

    def row(self, addr, values, **look):
        col, row = _split(addr)
        start = self.rng(f"{col}1").RangeAddress.StartColumn
        for i, v in enumerate(values):
            self.put(f"{col_letter(start + i)}{row}", v, **look)

    def array(self, addr, formula, style=None, fmt=None):
        """An array formula over a block, as Ctrl+Shift+Enter enters it."""
        r = self.rng(addr)
        r.setArrayFormula(formula)
        self._look(r, style, fmt, None, None)
        return r

    def look(self, addr, style=None, fmt=None, wrap=None, align=None):
        self._look(self.rng(addr), style, fmt, wrap, align)

    def merge(self, addr, value=None, **look):
        r = self.rng(addr)
        r.merge(True)
        if value is not None:
            self.put(addr.split(":")[0], value, **look)
        elif look:
            self._look(r, look.get("style"), look.get("fmt"), look.get("wrap"), look.get("align"))
        return r

    def title(self, title, answers, how_to_read, last_col):
        """Rows 1-3: what this sheet is, what it answers, how to read it; lines
        2 and 3 wrap within columns A..last_col (set the widths first)."""
        self.put("A1", title, style="SSF Title")
        self.sh.getRows().getByIndex(0).Height = int(0.85 * CM)
        last = self.rng(f"{last_col}1").RangeAddress.StartColumn
        width = sum(self.sh.getColumns().getByIndex(c).Width for c in range(last + 1)) / CM
        for row, text in ((2, answers), (3, how_to_read)):
            self.merge(f"A{row}:{last_col}{row}")
            self.put(f"A{row}", text, style="SSF Subtitle", wrap=True)
            self.fit_height(row, text, width, pad=0.05)
        self.merge(f"A4:{last_col}4")
        t = self.book.t
        self.put("A4", f'=IF(ISERROR(SSF_QUESTION(1));{t.q(MISSING_EXTENSION)};"")', style="SSF Banner", wrap=True)
        self.conditions("A4", [("FORMULA", "LEN(A4)>0", "SSF Bad")])
        self.fit_height(4, t(MISSING_EXTENSION), width, per_char=0.17)

    def fit_height(self, row, text, width_cm, per_char=0.16, pad=0.1):
        """Row height for `text` wrapped in `width_cm` (Calc's optimal height
        skips merged cells): about 0.16 cm a character at 10 pt, 0.44 cm a line."""
        lines = max(1, math.ceil(len(text) * per_char / width_cm))
        self.height(row, pad + 0.44 * lines)

    def section(self, addr, text, span=None):
        if span:
            self.rng(f"{addr}:{span}").CellStyle = "SSF Section"
        self.put(addr, text, style="SSF Section")

    def widths(self, cm):
        cols = self.sh.getColumns()
        for letter, width in cm.items():
            cols.getByIndex(self.rng(f"{letter}1").RangeAddress.StartColumn).Width = int(width * CM)

    def height(self, row, cm, at_least=False):
        """Row height in cm; at_least: keep the row if it is taller already."""
        r = self.sh.getRows().getByIndex(row - 1)
        if not (at_least and r.Height >= cm * CM):
            r.Height = int(cm * CM)

    def optimal_heights(self, first, last):
        rows = self.sh.getRows()
        for r in range(first - 1, last):
            rows.getByIndex(r).OptimalHeight = True

    def yes_no(self, addr):
        """A Yes/No drop-down that refuses anything else."""
        r = self.rng(addr)
        v = r.Validation
        v.Type = enum("com.sun.star.sheet.ValidationType", "LIST")
        v.setFormula1('"Yes";"No"')
        v.ShowList = 1  # unsorted: Yes first
        v.IgnoreBlankCells = True
        v.ShowInputMessage = True
        t = self.book.t  # the answers stay Yes and No: SSF_FITSCORE counts them
        v.InputTitle = t("Answer Yes or No")
        v.InputMessage = t("Choose from the drop-down list; the fit score and verdict update.")
        v.ShowErrorMessage = True
        v.ErrorAlertStyle = enum("com.sun.star.sheet.ValidationAlertStyle", "STOP")
        v.ErrorTitle = t("Yes or No")
        v.ErrorMessage = t("The checklist takes Yes or No only.")
        r.Validation = v

    def conditions(self, addr, rules):
        """Conditional formats, first match wins: [(operator, formula, style)],
        operator one of EQUAL, LESS, GREATER_EQUAL, ... or FORMULA."""
        r = self.rng(addr)
        cf = r.ConditionalFormat
        cf.clear()
        for op, formula, style in rules:
            cf.addNew((prop("Operator", enum("com.sun.star.sheet.ConditionOperator", op)),
                       prop("Formula1", formula), prop("StyleName", style),
                       prop("SourcePosition", r.getCellByPosition(0, 0).CellAddress)))
        r.ConditionalFormat = cf

    def verdict_colors(self, addr, good, warn, bad):
        rules = [("EQUAL", f'"{t}"', "SSF Good") for t in good]
        rules += [("EQUAL", f'"{t}"', "SSF Warn") for t in warn]
        rules += [("EQUAL", f'"{t}"', "SSF Bad") for t in bad]
        self.conditions(addr, rules)

    def sign_colors(self, addr):
        """Green when the figure is 0 or more, red when below 0, plain when it is an error."""
        first = addr.split(":")[0]
        self.conditions(addr, [("FORMULA", f"ISERROR({first})", "SSF Result"), ("LESS", "0", "SSF Bad"),
                               ("GREATER_EQUAL", "0", "SSF Good")])

    def chart(self, name, anchor, width_cm, height_cm, ranges, kind="bar", title=None, x_title=None,
              y_title=None, colors=SERIES, labels=False, legend="BOTTOM", y_format=None, x_format=None,
              label_format=None, symbols=None, line_width=60, x_scale=None, y_scale=None, data=None, horizontal=False,
              x_label_size=None):
        """A chart from cell ranges (first row: series names; first column:
        categories, or x values for kind="xy"). It is placed at the anchor
        cell's current position: set row heights before adding charts.
        x_label_size: the category labels' font size in points (long labels
        that do not fit LibreOffice turns by 45 degrees). (It is
        not anchored to the cell: with shape.Anchor = cell, LibreOffice 7.4
        hung in storeToURL on the levers workbook.)"""
        pos = self.rng(anchor).Position
        rect = Rectangle(pos.X, pos.Y, int(width_cm * CM), int(height_cm * CM))
        addresses = tuple((data or self).rng(r).RangeAddress for r in ranges)  # data: the sheet of the ranges
        self.sh.Charts.addNewByName(name, rect, addresses, True, True)
        doc = self.sh.Charts.getByName(name).EmbeddedObject
        doc.lockControllers()
        if kind == "bar":
            diagram = doc.createInstance("com.sun.star.chart.BarDiagram")
            diagram.Vertical = horizontal  # True: bars across, labels at their ends
        else:
            diagram = doc.createInstance("com.sun.star.chart.XYDiagram")
            diagram.Lines = True
        doc.setDiagram(diagram)
        diagram = doc.getDiagram()
        diagram.Wall.FillStyle = enum("com.sun.star.drawing.FillStyle", "NONE")
        doc.HasMainTitle = bool(title)
        if title:
            doc.Title.String = title
            doc.Title.CharHeight = 11.0
            doc.Title.CharWeight = 150.0
        doc.HasLegend = legend is not None
        if legend:
            doc.Legend.Alignment = enum("com.sun.star.chart.ChartLegendPosition", legend)
        if x_title:
            diagram.HasXAxisTitle = True
            diagram.XAxisTitle.String = x_title
        if y_title:
            diagram.HasYAxisTitle = True
            diagram.YAxisTitle.String = y_title
        if y_format:
            diagram.YAxis.LinkNumberFormatToSource = False
            diagram.YAxis.NumberFormat = self._chart_format(doc, y_format)
        if x_format:
            diagram.XAxis.LinkNumberFormatToSource = False
            diagram.XAxis.NumberFormat = self._chart_format(doc, x_format)
        for axis, scale in ((diagram.XAxis, x_scale), (diagram.YAxis, y_scale)):
            if scale:  # (min, max, step)
                axis.AutoMin = axis.AutoMax = axis.AutoStepMain = False
                axis.Min, axis.Max, axis.StepMain = scale
        if kind == "xy":
            diagram.SymbolType = -3  # no symbols: a plain line
            diagram.XAxis.TextRotation = 0
        if kind == "bar" and horizontal:
            diagram.XAxis.ReverseDirection = True  # the first category at the top, as in the table
        if x_label_size:
            diagram.XAxis.CharHeight = x_label_size
        if kind == "bar":
            diagram.XAxis.TextBreak = True
            diagram.XAxis.TextCanOverlap = False
            diagram.XAxis.TextRotation = 0
        n = len(doc.getData().getColumnDescriptions())  # the series (for xy: the x column excluded)
        for i in range(max(n, 0)):
            p = diagram.getDataRowProperties(i)
            color = colors[i % len(colors)]
            if kind == "bar":
                p.FillColor = color
                p.LineColor = color
            else:
                p.LineColor = color
                p.LineWidth = line_width
                p.SymbolType = (symbols[i] if symbols else -3)  # -3: none
            if labels:
                p.DataCaption = 1  # the value
                if label_format:
                    p.LinkNumberFormatToSource = False
                    p.NumberFormat = self._chart_format(doc, label_format)
        doc.unlockControllers()
        return doc

    def _chart_format(self, chart_doc, name):
        code = FORMATS.get(name, name)
        formats = chart_doc.getNumberFormats()
        key = formats.queryKey(code, SYSTEM, False)
        return key if key != -1 else formats.addNew(code, SYSTEM)

    def print_area(self, addr, one_page=False, two_pages=False):
        self.sh.setPrintAreas((self.rng(addr).RangeAddress,))
        if one_page or two_pages:
            self.sh.PageStyle = "SSF One page" if one_page else "SSF Two pages"
