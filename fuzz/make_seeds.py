#!/usr/bin/env python3
"""Writes the committed seed corpora fuzz/corpus/fuzz_core and fuzz/corpus/fuzz_convert.

The byte format is the one fuzz_input.hpp, fuzz_core.cpp and fuzz_convert.cpp
decode; the helpers below mirror it. Regression inputs found by fuzzing
(crash-*, regression-*) are committed next to these seeds and are never
touched by this script. Run it after changing the format:
    python3 fuzz/make_seeds.py
"""
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent

# --- fuzz_input.hpp -------------------------------------------------------
SPECIAL_NUMBERS = {"0": 0, "-0": 1, "1": 2, "-1": 3, "0.5": 4, "nan": 5, "inf": 6, "-inf": 7,
                   "1e308": 8, "-1e308": 9, "min": 10, "denorm": 11, "max": 12}
SPECIAL_TEXTS = ["yes", "No", "Y", "n", "TRUE", "false", " Yes ", "YES\t", "\u00a0yes", "y e s", "yes\\xC2",
                 "1", "0", "marginal", "flat", "Healthcare", "healthcare ", "IT operations",
                 "Line of business", "Direct", "Partner", "-", "#N/A", "Err:502", "\u200byes", "ja", None, "NaN",
                 "inf", "1e308", "\u00df",
                 # issue 14: Unicode case pairs, NFC vs NFD, thin / ideographic spaces, fullwidth YES
                 "\u00d6ffentliche Hand", "\u00f6ffentliche hand", "\u0413\u041e\u0421", "\u0433\u043e\u0441",
                 "Sant\u00e9", "Sante\u0301", "IT\u2009operations", "IT\u3000Operations", "\uff39\uff25\uff33"]


def size(n):
    big = {1048576: 250, 16384: 251, 65536: 252, 1048575: 253, 4097: 254}
    if n < 250:
        return bytes([n])
    if n in big:
        return bytes([big[n]])
    return bytes([255]) + struct.pack("<I", n)[:3]


def num(x):            # cell: number as i16 / 100 (exact for the example's figures)
    return bytes([3]) + struct.pack("<h", round(x * 100))


def raw(x):            # cell: number, 8 raw bytes
    return bytes([1]) + struct.pack("<d", x)


def special(name):     # cell: special number
    return bytes([2, SPECIAL_NUMBERS[name]])


def stext(s):          # cell: special text by value
    return bytes([4, SPECIAL_TEXTS.index(s)])


def text(s):           # cell: short text, UTF-8 bytes
    b = s.encode("utf-8")
    return bytes([5, len(b)]) + b


BLANK = bytes([0])
ERROR = bytes([6])


def longtext(n, ch="x"):
    return bytes([7]) + struct.pack("<H", n) + ch.encode()


def column(*cells):
    return bytes([0]) + size(len(cells)) + b"".join(cells)


def row(*cells):
    return bytes([1]) + size(len(cells)) + b"".join(cells)


def block(rows):
    return bytes([2]) + size(len(rows)) + size(len(rows[0])) + b"".join(b"".join(r) for r in rows)


def sparse(rows, cols, stored):
    """Declared rows x cols, stored block given as a list of rows."""
    sc = len(stored[0]) if stored else 0
    return bytes([3]) + size(rows) + size(cols) + bytes([len(stored), sc]) + b"".join(b"".join(r) for r in stored)


def generated_template(rows, cols, *cells):
    return bytes([2 | 4]) + size(rows) + size(cols) + bytes([0, len(cells)]) + b"".join(cells)


def generated_labels(rows, cols, m):
    return bytes([2 | 4]) + size(rows) + size(cols) + bytes([2]) + struct.pack("<H", m)


def scalar_number(x):
    return bytes([2]) + struct.pack("<d", x)


def scalar_cell(cell):
    return bytes([1]) + cell


OMITTED = bytes([0])


def core_input(ranges, scalars=(), omit=()):
    head = len(ranges)
    for i in omit:
        head |= 8 << i
    return bytes([head]) + b"".join(ranges) + bytes([len(scalars)]) + b"".join(scalars)


# DOMAIN.md's worked example.
REVENUE = [35, 25, 16, 13, 11]
MARGIN = [0.50, 0.55, 0.60, 0.75, 0.85]
CHANGE = [0.18, 0.20, -0.50, -0.35, -0.25]


