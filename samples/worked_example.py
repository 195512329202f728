#!/usr/bin/env python3
"""The worked example of DOMAIN.md as a small workbook: the five-product
impact table and the checklist for three product pairs. The README's first
command recalculates it in headless LibreOffice and prints the results.

    samples/worked_example.py OUT.fods
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import fods  # noqa: E402

PRODUCTS = ["A", "B", "C", "D", "E"]
REVENUE = [35, 25, 16, 13, 11]
MARGIN = [0.50, 0.55, 0.60, 0.75, 0.85]
CHANGE = [0.18, 0.20, -0.50, -0.35, -0.25]
PAIRS = {  # product pair -> answers to the six checklist questions
    "A + B": ["Yes", "Yes", "Yes", "Yes", "No", "Yes"],
    "A + C": ["Yes", "No", "Yes", "No", "No", "Yes"],
    "A + D": ["No", "No", "No", "No", "Yes", "No"],
}


def build():
    wb = fods.Workbook()
    s = wb.sheet("Impact")
    s.set("A1", "Shared sales force: impact on revenue and gross profit ($M)", style="bold")
    s.row("A3", ["product", "revenue", "gross margin", "change"], style="bold")
    s.column("A4", PRODUCTS)
    s.column("B4", REVENUE)
    s.column("C4", MARGIN, style="pct")
    s.column("D4", CHANGE, style="pct")
    s.row("F3", ["baseline revenue", "new revenue", "revenue delta", "baseline GP", "new GP", "GP delta"], style="bold")
    s.set("F4", "=SSF_SCENARIO(B4:B8;C4:C8;D4:D8)", array=(6, 6))
    s.set("E9", "total", style="bold")
    s.set("A11", "cost-of-sales savings")
    s.set("B11", 3)
    rows = [
        ("revenue delta", "=SSF_REVIMPACT(B4:B8;D4:D8)"),
        ("gross-profit delta", "=SSF_GPDELTA(B4:B8;C4:C8;D4:D8)"),
        ("volume effect", "=SSF_VOLUMEEFFECT(B4:B8;C4:C8;D4:D8)"),
        ("mix effect", "=SSF_MIXEFFECT(B4:B8;C4:C8;D4:D8)"),
        ("net impact after savings", "=SSF_NETIMPACT(B4:B8;C4:C8;D4:D8;B11)"),
        ("break-even share of losses", "=SSF_BREAKEVEN(B4:B8;C4:C8;D4:D8;B11)"),
    ]
    for i, (label, formula) in enumerate(rows):
        s.set(f"A{13 + i}", label)
        s.set(f"B{13 + i}", formula, style="pct" if "share" in label else "num3")
    wb.names["ImpactTable"] = "Impact.A3:K9"
    wb.names["Summary"] = f"Impact.A13:B{12 + len(rows)}"

    c = wb.sheet("Checklist")
    c.set("A1", "Shared Sales Force Checklist", style="bold")
    c.row("A3", ["question", *PAIRS], style="bold")
    for q in range(6):
        c.set(f"A{4 + q}", f"=SSF_QUESTION({q + 1})")
    for j, answers in enumerate(PAIRS.values()):
        col = fods.addr(0, 1 + j)[:-1]
        c.column(f"{col}4", answers)
        c.set(f"{col}10", f"=SSF_FITSCORE({col}4:{col}9)", style="pct")
        c.set(f"{col}11", f"=SSF_FITVERDICT({col}10)")
    c.set("A10", "fit score", style="bold")
    c.set("A11", "verdict", style="bold")
    c.widths[0] = "12cm"
    wb.names["Verdicts"] = f"Checklist.A3:{fods.addr(10, len(PAIRS))}"
    return wb


if __name__ == "__main__":
    build().write(sys.argv[1])
