"""The test corpus of ssf-batch, written from scratch by the test (stdlib only).

Good workbooks carry known results; bad files cover what a batch meets in
practice: empty, truncated, password-protected, not a spreadsheet, too slow.
"""
import base64
import io
import os
import zipfile
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
)

# The worked example: SSF_GPDELTA(B2:B6; C2:C6; D2:D6) = -4.65.
REVENUE = [35, 25, 16, 13, 11]
MARGIN = [0.5, 0.55, 0.6, 0.75, 0.85]
CHANGE = [0.18, 0.2, -0.5, -0.35, -0.25]

# Known results (what the rollup must report).
EXPECTED = {
    "Impact.E2": -4.65,            # the add-in, through the extension in the workers
    "NetImpact": -1.65,            # named range: GPDELTA + savings of 3
    "Impact.F2": 100.0,            # SUM(B2:B6)
    "Impact.G2": 59.95,            # SUMPRODUCT(B2:B6;C2:C6), baseline gross profit
    "Plain.B5": 42.0,              # ordinary formulas across sheets
    "Stale.A3": 5.0,               # the stored (stale) result was 999: recalculated
}


def cell(value=None, formula=None, cached=None, attrs=""):
    if formula is not None:
        extra = ""
        if cached is not None:
            extra = f' office:value-type="float" office:value="{cached}"'
        return f'<table:table-cell table:formula="{escape(formula, {chr(34): "&quot;"})}"{extra}{attrs}/>'
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="float" office:value="{value}"/>'


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def table(name, rows):
    return f'<table:table table:name="{name}">' + "".join(rows) + "</table:table>"


def spreadsheet_body(tables, named=""):
    return "<office:body><office:spreadsheet>" + "".join(tables) + named + "</office:spreadsheet></office:body>"


def fods(tables, named=""):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
        + spreadsheet_body(tables, named)
        + "</office:document>"
    )


def impact_tables():
    """Sheet Impact: the worked example, ordinary formulas, an array formula,
    error cells; sheet Plain: formulas across sheets; a named range."""
    rows = [row(cell("Product"), cell("Revenue"), cell("Margin"), cell("Change"), cell("GP delta"))]
    for i in range(5):
        r = i + 2
        cells = [cell(f"P{i + 1}"), cell(REVENUE[i]), cell(MARGIN[i]), cell(CHANGE[i])]
        if i == 0:
            cells += [
                cell(formula="of:=ORG.SSFCALC.FUNCTIONS.GPDELTA([.B2:.B6];[.C2:.C6];[.D2:.D6])"),
                cell(formula="of:=SUM([.B2:.B6])"),
                cell(formula="of:=SUMPRODUCT([.B2:.B6];[.C2:.C6])"),
            ]
        elif i == 1:
            # Known errors, reported by the rollup: a division by zero, #N/A,
            # and the add-in refusing ranges of different sizes (Err:502).
            cells += [
                cell(formula="of:=1/0"),
                cell(formula="of:=NA()"),
                cell(formula="of:=ORG.SSFCALC.FUNCTIONS.GPDELTA([.B2:.B6];[.C2:.C5];[.D2:.D6])"),
            ]
        elif i == 2:
            # An array formula over H4:H5 (values-only must flatten it too).
            cells += [cell(), cell(), cell(),
                      cell(formula="of:=[.B2:.B3]*2",
                           attrs=' table:number-matrix-columns-spanned="1" table:number-matrix-rows-spanned="2"')]
        elif i == 3:
            cells += [cell(), cell(), cell(), cell()]
        else:
            cells += [cell(formula="of:=[.E2]+3")]  # E6: the net impact, named NetImpact
        rows.append(row(*cells))
    plain = [
        row(cell("a"), cell(40)),
        row(cell("b"), cell(2)),
        row(cell("sum"), cell(formula="of:=[.B1]+[.B2]")),
        row(cell("total"), cell(formula="of:=[$Impact.F2]")),
        row(cell("answer"), cell(formula="of:=IF([.B4]=100;[.B3];-1)")),
    ]
    named = ('<table:named-expressions><table:named-range table:name="NetImpact" '
             'table:base-cell-address="$Impact.$E$6" table:cell-range-address="$Impact.$E$6"/>'
             "</table:named-expressions>")
    return [table("Impact", rows), table("Plain", plain)], named


def stale_tables():
    # A formula whose stored result (999) is wrong: only a real recalculation
    # gives 5. LibreOffice does not recalculate such a file on load.
    return [table("Stale", [row(cell(2)), row(cell(3)), row(cell(formula="of:=[.A1]+[.A2]", cached=999))])]