def col(values):
    return column(*[num(v) for v in values])


def core_seeds():
    s = {}
    s["worked_example"] = core_input([col(REVENUE), col(MARGIN), col(CHANGE)], [scalar_number(3.0)])
    s["worked_example_rows"] = core_input(
        [row(*[num(v) for v in REVENUE]), row(*[num(v) for v in MARGIN]), row(*[num(v) for v in CHANGE])],
        [scalar_number(2.0)])
    s["worked_example_new_margin"] = core_input(
        [col(REVENUE), col(MARGIN), col(CHANGE), col([0.45, 0.5, 0.6, 0.7, 0.8])], [scalar_number(4.65)])
    s["worked_example_margin_omitted"] = core_input(
        [col(REVENUE), col(MARGIN), col(CHANGE), col([0.45, 0.5, 0.6, 0.7, 0.8])], [scalar_number(0)], omit=[3])
    s["worked_example_grown_table"] = core_input(
        [sparse(100, 1, [[num(v)] for v in REVENUE]), sparse(100, 1, [[num(v)] for v in MARGIN]),
         sparse(100, 1, [[num(v)] for v in CHANGE])], [scalar_number(1.0)])
    s["worked_example_whole_column"] = core_input(
        [sparse(1048576, 1, [[num(v)] for v in REVENUE]), sparse(1048576, 1, [[num(v)] for v in MARGIN]),
         sparse(1048576, 1, [[num(v)] for v in CHANGE])], [scalar_number(1.0)])
    # Group F: DOMAIN.md's low / likely / high, probabilities, then savings, trials, seed, mode.
    low, likely, high = [0.10, 0.10, -0.70, -0.50, -0.40], CHANGE, [0.25, 0.30, -0.20, -0.10, -0.05]
    s["risk_worked"] = core_input([col(REVENUE), col(MARGIN), col(low), col(likely), col(high),
                                   col([0.05, 0.25, 0.5, 0.75, 0.95])],
                                  [scalar_number(3.0), scalar_number(1000), scalar_number(1)])
    s["risk_together_rows"] = core_input(
        [row(*[num(v) for v in values]) for values in (REVENUE, MARGIN, low, likely, high, [0, 0.5, 1])],
        [scalar_number(3.0), scalar_number(100), scalar_number(9007199254740992), scalar_cell(text(" Together "))])
    s["risk_bad_order"] = core_input([col(REVENUE), col(MARGIN), col(high), col(likely), col(low), col([1.5])],
                                     [OMITTED, scalar_number(99.5), scalar_number(-1), scalar_cell(text("sometimes"))])
    s["blank_in_one_range"] = core_input([col(REVENUE), column(num(.5), BLANK, num(.6), num(.75), num(.85)),
                                          col(CHANGE)], [scalar_number(1.0)])
    s["text_and_errors"] = core_input([column(num(35), text("25"), ERROR, num(13), num(11)), col(MARGIN),
                                       column(stext("yes"), num(.2), num(-.5), num(-.35), num(-.25))])
    s["non_finite"] = core_input([column(special("nan"), special("inf"), special("1e308"), special("max"),
                                         special("denorm")), col(MARGIN), col(CHANGE)], [scalar_cell(special("inf"))])
    s["huge_values"] = core_input([column(raw(1e308), raw(1e308), raw(-1e308), raw(1e-308), raw(5e-324)),
                                   column(special("1"), special("-1"), special("-0"), special("min"), num(0)),
                                   column(special("-1"), raw(1e308), special("-0"), num(-1), num(0))],
                                  [scalar_number(-1e308)])
    s["margin_out_of_range"] = core_input([col(REVENUE), col([0.5, 1.01, 0.6, -1.5, 0.85]), col(CHANGE)])
    s["change_below_minus_one"] = core_input([col(REVENUE), col(MARGIN), col([0.18, -1.0, -1.01, 0, 0])])
    s["checklist_answers"] = core_input([column(*[stext(a) for a in ["yes", "No", "Y", "n", "TRUE", "false"]])],
                                        [scalar_number(0.5), scalar_number(5 / 6), scalar_number(0.5)])
    s["checklist_weighted"] = core_input(
        [column(stext(" Yes "), num(1), num(0), stext("\u00a0yes"), text("NO"), stext("y e s")),
         col([1, 2, 1, 0, 3, 1])], [scalar_number(0.9)])
    s["checklist_unanswered"] = core_input([column(stext("yes"), BLANK, stext("No"), BLANK, BLANK, BLANK),
                                            col([1, 1, 1, 1, 0, 0])], [scalar_cell(text("x"))])
    labels = [["Healthcare", "IT operations", "Direct", "Partner", "flat", "marginal"],
              ["healthcare ", "IT operations", "Direct", "Direct", "flat", "yes"],
              ["Line of business", "Partner", "1", "0", "No", "Y"]]
    s["fit_matrix"] = core_input([block([[stext(x) for x in r] for r in labels]), col([1, 1, 2, 1, 1, 1])],
                                 [scalar_number(1), scalar_number(6), scalar_number(2)])
    s["fit_matrix_incomplete"] = core_input(
        [block([[stext(x) for x in labels[0]], [stext("Direct"), BLANK, BLANK, BLANK, BLANK, BLANK],
                [num(1), num(2), num(3), num(4), num(5), num(6)]])],
        [scalar_number(7)])
    s["fit_matrix_many_products"] = core_input([generated_labels(300, 6, 7)], [scalar_number(3)])
    s["fit_matrix_same_profiles"] = core_input([generated_template(200, 6, stext("Direct"), stext("Partner"))])
    # Finding 1: more products than kMaxFitMatrixProducts (1024) is an InputError.
    s["fit_matrix_over_limit"] = core_input([generated_template(1100, 6, stext("Direct"))])
    # Issue 14: labels that differ only by Unicode case, normalisation form or
    # kind of space are equal; optional ranges running the other way (a row of
    # factors beside columns of products) are refused.
    unicode_labels = [["\u00d6ffentliche Hand", "\u0413\u041e\u0421", "Sant\u00e9", "IT\u2009operations", "\uff39\uff25\uff33", "Direct"],
                      ["\u00f6ffentliche hand", "\u0433\u043e\u0441", "Sante\u0301", "IT\u3000Operations", "yes", "Direct"]]
    s["fit_matrix_unicode"] = core_input([block([[stext(x) for x in r] for r in unicode_labels])])
    s["optional_row_beside_columns"] = core_input(
        [col([40, 20, 10]), col([250, 200, 100]), col([0.25, 0.2, 0.5]), col([90, 180, 300]),
         row(num(1), num(1), num(2)), col([1, 1, 1]), row(num(1), num(1), num(2))])
    s["question_numbers"] = core_input([], [scalar_number(6), scalar_number(1), scalar_number(2.5)])
    s["question_bad"] = core_input([], [scalar_cell(special("nan")), scalar_cell(stext("1")), OMITTED, scalar_number(0)])
    s["empty_shapes"] = core_input([bytes([0]) + size(0), bytes([1]) + size(0), bytes([2, 0, 5]), bytes([2, 5, 0])],
                                   [scalar_cell(BLANK)])
    s["long_text"] = core_input([column(longtext(5000), stext("yes")), column(num(1), num(2))],
                                [scalar_cell(longtext(300, "Y"))])
    s["declared_huge"] = core_input([sparse(1048576, 16384, [[num(1), num(2)], [num(3), num(4)]]),
                                     sparse(1, 16384, [[num(1)] * 3]), sparse(1048576, 1, [])])
    s["generated_numbers"] = core_input([bytes([4]) + size(3000) + bytes([1]) + struct.pack("<hh", 100, 3),
                                         bytes([4]) + size(3000) + bytes([1]) + struct.pack("<hh", 50, 0),
                                         bytes([4]) + size(3000) + bytes([1]) + struct.pack("<hh", -10, 0)],
                                        [scalar_number(10)])
    # Groups C, D, E (DOMAIN.md's examples).
    curve = block([[num(0.75), num(0.5)], [num(1), num(1)], [num(1.5), num(3)]])
    s["payout"] = core_input([curve], [scalar_number(0.9), scalar_number(10000), scalar_number(3)])
    s["payout_beyond_curve"] = core_input([curve], [scalar_number(1.6), scalar_number(1), OMITTED])
    tiers = block([[num(0), num(0.05)], [raw(10000), num(0.07)], [raw(25000), num(0.10)]])
    s["commission_flat"] = core_input([tiers], [scalar_number(30000), scalar_cell(stext("flat"))])
    s["commission_marginal"] = core_input([tiers], [scalar_number(30000), scalar_cell(stext("marginal"))])
    s["quota_attainment"] = core_input([col([100, 50, 30]), col([1, 1.5, 0]), col([20, 0, 40])], [scalar_number(150)])
    s["overlay"] = core_input([col([0.05, 0.03, 0.02])], [scalar_number(100000)])
    s["spiff"] = core_input([], [scalar_number(50), scalar_number(200), scalar_number(100), scalar_number(400)])
    s["mindshare"] = core_input([col([40, 10, 5]), column(raw(25000), raw(60000), raw(8000)), col([0.25, 0.3, 0.5]),
                                 col([90, 180, 30]), col([1, 0.8, 1]), col([1, 0.5, 0.9]), col([1, 1.5, 1])])
    s["velocity_response"] = core_input([], [scalar_number(40), scalar_number(25000), scalar_number(0.25),
                                             scalar_number(90), scalar_number(1.2)])
    s["response"] = core_input([], [scalar_number(1.2), scalar_number(0.5), scalar_number(1.6), scalar_number(1.82984),
                                    scalar_number(1.2)])
    s["response_fit"] = core_input([], [scalar_number(0.5), scalar_number(1.6), scalar_number(1.2)])
    s["partner"] = core_input([col([3, 200, 2]), col([2, 250, 4]), col([30, 50, 20])], [scalar_number(70)])
    s["partner_rows"] = core_input([row(num(3), num(0), num(2)), row(num(2), num(250), num(4)),
                                    row(num(1), num(1), num(1))], [OMITTED])
    # SSF_WHY's formula reader: formulas as XCell::getFormula gives them.
    s["why_formulas"] = core_input([], [scalar_cell(text(f)) for f in (
        "=ORG.SSFCALC.FUNCTIONS.GPDELTA($B$2:B6;'My data'.C2:C6;$Sheet1.D2:D6;{0.1;0.2|0.3;0.4})",
        "=ORG.SSFCALC.FUNCTIONS.FITVERDICT(ORG.SSFCALC.FUNCTIONS.FITSCORE(B:B);\"a;b\"\"c\";TRUE();;-2.5E-1)",
        "{=IF(A1>0;ORG.SSFCALC.FUNCTIONS.REVIMPACT(B2:B6;D2:D6*2);SUM(1;2))}",
        "=ORG.SSFCALC.FUNCTIONS.QUESTION(ORG.SSFCALC.FUNCTIONS.QUESTION(ORG.SSFCALC.FUNCTIONS.QUESTION((",
        "=ORG.SSFCALC.FUNCTIONS.REVIMPACT($Sheet1.B2:$Sheet3.B6;'it''s'.D2:D6)")] + [scalar_number(16383)])
    return s


