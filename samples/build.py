#!/usr/bin/python3
"""Build the sample workbooks for BU leaders in headless LibreOffice with the
ssfcalc extension installed in a private profile (tools/office.py).

    samples/build.py --oxt build/ssfcalc.oxt --out build/samples [--only decision]

For each sample (decision, levers, reptime, risk) and each of its translations
(TRANSLATIONS: decision also in German, decision-de) it writes into --out:
    <name>.ods          the workbook (needs the extension); it stores no
                        cached result for any formula, so a LibreOffice
                        without the extension cannot show a stale number:
                        on load it computes every formula, and what needs
                        ssfcalc shows #NAME? (row 4 of each sheet says why)
    <name>.pdf          every visible sheet, landscape, fit to the page width
    <name>-values.ods   a values-only copy for readers without the extension:
                        every formula replaced by its value, a "frozen copy"
                        banner with the date and the source file, inputs
                        styled plain and every sheet protected
    <name>-<page>.png   the PDF's pages at 60 dpi (pdftoppm, poppler-utils)
and fails (exit status 1) if a workbook's AllChecksPass is not TRUE, if any
cell holds an error value, or if the values-only copy still holds a formula.
Run it with Debian's /usr/bin/python3 (it has the uno module).
"""
import argparse
import importlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from datetime import date
from xml.dom import minidom
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tools")]

import uno  # noqa: E402
from office import Office  # noqa: E402
from style import Book  # noqa: E402
from texts import Texts  # noqa: E402

SAMPLES = ["decision", "levers", "reptime", "risk"]
# Other languages a sample is also built in (samples/texts/<lang>.toml),
# written as <name>-<lang>.ods/.pdf/-values.ods.
TRANSLATIONS = {"decision": ["de"]}
READER_LOCALES = {"de": "de-DE"}  # the locale its PDF and values-only copy are made in
FORMULA = 16  # com.sun.star.sheet.CellFlags.FORMULA
ERROR_TEXTS = ("#NAME?", "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NULL!", "Err:")


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)


def error_cells(doc):
    """Every cell on every sheet that shows an error value: [(sheet, row, col, shown)]."""
    found = []
    for sheet in doc.Sheets:
        area = used_area(sheet)
        for r, row in enumerate(area.getDataArray()):
            for c, value in enumerate(row):
                # getDataArray gives void (None) for an error cell.
                if value is None or (isinstance(value, str) and value.startswith(ERROR_TEXTS)):
                    shown = sheet.getCellByPosition(c, r).getString()
                    found.append((sheet.Name, r + 1, c + 1, shown))
    return found


def all_checks_pass(doc):
    cell = doc.NamedRanges.getByName("AllChecksPass").getReferredCells().getCellByPosition(0, 0)
    return cell.getError() == 0 and cell.getValue() == 1


# The values-only copy's texts (samples/texts/<lang>.toml translates them).
FROZEN_BANNER = ("FROZEN COPY, made {date} from {source}: values only, nothing recalculates. "
                 "To change an input, open {source} (it needs the ssfcalc extension, ssfcalc.oxt).")
VALUES_NOTE = "Values-only copy of {source}: every figure is fixed and the sheets are locked; the inputs used are shown plain."
VALUES_TITLE = "  (values-only copy)"
VALUES_DESCRIPTION = "Values-only copy of {source}, made {date}."


def freeze_values(doc, source, t):
    """The values-only copy: every formula replaced by its value, a banner on
    every sheet saying it is frozen (with the date and the source file),
    inputs styled plain, no drop-downs and every sheet protected, so nothing
    looks editable. Texts in the language of `t` (samples/texts.py); the
    figures in the sentences as the office's locale writes them. (The office
    must be able to write the document: a read-only one refuses setDataArray.)"""
    today = date.today().isoformat()
    banner = t(FROZEN_BANNER).format(date=today, source=source)
    styles = doc.StyleFamilies.getByName("CellStyles")
    for name in ("SSF Input", "SSF Input text"):  # the former inputs look like any other figure
        style = styles.getByName(name)
        style.CellBackColor = -1  # no fill
        style.CharColor = 0x000000
    for sheet in doc.Sheets:
        ranges = sheet.queryContentCells(FORMULA).RangeAddresses
        blocks = []
        for a in ranges:
            rng = sheet.getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow)
            blocks.append((rng, rng.getDataArray()))
        # Whole array formulas go at once: clear every formula of the used area first.
        used_area(sheet).clearContents(FORMULA)
        for rng, data in blocks:
            rng.setDataArray(data)
        title = sheet.getCellRangeByName("A1")
        title.setString(title.getString() + t(VALUES_TITLE))
        sheet.getCellRangeByName("A3").setString(t(VALUES_NOTE).format(source=source))
        sheet.getCellRangeByName("A4").setString(banner)  # row 4's conditional format colours it red
        area = used_area(sheet)  # no Yes/No drop-down or "choose an answer" tip on a frozen figure
        validation = area.Validation
        validation.Type = uno.Enum("com.sun.star.sheet.ValidationType", "ANY")
        validation.ShowInputMessage = validation.ShowErrorMessage = False
        area.Validation = validation
        sheet.protect("")
    doc.DocumentProperties.Description = t(VALUES_DESCRIPTION).format(source=source, date=today)


