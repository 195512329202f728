"""The Checks sheet of every sample workbook: each figure recomputed from the
current inputs with Calc's own functions (see the Checks class)."""


class Checks:
    """The self-check sheet: one row per figure, recomputed from the
    workbook's CURRENT inputs with Calc's own functions (SUM, SUMPRODUCT,
    COUNTIF, LN, ...), so the checks stay TRUE after any valid edit:

        A what is checked | B the workbook shows | C Calc's own functions give | D OK | E if it reads FALSE
        (| F the allowed difference, with Checks(book, allowed_differences=True): see within())

    and one summary cell, named AllChecksPass, that must be TRUE. Two figures
    agree when they differ by at most a billionth of the larger (rounding in
    the last digits); the tolerance lives in the OK formulas, not on the page.
    The worked figures of DOMAIN.md are asserted by tests/office/test_samples.py
    on the untouched sample (each generator's WORKED list). The table is
    named CheckTable for the office tests. The sheet's own texts are in the
    book's language (book.t); the caller passes each row's texts translated."""

    FIRST = 8
    # Relative tolerance: two computations of one figure in doubles.
    TOL = "1E-9"

    def __init__(self, book, allowed_differences=False):
        self.book = book
        self.t = t = book.t
        self.allowed = allowed_differences  # column F: within() rows, a simulated figure against its exact value
        s = self.sheet = book.sheet("Checks", tab_color=0x808080)
        s.widths({"A": 7.6, "B": 3.6, "C": 3.6, "D": 1.4, "E": 9.6, **({"F": 2.8} if self.allowed else {})})
        s.title(t("Checks: does this workbook still add up?"),
                t("Each row recomputes a figure of this workbook from its current inputs with Calc's own functions "
                  "(SUM, SUMPRODUCT, COUNTIF, ...) and compares the two: the checks stay TRUE whatever valid inputs "
                  "you type."),
                t("All checks pass must read TRUE. OK is TRUE when the two figures agree (to nine significant digits); "
                  "a row about several figures compares each one. A FALSE row says what to look at; an error value "
                  "means a figure cannot be computed (an input that is not valid, or the ssfcalc extension missing).")
                + (" " + t("A row with an allowed difference (column F) checks a simulated figure against its exact "
                           "value: OK when the two differ by at most that much.") if self.allowed else ""),
                "E")
        s.put("A5", t("All checks pass:"), style="SSF Key")
        self.summary = s.put("B5", None, style="SSF Key", fmt="bool")
        s.row("A7", [t("What is checked"), t("The workbook shows"), t("Calc's own functions give"), t("OK"),
                     t("If it reads FALSE")] + ([t("Allowed difference")] if self.allowed else []), style="SSF Header")
        s.height(7, 0.9)
        self.row = self.FIRST - 1
        book.name("AllChecksPass", "Checks", "B5")

    def _add(self, case, shown, calc, ok, meaning, fmt, calc_fmt=None):
        r = self.row = self.row + 1
        s = self.sheet
        s.put(f"A{r}", case, style="SSF Text")
        wrap = True if fmt is None else None  # texts wrap
        s.put(f"B{r}", _formula(shown), style="SSF Result", fmt=fmt, wrap=wrap)
        s.put(f"C{r}", _formula(calc), style="SSF Result", fmt=calc_fmt or fmt, wrap=wrap)
        s.put(f"D{r}", ok.format(r=r), style="SSF Result", fmt="bool", align="CENTER")
        s.put(f"E{r}", meaning, style="SSF Note", wrap=True)
        if self.allowed:
            s.look(f"F{r}", style="SSF Result")

    def _close(self, a, b):
        return f"ABS({a}-({b}))<={self.TOL}*MAX(1;ABS({b}))"

    def number(self, case, shown, calc, meaning, fmt="num"):
        """One figure: the workbook's against Calc's own."""
        self._add(case, shown, calc, "=" + self._close("B{r}", "C{r}"), meaning, fmt)

    def each(self, case, block, calc, meaning, fmt="num", count=None):
        """A block of figures (one per product, or a chart's points) against an
        array expression of the same shape, compared cell by cell. B and C
        show the sums (a total), or with count="points": how many figures
        there are and how many agree."""
        block = _bare(block)
        agree = f"(ABS({block}-({calc}))<={self.TOL}*(1+ABS({calc})))"
        ok = f"=SUMPRODUCT({agree}*1)=ROWS({block})*COLUMNS({block})"
        if count:
            self._add(case, _count(block), f"=SUMPRODUCT({agree}*1)", ok, meaning,
                      f'0" {self.t(count)}"', f'0" {self.t("agree")}"')
        else:
            self._add(case, f"=SUM({block})", f"=SUMPRODUCT({calc})", ok, meaning, fmt)

    def pairs(self, case, pairs, meaning, count="figures"):
        """Several figures, each against its own Calc formula: [(shown, calc)];
        B: how many figures there are, C: how many agree."""
        agree = "+".join(f"({self._close(_bare(a), b)})*1" for a, b in pairs)
        self._add(case, _count(";".join(_bare(a) for a, _ in pairs)), "=" + agree,
                  f"=AND({';'.join(self._close(_bare(a), b) for a, b in pairs)})", meaning,
                  f'0" {self.t(count)}"', f'0" {self.t("agree")}"')

    def within(self, case, shown, calc, tolerance, meaning, fmt="num", allowed_fmt=None):
        """One figure that may differ from Calc's own by a stated amount (a
        simulation's sampling error): OK when |shown - calc| <= tolerance, a
        formula shown in column F; say in `case` how it is derived. The
        column is named CheckTolerances for the office tests."""
        assert self.allowed, "Checks(book, allowed_differences=True) has column F"
        self._add(case, shown, calc, "=ABS(B{r}-C{r})<=F{r}", meaning, fmt)
        self.sheet.put(f"F{self.row}", _formula(tolerance), style="SSF Result", fmt=allowed_fmt or fmt)

    def text(self, case, shown, calc, meaning):
        self._add(case, shown, calc, "=EXACT(B{r};C{r})", meaning, None)

    def finish(self):
        s, last = self.sheet, self.row
        s.put("B5", f"=AND(D{self.FIRST}:D{last})", style="SSF Key", fmt="bool", align="CENTER")
        s.conditions("B5", [("EQUAL", "TRUE()", "SSF Good"), ("NOT_EQUAL", "TRUE()", "SSF Bad")])
        s.conditions(f"D{self.FIRST}:D{last}", [("EQUAL", "FALSE()", "SSF Bad")])
        # Blank when a figure cannot be computed (B5 then shows the error).
        t = self.t
        s.put("C5", f"=IF(ISERROR(B5);\"\";COUNTIF(D{self.FIRST}:D{last};TRUE())&{t.q(' of ')}&ROWS(D{self.FIRST}:D{last})"
                    f"&{t.q(' checks pass')})",
              style="SSF Note")
        s.optimal_heights(self.FIRST, last)
        rows = last - self.FIRST + 1  # more than 22 rows would print too small on one page
        s.print_area(f"A1:{'F' if self.allowed else 'E'}{last}", one_page=rows <= 22, two_pages=rows > 22)
        self.book.name("CheckTable", "Checks", f"A{self.FIRST}:D{last}")
        if self.allowed:
            self.book.name("CheckTolerances", "Checks", f"F{self.FIRST}:F{last}")
        return rows


def _count(cells):
    # COUNT skips error values; + 0 * SUM passes them on, so that without the
    # extension the count shows #NAME? like every other figure that needs it.
    return f"=COUNT({cells})+0*SUM({cells})"


def _bare(formula):
    return formula[1:] if formula.startswith("=") else formula


def _formula(text):
    return text if text.startswith("=") else "=" + text  # a plain reference: =$Decision.J11
