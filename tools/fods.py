"""A small writer of flat ODF spreadsheets (.fods) for ssfcalc's test and
sample workbooks, so they are kept as reviewable Python, not as XML.

Formulas are written the way a user types them in Calc (English function
names, `;` separators, `=SSF_GPDELTA(B2:B6;C2:C6;D2:D6)`); the writer turns
them into ODF's syntax, in which an add-in function is stored under its
programmatic name (ORG.SSFCALC.FUNCTIONS.GPDELTA) and references are
bracketed ([.B2:.B6]).
"""
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent


def addin_names():
    """SSF_X -> ORG.SSFCALC.FUNCTIONS.METHOD, from the one catalogue."""
    data = tomllib.loads((ROOT / "catalogue" / "functions.toml").read_text(encoding="utf-8"))
    service = data["service"]["name"].upper()
    return {f["name"]: f"{service}.{f['method'].upper()}" for f in data["function"]}


_ADDINS = None
# Calc functions that ODF stores under another name than the one users type.
_ODF_NAMES = {"ERRORTYPE": "ORG.OPENOFFICE.ERRORTYPE"}
_TOKEN = re.compile(
    r'(?P<str>"[^"]*")'
    r"|(?<![\w.$])(?P<ref>(?:(?P<sheet>\$?[A-Za-z_][A-Za-z0-9_]*)\.)?"
    r"(?P<a>\$?[A-Z]{1,3}\$?[0-9]+|\$?[A-Z]{1,3}(?=:))"
    r"(?::(?:(?P<sheet2>\$?[A-Za-z_][A-Za-z0-9_]*)\.)?(?P<b>\$?[A-Z]{1,3}\$?[0-9]*))?)(?![A-Za-z0-9_(])"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_.]*)(?=\()"
)


def _cell(part, sheet):
    if re.fullmatch(r"\$?[A-Z]{1,3}", part):  # a whole column: A:A
        part = part + "1"
    prefix = f"${sheet}" if sheet else ""
    return f"{prefix}.{part}"


def odf_formula(formula):
    """Translate '=SSF_X(B2:B6;Sheet.A1)' into 'of:=ORG.SSFCALC.FUNCTIONS.X([.B2:.B6];[$Sheet.A1])'."""
    global _ADDINS
    if _ADDINS is None:
        _ADDINS = addin_names()
    assert formula.startswith("="), formula

    def repl(m):
        if m.group("str"):
            return m.group("str")
        if m.group("name"):
            name = m.group("name").upper()
            return _ADDINS.get(name) or _ODF_NAMES.get(name, m.group("name"))
        sheet, a, b = m.group("sheet"), m.group("a"), m.group("b")
        if b is None:
            return f"[{_cell(a, sheet)}]"
        if re.fullmatch(r"\$?[A-Z]{1,3}", b):  # A:A -> the whole column
            b = b + "1048576"
        return f"[{_cell(a, sheet)}:{_cell(b, m.group('sheet2'))}]"  # sheet2: a 3-D reference

    return "of:" + _TOKEN.sub(repl, formula)


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_addr(addr):
    m = re.fullmatch(r"([A-Z]{1,3})([0-9]+)", addr)
    if not m:
        raise ValueError(addr)
    return int(m.group(2)) - 1, col_index(m.group(1))


@dataclass
class Cell:
    value: object = None  # number, str, bool, or None
    formula: str = None  # as a user types it, starting with '='
    array: tuple = None  # (rows, cols) for an array formula
    style: str = None


@dataclass
class Sheet:
    name: str
    cells: dict = field(default_factory=dict)  # (row, col) -> Cell
    widths: dict = field(default_factory=dict)  # col -> width like "4cm"
    # One value in the sheet's last cell (AMJ1048576), written with repeated
    # empty rows: the used area is then the whole sheet.
    last_cell: object = None

    def set(self, addr, value=None, formula=None, array=None, style=None):
        if isinstance(value, str) and value.startswith("=") and formula is None:
            value, formula = None, value
        self.cells[parse_addr(addr)] = Cell(value, formula, array, style)

    def row(self, addr, values, style=None):
        r, c = parse_addr(addr)
        for i, v in enumerate(values):
            if v is not None:
                self.set(_addr(r, c + i), v, style=style)

    def column(self, addr, values, style=None):
        r, c = parse_addr(addr)
        for i, v in enumerate(values):
            if v is not None:
                self.set(_addr(r + i, c), v, style=style)


def _addr(r, c):
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r + 1}"


addr = _addr