def drop_cached_results(path):
    """Rewrite an .ods so that no formula cell stores a cached result (value,
    type or shown text). LibreOffice then computes each formula on load, in
    any office: with the extension the figures come back; without it every
    figure that needs ssfcalc shows #NAME? instead of the last saved number
    (LibreOffice keeps cached results of cells that depend on add-in cells
    until a hard recalculation). Returns how many cells it changed."""
    table, office = "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text, calcext = "urn:oasis:names:tc:opendocument:xmlns:text:1.0", \
        "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    changed = 0
    for i, (info, data) in enumerate(entries):
        if info.filename != "content.xml":
            continue
        dom = minidom.parseString(data)
        for cell in dom.getElementsByTagNameNS(table, "table-cell"):
            if not cell.hasAttributeNS(table, "formula"):
                continue
            for ns, attr in ((office, "value"), (office, "value-type"), (office, "string-value"),
                             (office, "boolean-value"), (office, "date-value"), (office, "time-value"),
                             (office, "currency"), (calcext, "value-type")):
                if cell.hasAttributeNS(ns, attr):
                    cell.removeAttributeNS(ns, attr)
            for p in [n for n in cell.childNodes if n.namespaceURI == text and n.localName == "p"]:
                cell.removeChild(p)
            changed += 1
        entries[i] = (info, dom.toxml(encoding="UTF-8"))
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as z:  # same entries, same order (mimetype first, stored)
        for info, data in entries:
            z.writestr(info, data)
    tmp.replace(path)
    return changed


def cached_results_in(path):
    """How many formula cells of an .ods still store a cached result."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    cells = [c for c in xml.split("<table:table-cell")[1:] if "table:formula=" in c.split(">", 1)[0]]
    return sum(1 for c in cells if "office:value-type=" in c.split(">", 1)[0])


def formulas_in(path):
    """How many table:formula attributes an .ods's content.xml holds."""
    with zipfile.ZipFile(path) as z:
        return z.read("content.xml").decode("utf-8").count("table:formula=")


def render_png(pdf, out_dir, name, dpi=60):
    for old in out_dir.glob(f"{name}-[0-9]*.png"):
        old.unlink()
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        raise SystemExit("pdftoppm is missing: install poppler-utils (scripts/deps.sh lists it)")
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(out_dir / name)], check=True)
    return sorted(out_dir.glob(f"{name}-[0-9]*.png"))


