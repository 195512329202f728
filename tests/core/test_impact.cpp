// Group A: impact. Expected figures are DOMAIN.md's worked example or hand calculations.
#include "ssf/impact.hpp"
#include "worked_example.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace ssf;
using Catch::Matchers::WithinAbs;

TEST_CASE("worked example figures of DOMAIN.md", "[impact][oracle]") {
    auto r = worked::revenue(), m = worked::margin(), c = worked::change();
    CHECK_THAT(revImpact(r, c), WithinAbs(-4.0, 1e-12));
    CHECK_THAT(gpDelta(r, m, c, nullptr), WithinAbs(-4.65, 1e-12));
    CHECK_THAT(volumeEffect(r, m, c), WithinAbs(-2.398, 1e-12));
    CHECK_THAT(mixEffect(r, m, c), WithinAbs(-2.252, 1e-12));
    CHECK_THAT(volumeEffect(r, m, c) + mixEffect(r, m, c), WithinAbs(gpDelta(r, m, c, nullptr), 1e-12));
}

TEST_CASE("scenario is the article's Table 3 with a totals row", "[impact][oracle]") {
    auto t = scenario(worked::revenue(), worked::margin(), worked::change(), nullptr);
    REQUIRE(t.size() == 6);
    for (const auto& row : t) REQUIRE(row.size() == kScenarioColumns);
    // Product A: 35 -> 41.3, GP 17.5 -> 20.65 (hand calculation).
    CHECK_THAT(t[0][0], WithinAbs(35, 1e-12));
    CHECK_THAT(t[0][1], WithinAbs(41.3, 1e-12));
    CHECK_THAT(t[0][2], WithinAbs(6.3, 1e-12));
    CHECK_THAT(t[0][3], WithinAbs(17.5, 1e-12));
    CHECK_THAT(t[0][4], WithinAbs(20.65, 1e-12));
    CHECK_THAT(t[0][5], WithinAbs(3.15, 1e-12));
    // Product C: 16 -> 8, GP 9.6 -> 4.8.
    CHECK_THAT(t[2][1], WithinAbs(8, 1e-12));
    CHECK_THAT(t[2][5], WithinAbs(-4.8, 1e-12));
    // Totals: 100 -> 96, 59.95 -> 55.30.
    CHECK_THAT(t[5][0], WithinAbs(100, 1e-12));
    CHECK_THAT(t[5][1], WithinAbs(96, 1e-12));
    CHECK_THAT(t[5][2], WithinAbs(-4, 1e-12));
    CHECK_THAT(t[5][3], WithinAbs(59.95, 1e-12));
    CHECK_THAT(t[5][4], WithinAbs(55.30, 1e-12));
    CHECK_THAT(t[5][5], WithinAbs(-4.65, 1e-12));
}

TEST_CASE("net impact and break-even", "[impact][oracle]") {
    auto r = worked::revenue(), m = worked::margin(), c = worked::change();
    CHECK_THAT(netImpact(r, m, c, 3.0), WithinAbs(-1.65, 1e-12));
    CHECK_THAT(netImpact(r, m, c, 4.65), WithinAbs(0.0, 1e-12));
    // Gains 3.15 + 2.75 = 5.9; losses 4.8 + 3.4125 + 2.3375 = 10.55 (hand calculation).
    double k = breakEven(r, m, c, 2.0);
    CHECK_THAT(k, WithinAbs(7.9 / 10.55, 1e-12));
    // At k the scaled scenario's net impact is exactly 0.
    Range scaled(5, 1);
    for (std::size_t i = 0; i < 5; ++i) {
        double ch = c.item(i).number;
        scaled.setNumber(i, 0, ch < 0 ? ch * k : ch);
    }
    CHECK_THAT(netImpact(r, m, scaled, 2.0), WithinAbs(0.0, 1e-12));
    // With no projected losses there is no break-even share.
    CHECK_THROWS_AS(breakEven(r, m, Range::column({0.1, 0.1, 0, 0, 0.2}), 2.0), InputError);
}

TEST_CASE("new margin changes only the new gross profit", "[impact]") {
    auto r = worked::revenue(), m = worked::margin(), c = worked::change();
    auto nm = Range::column({0.40, 0.55, 0.60, 0.75, 0.85});
    // Product A's new GP falls from 41.3*0.5 to 41.3*0.4: -4.13 more.
    CHECK_THAT(gpDelta(r, m, c, &nm), WithinAbs(-4.65 - 4.13, 1e-12));
    CHECK_THAT(gpDelta(r, m, c, &m), WithinAbs(-4.65, 1e-12));
}

TEST_CASE("rows or columns give the same result", "[impact][input]") {
    auto r = Range::row({35, 25, 16, 13, 11});
    auto m = Range::row({0.50, 0.55, 0.60, 0.75, 0.85});
    auto c = Range::row({0.18, 0.20, -0.50, -0.35, -0.25});
    CHECK_THAT(gpDelta(r, m, c, nullptr), WithinAbs(-4.65, 1e-12));
    // Mixed orientation of equal length is accepted too.
    CHECK_THAT(gpDelta(worked::revenue(), m, c, nullptr), WithinAbs(-4.65, 1e-12));
}