# --- fuzz_convert.cpp ------------------------------------------------------
def a_void():
    return bytes([0])


def a_double(x):
    return bytes([1]) + struct.pack("<d", x)


def a_num(x):
    return bytes([3]) + struct.pack("<h", round(x * 100))


def a_utf16(units):
    return bytes([4, len(units)]) + b"".join(struct.pack("<H", u) for u in units)


def a_str(s):
    return a_utf16([ord(c) for c in s])


def a_stext(s):
    return bytes([5, SPECIAL_TEXTS.index(s)])


def a_bool(b):
    return bytes([6, 1 if b else 0])


def a_int32(v):
    return bytes([7]) + struct.pack("<i", v)


def a_matrix(rows):
    return bytes([8, len(rows)]) + b"".join(bytes([len(r)]) + b"".join(r) for r in rows)


def a_repeated(count, row, last):
    return bytes([9]) + struct.pack("<H", count) + bytes([len(row)]) + b"".join(row) + bytes([len(last)]) + b"".join(last)


def a_seq(items):
    return bytes([10, len(items)]) + b"".join(items)


def a_seq_double(rows):
    return bytes([11, len(rows), len(rows[0])]) + b"".join(struct.pack("<h", round(v * 100)) for r in rows for v in r)


def a_seq_string(items):
    return bytes([12, len(items)]) + bytes(SPECIAL_TEXTS.index(x) for x in items)