def build_sample(office, sample, out_dir, png=True, template=None, lang="en", reader=None):
    """Build one sample in one language; returns (report lines, problems).
    With `template`, also save it there as an ODF template (.ots) before any
    values are frozen. With `reader`, an office in the language's locale
    (READER_LOCALES), the saved .ods is reopened there for the PDF and the
    values-only copy, so the sentences' figures show that locale's
    separators."""
    t0 = time.monotonic()
    module = importlib.import_module(sample)
    name = sample if lang == "en" else f"{sample}-{lang}"
    doc = office.new_calc()
    problems, report = [], []
    try:
        t = Texts(lang)
        book = Book(doc, t(module.TITLE), t(module.SUBJECT), texts=t)
        checks = module.build(book, t) if lang != "en" else module.build(book)
        book.finish()
        if not all_checks_pass(doc):
            problems.append(f"{name}: AllChecksPass is not TRUE")
        for sheet, row, col, shown in error_cells(doc):
            problems.append(f"{name}: error value {shown!r} in {sheet} row {row} column {col}")
        keys = {k: doc.NamedRanges.getByName(k).getReferredCells().getCellByPosition(0, 0).getValue()
                for k in module.KEY_FIGURES}
        shutil.copy(office.save_as(doc, f"{name}.ods", "calc8"), out_dir / f"{name}.ods")
        drop_cached_results(out_dir / f"{name}.ods")
        if template:
            shutil.copy(office.save_as(doc, f"{name}.ots", "calc8_template"), template)
        values = out_dir / f"{name}-values.ods"
        if reader:
            shown = reader.load(out_dir / f"{name}.ods")
            try:
                shown.calculateAll()
                if not all_checks_pass(shown):
                    problems.append(f"{name}: AllChecksPass is not TRUE in {reader.locale}")
                for sheet, row, col, text in error_cells(shown):
                    problems.append(f"{name}: error value {text!r} in {sheet} row {row} column {col} in {reader.locale}")
                shutil.copy(reader.save_as(shown, f"{name}.pdf", "calc_pdf_Export"), out_dir / f"{name}.pdf")
                freeze_values(shown, f"{name}.ods", t)
                shutil.copy(reader.save_as(shown, values.name, "calc8"), values)
            finally:
                shown.close(True)
        else:
            shutil.copy(office.save_as(doc, f"{name}.pdf", "calc_pdf_Export"), out_dir / f"{name}.pdf")
            freeze_values(doc, f"{name}.ods", t)
            shutil.copy(office.save_as(doc, values.name, "calc8"), values)
    finally:
        doc.close(True)
    for text in dict.fromkeys(t.missing):
        problems.append(f"{name}: no {lang} translation of {text!r} in samples/texts/{lang}.toml")
    left = formulas_in(values)
    if left:
        problems.append(f"{name}: the values-only copy still holds {left} formulas")
    cached = cached_results_in(out_dir / f"{name}.ods")
    if cached:
        problems.append(f"{name}: {cached} formula cells of {name}.ods still store a cached result")
    pages = render_png(out_dir / f"{name}.pdf", out_dir, name) if png else []
    report.append(f"{name}: {checks} checks, AllChecksPass {'TRUE' if not problems else 'FALSE'}, "
                  f"{len(pages)} PDF pages, {time.monotonic() - t0:.1f} s")
    report.append("    " + ", ".join(f"{k} {v:.6g}" for k, v in keys.items()))
    return report, problems


class watchdog:
    """Kill the office if the build takes longer than `seconds`: a UNO call
    into a hung office never returns, and a build must fail, not hang. The
    pending call then fails and the Office context cleans up."""

    def __init__(self, office, seconds):
        self.office, self.seconds, self.fired = office, seconds, False
        self.timer = threading.Timer(seconds, self._kill)
        self.timer.daemon = True

    def _kill(self):
        self.fired = True
        print(f"FAIL: LibreOffice did not finish within {self.seconds:.0f} s: killing it", file=sys.stderr, flush=True)
        try:
            os.killpg(self.office.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, AttributeError):
            pass

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()
        return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--oxt", required=True, help="the built extension, e.g. build/ssfcalc.oxt")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--only", action="append", choices=SAMPLES, help="build only this sample (repeatable)")
    ap.add_argument("--no-png", action="store_true", help="skip the PNG renders")
    ap.add_argument("--template", type=Path,
                    help="build only the decision sample and save it here as the .oxt's template (.ots)")
    ap.add_argument("--timeout", type=float, default=300,
                    help="seconds before a hung office is killed and the build fails (default 300)")
    args = ap.parse_args()
    out_dir = Path(args.out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    problems = []
    names = ["decision"] if args.template else args.only or SAMPLES
    with Office(oxt=args.oxt, locale="en-US") as office, watchdog(office, args.timeout):
        for name in names:
            report, found = build_sample(office, name, out_dir, png=not (args.no_png or args.template),
                                         template=args.template)
            print("\n".join(report))
            problems += found
        # Translations: built here (format codes read as en-US), published
        # from an office in the reader's locale.
        for lang in sorted({lang for name in names for lang in TRANSLATIONS.get(name, [])} if not args.template else []):
            with Office(oxt=args.oxt, locale=READER_LOCALES[lang]) as reader, watchdog(reader, args.timeout):
                for name in [n for n in names if lang in TRANSLATIONS.get(n, [])]:
                    report, found = build_sample(office, name, out_dir, png=not args.no_png, lang=lang,
                                                 reader=reader)
                    print("\n".join(report))
                    problems += found
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    print(f"samples in {out_dir} ({time.monotonic() - t0:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