def ods_bytes(tables, named="", encrypted=False, mimetype="application/vnd.oasis.opendocument.spreadsheet",
              body=None):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NS} office:version="1.3">'
        + (body if body is not None else spreadsheet_body(tables, named))
        + "</office:document-content>"
    )
    if encrypted:
        # Declared encrypted the way LibreOffice writes a password-protected
        # file (AES-256-CBC, PBKDF2); the payload is random bytes, which is
        # all LibreOffice can see before it has the password.
        payload = os.urandom(1024)
        enc = (
            '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
            f'manifest:checksum="{base64.b64encode(os.urandom(32)).decode()}">'
            '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            f'manifest:initialisation-vector="{base64.b64encode(os.urandom(16)).decode()}"/>'
            '<manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>'
            '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" '
            f'manifest:iteration-count="100000" manifest:salt="{base64.b64encode(os.urandom(16)).decode()}"/>'
            "</manifest:encryption-data>"
        )
        content_entry = (f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" '
                         f'manifest:size="{len(content)}">{enc}</manifest:file-entry>')
        content_data = payload
    else:
        content_entry = '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        content_data = content.encode()
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mimetype}"/>'
        + content_entry + "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content_data, compress_type=zipfile.ZIP_STORED if encrypted else zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def xlsx_bytes():
    """A minimal .xlsx whose formula has a stale cached result (999 for
    A1+A2 = 5) and a named cell: proves that XLSX is recalculated."""
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Stale" sheetId="1" r:id="rId1"/></sheets>'
            '<definedNames><definedName name="NetImpact">Stale!$A$3</definedName></definedNames>'
            "</workbook>"),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1"><v>2</v></c></row>'
            '<row r="2"><c r="A2"><v>3</v></c></row>'
            '<row r="3"><c r="A3"><f>A1+A2</f><v>999</v></c></row>'
            "</sheetData></worksheet>"),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def slow_fods(cells=40):
    """Each cell evaluates a million-row array: seconds of calculation."""
    rows = [row(cell(formula=f"of:=SUMPRODUCT(SIN(ROW([.$A$1:.$A$1000000])+{i}))")) for i in range(cells)]
    return fods([table("Slow", rows)])


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def make_good(root):
    """Good workbooks: returns {relative path: expected extracts}."""
    tables, named = impact_tables()
    write(os.path.join(root, "units", "impact.fods"), fods(tables, named))
    write(os.path.join(root, "units", "north", "impact.ods"), ods_bytes(tables, named))
    write(os.path.join(root, "units", "stale.fods"), fods(stale_tables()))
    write(os.path.join(root, "units", "stale.xlsx"), xlsx_bytes())


def make_bad(root):
    """Bad files: returns {file name: word the failure reason must contain}."""
    tables, named = impact_tables()
    good = ods_bytes(tables, named)
    write(os.path.join(root, "bad", "empty.ods"), b"")
    write(os.path.join(root, "bad", "truncated.ods"), good[: len(good) // 2])
    write(os.path.join(root, "bad", "secret.ods"), ods_bytes(tables, named, encrypted=True))
    write(os.path.join(root, "bad", "notes.xlsx"), "Quarterly notes\nnot a workbook at all\n")
    write(os.path.join(root, "bad", "letter.ods"),
          ods_bytes([], mimetype="application/vnd.oasis.opendocument.text",
                    body="<office:body><office:text><text:p>Dear all,</text:p></office:text></office:body>"))
    return {
        "empty.ods": "empty file",
        "truncated.ods": "damaged",
        "secret.ods": "password",
        "notes.xlsx": "not a spreadsheet",
        "letter.ods": "not a spreadsheet",
    }


def links_fods(base_url):
    """A workbook whose linked image, linked OLE object and bitmap fill
    point to `base_url`: loading it must fetch nothing."""
    ns = (NS + ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
          ' xmlns:xlink="http://www.w3.org/1999/xlink"'
          ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
          ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    link = 'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"'
    styles = (f'<office:styles><draw:fill-image draw:name="Remote" xlink:href="{base_url}/fill.png" {link}/>'
              '</office:styles><office:automatic-styles><style:style style:name="gr1" style:family="graphic">'
              '<style:graphic-properties draw:fill="bitmap" draw:fill-image-name="Remote"/></style:style>'
              '</office:automatic-styles>')
    frame = 'svg:width="2cm" svg:height="2cm" svg:y="0cm" svg:x='
    shapes = ('<table:shapes>'
              f'<draw:frame draw:name="image" {frame}"0cm"><draw:image xlink:href="{base_url}/image.png" {link}/>'
              '</draw:frame>'
              f'<draw:frame draw:name="ole" {frame}"3cm"><draw:object xlink:href="{base_url}/ole.ods" {link}/>'
              '</draw:frame>'
              f'<draw:rect draw:name="fill" draw:style-name="gr1" {frame}"6cm"/>'
              '</table:shapes>')
    sheet = f'<table:table table:name="Plain">{shapes}' + row(cell(formula="of:=40+2")) + "</table:table>"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            + styles + spreadsheet_body([sheet]) + "</office:document>")