def a_other(k, payload=b"\x01\x00\x00\x00\x00\x00\x00\x00"):
    return bytes([13, k]) + payload


def a_longstr(n, unit):
    return bytes([14]) + struct.pack("<HH", n, unit)


def a_one(inner):
    return bytes([15]) + inner


def a_col(values):
    return a_matrix([[a_num(v)] for v in values])


def convert_input(ranges, scalars=(), rows=0, cols=0, results=b"\x00\x00"):
    return (bytes([len(ranges)]) + b"".join(ranges) + bytes([len(scalars)]) + b"".join(scalars)
            + size(rows) + size(cols) + results)


def convert_seeds():
    s = {}
    s["worked_example"] = convert_input([a_col(REVENUE), a_col(MARGIN), a_col(CHANGE)], [a_double(3.0)], 5, 1)
    s["worked_example_rows"] = convert_input(
        [a_matrix([[a_num(v) for v in REVENUE]]), a_matrix([[a_num(v) for v in MARGIN]]),
         a_matrix([[a_num(v) for v in CHANGE]]), a_void()], [a_void()], 1, 5)
    s["worked_example_blank_strings"] = convert_input(
        [a_matrix([[a_num(v)] for v in REVENUE] + [[a_str("")]] * 3),
         a_matrix([[a_num(v)] for v in MARGIN] + [[a_str("")]] * 3),
         a_matrix([[a_num(v)] for v in CHANGE] + [[a_str("")]] * 3)], [a_num(2)], 1048576, 1)
    s["checklist"] = convert_input([a_matrix([[a_stext(x)] for x in ["yes", "No", "Y", "n", "TRUE", "false"]]),
                                    a_void()], [a_double(0.5), a_void(), a_str("")], 6, 1)
    s["checklist_booleans"] = convert_input(
        [a_matrix([[a_bool(True)], [a_bool(False)], [a_num(1)], [a_num(0)], [a_str("YES")], [a_str("")]]),
         a_col([1, 1, 1, 1, 1, 1])], [a_bool(True), a_one(a_num(0.9))], 6, 1)
    s["surrogates"] = convert_input([a_matrix([[a_utf16([0xD800])], [a_utf16([0xDC00, 0x79])],
                                               [a_utf16([0xD83D, 0xDE00])], [a_utf16([0x79, 0x65, 0x73, 0xD800])]])],
                                    [a_utf16([0xDFFF]), a_utf16([0xFFFF, 0xFFFE])], 4, 1)
    s["ragged"] = convert_input([a_matrix([[a_num(1), a_num(2), a_num(3)], [], [a_num(4)]]),
                                 a_matrix([[], [a_stext("yes")]])], [a_matrix([[], [a_num(1)]])], 3, 3)
    s["repeated_rows"] = convert_input([a_repeated(5000, [a_stext("Direct")] * 6, [a_stext("Partner")] * 6)], [], 5001, 6)
    # Finding 3: one long text shared by many cells is converted once.
    s["shared_long_text"] = convert_input([a_repeated(1000, [a_longstr(1000, 0x79)], [a_longstr(1000, 0x79)])], [], 1001, 1)
    s["repeated_ragged"] = convert_input([a_repeated(2000, [], [a_num(1)] * 200)], [], 2001, 200)
    s["wrong_types"] = convert_input([a_seq([a_num(1), a_num(2)]), a_seq_double([[0.1, 0.2], [0.3, 0.4]]),
                                      a_seq_string(["yes", "No"])], [a_other(0), a_other(2), a_other(5), a_seq([])])
    s["other_scalars"] = convert_input([a_int32(7), a_other(1), a_other(3)], [a_other(4), a_other(6), a_other(8), a_int32(1)])
    s["nested"] = convert_input([a_matrix([[a_matrix([[a_num(1)]]), a_num(2)], [a_void(), a_seq([])]]),
                                 a_one(a_one(a_num(3)))], [a_one(a_stext("yes")), a_one(a_num(1))], 2, 2)
    s["long_strings"] = convert_input([a_longstr(10000, 0x41), a_matrix([[a_longstr(3000, 0xD800)]])],
                                      [a_longstr(5000, 0x20)], 1, 1)
    s["specials"] = convert_input([a_matrix([[bytes([2, i])] for i in range(13)])],
                                  [a_double(float("nan")), bytes([2, 6]), bytes([2, 11])], 13, 1)
    s["fit_matrix"] = convert_input([a_matrix([[a_stext(x) for x in r] for r in [
        ["Healthcare", "IT operations", "Direct", "Partner", "flat", "marginal"],
        ["healthcare ", "IT operations", "Direct", "Direct", "flat", "yes"]]]), a_col([1, 1, 1, 1, 1, 2])])
    s["fit_matrix_incomplete"] = convert_input([a_matrix([[a_stext(x) for x in r] for r in [
        ["Healthcare", "IT operations", "Direct", "Partner", "flat", "marginal"],
        ["healthcare ", "IT operations", "Direct", "Direct", "flat", "yes"]]] + [[a_stext("Direct")] + [a_str("")] * 5])])
    s["fit_matrix_unicode"] = convert_input([a_matrix([[a_stext(x) for x in r] for r in [
        ["\u00d6ffentliche Hand", "\u0413\u041e\u0421", "Sant\u00e9", "IT\u2009operations", "\uff39\uff25\uff33", "Direct"],
        ["\u00f6ffentliche hand", "\u0433\u043e\u0441", "Sante\u0301", "IT\u3000Operations", "yes", "Direct"]]])])
    # AbsoluteName look-alikes: one sheet, three sheets, a quoted name with dots.
    s["absolute_names"] = convert_input([], [a_str("$Sheet1.$B$2:$B$6"), a_str("$Sheet1.$B$2:$Sheet3.$B$6"),
                                             a_str("$'a.b'.$B$2:$B$6"), a_str("$'it''s.x'.$A$1")], 4194305, 1)
    s["results"] = convert_input([], [], 0, 0, bytes([2, 3]) + special("nan") + special("-0") + num(1.5) + BLANK
                                 + special("inf") + num(-2) + b"\xff\xfe\xc3")
    # Groups C, D, E (DOMAIN.md's examples).
    curve = a_matrix([[a_num(0.75), a_num(0.5)], [a_num(1), a_num(1)], [a_num(1.5), a_num(3)]])
    s["payout"] = convert_input([curve], [a_double(0.9), a_double(10000), a_double(3)])
    tiers = a_matrix([[a_num(0), a_num(0.05)], [a_double(10000), a_num(0.07)], [a_double(25000), a_num(0.10)]])
    s["commission"] = convert_input([tiers], [a_double(30000), a_str("flat")])
    s["commission_marginal"] = convert_input([tiers], [a_double(30000), a_void()])
    s["quota_attainment"] = convert_input([a_col([100, 50, 30]), a_col([1, 1.5, 0]), a_col([20, 0, 40])],
                                          [a_double(150)])
    s["mindshare"] = convert_input([a_col([40, 10, 5]), a_matrix([[a_double(25000)], [a_double(60000)], [a_double(8000)]]),
                                    a_col([0.25, 0.3, 0.5]), a_col([90, 180, 30]), a_col([1, 0.8, 1]),
                                    a_col([1, 0.5, 0.9]), a_col([1, 1.5, 1])], [])
    s["velocity_response"] = convert_input([], [a_double(40), a_double(25000), a_double(0.25), a_double(90), a_double(1.2)])
    s["response"] = convert_input([], [a_double(1.2), a_double(0.5), a_double(1.6), a_double(1.82984), a_double(1.2)])
    s["response_fit"] = convert_input([], [a_double(0.5), a_double(1.6), a_double(1.2)])
    s["partner"] = convert_input([a_col([3, 200, 2]), a_col([2, 250, 4]), a_col([30, 50, 20])], [a_double(70)])
    return s


def main():
    for target, seeds in (("fuzz_core", core_seeds()), ("fuzz_convert", convert_seeds())):
        out = HERE / "corpus" / target
        out.mkdir(parents=True, exist_ok=True)
        for name, data in seeds.items():
            (out / f"seed-{name}").write_bytes(data)
        print(f"{target}: {len(seeds)} seeds in {out}")


if __name__ == "__main__":
    main()