TEST_CASE("trailing rows blank in every range are ignored", "[impact][input]") {
    auto r = worked::withBlankRows(worked::revenue(), 95);
    auto m = worked::withBlankRows(worked::margin(), 95);
    auto c = worked::withBlankRows(worked::change(), 95);
    CHECK_THAT(gpDelta(r, m, c, nullptr), WithinAbs(-4.65, 1e-12));
    CHECK(scenario(r, m, c, nullptr).size() == 6);
}

TEST_CASE("a row blank in some ranges only is an error", "[impact][input]") {
    auto r = worked::revenue(), m = worked::margin();
    auto c = worked::change();
    c.setBlank(2, 0);
    CHECK_THROWS_AS(gpDelta(r, m, c, nullptr), InputError);
    // Also when the gap is the last row of one range only.
    auto c2 = worked::withBlankRows(worked::change(), 1);
    auto r2 = worked::withBlankRows(worked::revenue(), 1);
    r2.setNumber(5, 0, 10);
    CHECK_THROWS_AS(revImpact(r2, c2), InputError);
}

TEST_CASE("text where a number belongs is an error, never 0", "[impact][input]") {
    auto r = worked::revenue(), m = worked::margin(), c = worked::change();
    r.setText(1, 0, "25");  // a number typed as text
    CHECK_THROWS_AS(revImpact(r, c), InputError);
    auto m2 = worked::margin();
    m2.setText(0, 0, "n/a");
    CHECK_THROWS_AS(gpDelta(worked::revenue(), m2, c, nullptr), InputError);
}

TEST_CASE("an error cell in a range is an error", "[impact][input]") {
    auto c = worked::change();
    c.setError(4, 0);
    CHECK_THROWS_AS(revImpact(worked::revenue(), c), InputError);
}

TEST_CASE("ranges of different lengths or shapes are errors", "[impact][input]") {
    CHECK_THROWS_AS(revImpact(worked::revenue(), Range::column({0.1, 0.2})), InputError);
    Range block(5, 2);
    for (std::size_t i = 0; i < 5; ++i) block.setNumber(i, 0, 1), block.setNumber(i, 1, 1);
    CHECK_THROWS_AS(revImpact(block, worked::change()), InputError);
}

TEST_CASE("out-of-domain margins and changes are errors", "[impact][input]") {
    auto r = worked::revenue(), c = worked::change();
    CHECK_THROWS_AS(gpDelta(r, Range::column({0.5, 0.55, 1.01, 0.75, 0.85}), c, nullptr), InputError);
    CHECK_THROWS_AS(gpDelta(r, Range::column({0.5, 0.55, -1.5, 0.75, 0.85}), c, nullptr), InputError);
    // The bounds themselves are allowed.
    CHECK_NOTHROW(gpDelta(r, Range::column({1, -1, 0.6, 0.75, 0.85}), c, nullptr));
    CHECK_THROWS_AS(revImpact(r, Range::column({0.1, 0.2, -1.0001, 0, 0})), InputError);
    CHECK_THAT(revImpact(r, Range::column({0, 0, -1, 0, 0})), WithinAbs(-16, 1e-12));
    auto nm = Range::column({0.5, 0.55, 0.6, 0.75, 2});
    CHECK_THROWS_AS(gpDelta(r, worked::margin(), c, &nm), InputError);
}

TEST_CASE("non-finite results are refused", "[impact][input]") {
    double big = std::numeric_limits<double>::max();
    auto r = Range::column({big, big});
    auto c = Range::column({1, 1});
    CHECK_THROWS_AS(revImpact(r, c), InputError);
    auto nan = Range::column({std::nan(""), 1});
    CHECK_THROWS_AS(revImpact(nan, c), InputError);
}

TEST_CASE("an empty table cannot be known yet", "[impact][input]") {
    CHECK_THROWS_AS(revImpact(worked::blanks(5), worked::blanks(5)), NotAvailable);
    CHECK_THROWS_AS(gpDelta(Range(), Range(), Range(), nullptr), NotAvailable);
}

TEST_CASE("volume and mix need a baseline revenue", "[impact][input]") {
    auto zero = Range::column({0, 0}), m = Range::column({0.5, 0.5}), c = Range::column({0.1, 0.1});
    CHECK_THROWS_AS(volumeEffect(zero, m, c), InputError);
    CHECK_THROWS_AS(mixEffect(zero, m, c), InputError);
    // All revenue lost: R1 = 0, and the mix effect is still defined (no division by R1).
    auto r = Range::column({10, 10}), gone = Range::column({-1, -1});
    CHECK_THAT(mixEffect(r, m, gone), WithinAbs(0.0, 1e-12));
    CHECK_THAT(volumeEffect(r, m, gone), WithinAbs(-10.0, 1e-12));
}

TEST_CASE("whole-column style ranges: declared size larger than stored", "[impact][input]") {
    // 1,048,576 declared rows, 5 stored: the rest are blank and trimmed.
    const std::size_t million = 1048576;
    Range r(million, 1, 5, 1), m(million, 1, 5, 1), c(million, 1, 5, 1);
    auto wr = worked::revenue(), wm = worked::margin(), wc = worked::change();
    for (std::size_t i = 0; i < 5; ++i) {
        r.setNumber(i, 0, wr.item(i).number);
        m.setNumber(i, 0, wm.item(i).number);
        c.setNumber(i, 0, wc.item(i).number);
    }
    CHECK_THAT(gpDelta(r, m, c, nullptr), WithinAbs(-4.65, 1e-12));
    // A whole column against a short range is still a length mismatch.
    CHECK_THROWS_AS(revImpact(r, worked::change()), InputError);
}