DEFAULT_STYLES = """
  <number:percentage-style style:name="Npct"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:number-style style:name="Nnum"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:number-style style:name="Nnum3"><number:number number:decimal-places="3" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:boolean-style style:name="Nbool"><number:boolean/></number:boolean-style>
  <style:style style:name="pct" style:family="table-cell" style:data-style-name="Npct"/>
  <style:style style:name="num" style:family="table-cell" style:data-style-name="Nnum"/>
  <style:style style:name="num3" style:family="table-cell" style:data-style-name="Nnum3"/>
  <style:style style:name="bool" style:family="table-cell" style:data-style-name="Nbool"/>
  <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
"""


@dataclass
class Workbook:
    sheets: list = field(default_factory=list)
    names: dict = field(default_factory=dict)  # name -> "Sheet.A1" or "Sheet.A1:B2"
    styles: str = DEFAULT_STYLES

    def sheet(self, name):
        s = Sheet(name)
        self.sheets.append(s)
        return s

    def write(self, path):
        Path(path).write_text(self.xml(), encoding="utf-8")

    def xml(self):
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
            ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
            ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
            ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
            ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
            ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
            f"<office:automatic-styles>{self.styles}{self._column_styles()}</office:automatic-styles>",
            "<office:body><office:spreadsheet>",
        ]
        for s in self.sheets:
            out.append(self._sheet_xml(s))
        if self.names:
            out.append("<table:named-expressions>")
            for name, target in self.names.items():
                sheet, _, rng = target.partition(".")
                absolute = [re.sub(r"([A-Z]+)([0-9]+)", r"$\1$\2", c) for c in rng.split(":")]
                ref = f"${sheet}." + ":.".join(absolute)
                base = f"${sheet}.$A$1"
                out.append(
                    f"<table:named-range table:name={quoteattr(name)} table:base-cell-address={quoteattr(base)}"
                    f" table:cell-range-address={quoteattr(ref)}/>"
                )
            out.append("</table:named-expressions>")
        out.append("</office:spreadsheet></office:body></office:document>")
        return "\n".join(out) + "\n"

    def _column_styles(self):
        out = []
        for s in self.sheets:
            for col, width in s.widths.items():
                out.append(
                    f'<style:style style:name="co_{id(s)}_{col}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{width}"/></style:style>'
                )
        return "".join(out)

    def _sheet_xml(self, s):
        rows = max((r for r, _ in s.cells), default=-1) + 1
        cols = max((c for _, c in s.cells), default=-1) + 1
        out = [f"<table:table table:name={quoteattr(s.name)}>"]
        for c in range(cols):
            style = f' table:style-name="co_{id(s)}_{c}"' if c in s.widths else ""
            out.append(f"<table:table-column{style}/>")
        for r in range(rows):
            out.append("<table:table-row>")
            for c in range(cols):
                out.append(self._cell_xml(s.cells.get((r, c))))
            out.append("</table:table-row>")
        if s.last_cell is not None:
            assert rows < 1048576 and cols < 1024, "last_cell needs the rest of the sheet empty"
            out.append(f'<table:table-row table:number-rows-repeated="{1048576 - rows - 1}">'
                       '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
            out.append('<table:table-row><table:table-cell table:number-columns-repeated="1023"/>'
                       f"{self._cell_xml(Cell(s.last_cell, None, None, None))}</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    @staticmethod
    def _cell_xml(cell):
        if cell is None:
            return "<table:table-cell/>"
        attrs = []
        if cell.style:
            attrs.append(f'table:style-name="{cell.style}"')
        if cell.formula:
            attrs.append(f"table:formula={quoteattr(odf_formula(cell.formula))}")
            if cell.array:
                attrs.append(f'table:number-matrix-rows-spanned="{cell.array[0]}"')
                attrs.append(f'table:number-matrix-columns-spanned="{cell.array[1]}"')
            return f"<table:table-cell {' '.join(attrs)}/>"
        v = cell.value
        if isinstance(v, bool):
            attrs.append(f'office:value-type="boolean" office:boolean-value="{str(v).lower()}"')
            return f"<table:table-cell {' '.join(attrs)}><text:p>{'TRUE' if v else 'FALSE'}</text:p></table:table-cell>"
        if isinstance(v, (int, float)):
            attrs.append(f'office:value-type="float" office:value="{v!r}"')
            return f"<table:table-cell {' '.join(attrs)}><text:p>{v}</text:p></table:table-cell>"
        attrs.append('office:value-type="string"')
        return f"<table:table-cell {' '.join(attrs)}><text:p>{escape(str(v))}</text:p></table:table-cell>"
