// Group C: focus levers. Every expected figure is a hand calculation (in the
// comment beside it) or a DOMAIN.md figure.
#include "ssf/levers.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

using namespace ssf;
using Catch::Matchers::WithinAbs;

namespace {

// An N x 2 table range from (key, value) rows.
Range table(const std::vector<std::pair<double, double>>& rows) {
    Range t(rows.size(), 2);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        t.setNumber(r, 0, rows[r].first);
        t.setNumber(r, 1, rows[r].second);
    }
    return t;
}

// DOMAIN.md's pay curve: 75% -> 50%, 100% -> 100%, 150% -> 300%.
Range curve() { return table({{0.75, 0.5}, {1.0, 1.0}, {1.5, 3.0}}); }
// DOMAIN.md's rate table: 5% from 0, 7% from 10k, 10% from 25k.
Range tiers() { return table({{0, 0.05}, {10000, 0.07}, {25000, 0.10}}); }

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

// ------------------------------------------------------------------ tables

TEST_CASE("a table is one range of two columns side by side", "[levers][input]") {
    auto rows = readTable(curve(), "curve");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].key == 1.0);
    CHECK(rows[2].value == 3.0);
    // Three columns, one column or two rows of N columns are not a table.
    CHECK_THROWS_AS(readTable(Range(3, 3), "t"), InputError);
    CHECK_THROWS_AS(readTable(Range::column({1, 2}), "t"), InputError);
    Range across(2, 3);
    for (std::size_t c = 0; c < 3; ++c) across.setNumber(0, c, c), across.setNumber(1, c, c);
    CHECK_THROWS_AS(readTable(across, "t"), InputError);
}

TEST_CASE("a table's trailing blank rows are dropped, other blanks are errors", "[levers][input]") {
    Range grown(10, 2);  // the curve in A1:B10
    grown.setNumber(0, 0, 0.75), grown.setNumber(0, 1, 0.5);
    grown.setNumber(1, 0, 1.0), grown.setNumber(1, 1, 1.0);
    grown.setNumber(2, 0, 1.5), grown.setNumber(2, 1, 3.0);
    CHECK(readTable(grown, "curve").size() == 3);
    CHECK_THAT(payout(0.9, 1.0, grown, kNoCap), WithinAbs(0.8, 1e-12));

    Range half = grown;
    half.setNumber(3, 0, 2.0);  // a pay level missing
    CHECK_THROWS_AS(readTable(half, "curve"), InputError);
    CHECK_THROWS_AS(payout(0.9, 1.0, half, kNoCap), InputError);
    Range half2 = grown;
    half2.setNumber(4, 1, 4.0);  // an attainment missing, after a blank row
    CHECK_THROWS_AS(readTable(half2, "curve"), InputError);
    Range gap = grown;
    gap.setNumber(5, 0, 2.0), gap.setNumber(5, 1, 4.0);  // rows 4-5 blank inside
    CHECK_THROWS_AS(readTable(gap, "curve"), InputError);

    // Whole-column style: a million declared rows, three stored.
    Range whole(1048576, 2, 3, 2);
    whole.setNumber(0, 0, 0.75), whole.setNumber(0, 1, 0.5);
    whole.setNumber(1, 0, 1.0), whole.setNumber(1, 1, 1.0);
    whole.setNumber(2, 0, 1.5), whole.setNumber(2, 1, 3.0);
    CHECK_THAT(payout(1.2, 1.0, whole, kNoCap), WithinAbs(1.8, 1e-12));

    // A table with no rows cannot be known yet.
    CHECK_THROWS_AS(readTable(Range(5, 2), "t"), NotAvailable);
    CHECK_THROWS_AS(payout(1.0, 1.0, Range(5, 2), kNoCap), NotAvailable);
    CHECK_THROWS_AS(commission(100, Range(5, 2), CommissionMode::Marginal), NotAvailable);
}

TEST_CASE("text or an error cell in a table is an error, never 0", "[levers][input]") {
    Range t = tiers();
    t.setText(1, 0, "10000");
    CHECK_THROWS_AS(commission(30000, t, CommissionMode::Marginal), InputError);
    Range c = curve();
    c.setText(2, 1, "300%");
    CHECK_THROWS_AS(payout(1.2, 1.0, c, kNoCap), InputError);
    Range e = curve();
    e.setError(0, 0);
    CHECK_THROWS_AS(payout(1.2, 1.0, e, kNoCap), InputError);
    Range n = curve();
    n.setNumber(1, 1, kNaN);
    CHECK_THROWS_AS(payout(1.2, 1.0, n, kNoCap), InputError);
    Range i = tiers();
    i.setNumber(2, 0, kInf);
    CHECK_THROWS_AS(commission(30000, i, CommissionMode::Flat), InputError);
}

// ------------------------------------------------------------------ PAYOUT

TEST_CASE("payout: DOMAIN.md's curve", "[levers][oracle]") {
    // 90%: 50% + (90-75)/(100-75) * (100-50)% = 80%.
    CHECK_THAT(payout(0.9, 1.0, curve(), kNoCap), WithinAbs(0.8, 1e-12));
    // 120%: 100% + (120-100)/(150-100) * (300-100)% = 180%.
    CHECK_THAT(payout(1.2, 1.0, curve(), kNoCap), WithinAbs(1.8, 1e-12));
    // 160%: beyond the last point the slope 200%/50% = 4 continues: 300% + 10% * 4 = 340%.
    CHECK_THAT(payout(1.6, 1.0, curve(), kNoCap), WithinAbs(3.4, 1e-12));
    // Times the target incentive.
    CHECK_THAT(payout(0.9, 20000, curve(), kNoCap), WithinAbs(16000, 1e-8));
    CHECK_THAT(payout(1.2, 20000, curve(), kNoCap), WithinAbs(36000, 1e-8));
    CHECK_THAT(payout(1.6, 20000, curve(), kNoCap), WithinAbs(68000, 1e-8));
}

TEST_CASE("payout: on the points, below the first point", "[levers][oracle]") {
    CHECK_THAT(payout(0.75, 1.0, curve(), kNoCap), WithinAbs(0.5, 1e-12));
    CHECK_THAT(payout(1.0, 1.0, curve(), kNoCap), WithinAbs(1.0, 1e-12));
    CHECK_THAT(payout(1.5, 1.0, curve(), kNoCap), WithinAbs(3.0, 1e-12));
    // 0 below the first point: a threshold, not a slope down to 0.
    CHECK(payout(0.7499, 1.0, curve(), kNoCap) == 0.0);
    CHECK(payout(0.0, 1.0, curve(), kNoCap) == 0.0);
    CHECK(payout(-2.0, 1.0, curve(), kNoCap) == 0.0);
    CHECK(payout(0.9, 0.0, curve(), kNoCap) == 0.0);
    // Two points are enough; the slope beyond is the only segment's.
    auto two = table({{0.5, 0.0}, {1.0, 1.0}});
    CHECK_THAT(payout(2.0, 1.0, two, kNoCap), WithinAbs(3.0, 1e-12));  // 1 + 1.0 * 2
}

TEST_CASE("payout: the cap is a pay level", "[levers][oracle]") {
    // Cap 3 (300%): at 160% the pay stops at 300% instead of 340%.
    CHECK_THAT(payout(1.6, 1.0, curve(), 3.0), WithinAbs(3.0, 1e-12));
    // Cap 3.2: 155% gives 300% + 5% * 4 = 320% exactly at the cap; 160% is cut to it.
    CHECK_THAT(payout(1.55, 1.0, curve(), 3.2), WithinAbs(3.2, 1e-12));
    CHECK_THAT(payout(1.6, 1.0, curve(), 3.2), WithinAbs(3.2, 1e-12));
    CHECK_THAT(payout(1.52, 1.0, curve(), 3.2), WithinAbs(3.08, 1e-12));
    // Inside the curve the cap changes nothing.
    CHECK_THAT(payout(1.2, 1.0, curve(), 3.0), WithinAbs(1.8, 1e-12));
    // A cap below the last pay level is an error; equal to it is allowed.
    CHECK_THROWS_AS(payout(1.2, 1.0, curve(), 2.99), InputError);
    CHECK_THROWS_AS(payout(1.2, 1.0, curve(), 0.0), InputError);
    CHECK_THROWS_AS(payout(1.2, 1.0, curve(), -1.0), InputError);
    CHECK_THROWS_AS(payout(1.2, 1.0, curve(), kNaN), InputError);
    // A huge attainment with a cap is the cap, without one it is not finite.
    CHECK_THAT(payout(1e308, 1000, curve(), 3.0), WithinAbs(3000, 1e-9));
    CHECK_THROWS_AS(payout(1e308, 1.0, curve(), kNoCap), InputError);
}

TEST_CASE("payout: the curve's domain", "[levers][input]") {
    // Attainment must rise strictly.
    CHECK_THROWS_AS(payout(1.0, 1.0, table({{0.75, 0.5}, {0.75, 1.0}, {1.5, 3.0}}), kNoCap), InputError);
    CHECK_THROWS_AS(payout(1.0, 1.0, table({{1.0, 0.5}, {0.75, 1.0}, {1.5, 3.0}}), kNoCap), InputError);
    // Pay levels must not be negative, nor fall; flat is allowed.
    CHECK_THROWS_AS(payout(1.0, 1.0, table({{0.75, -0.5}, {1.0, 1.0}}), kNoCap), InputError);
    CHECK_THROWS_AS(payout(1.0, 1.0, table({{0.75, 0.5}, {1.0, 1.0}, {1.5, 0.9}}), kNoCap), InputError);
    auto flat = table({{0.5, 0.5}, {1.0, 1.0}, {2.0, 1.0}});
    CHECK_THAT(payout(1.5, 1.0, flat, kNoCap), WithinAbs(1.0, 1e-12));
    CHECK_THAT(payout(1e308, 1.0, flat, kNoCap), WithinAbs(1.0, 1e-12));  // slope 0 times a huge distance
    // One point is not a curve.
    CHECK_THROWS_AS(payout(1.0, 1.0, table({{1.0, 1.0}}), kNoCap), InputError);
    // Arguments.
    CHECK_THROWS_AS(payout(1.0, -1.0, curve(), kNoCap), InputError);
    CHECK_THROWS_AS(payout(kNaN, 1.0, curve(), kNoCap), InputError);
    CHECK_THROWS_AS(payout(kInf, 1.0, curve(), 3.0), InputError);
    CHECK_THROWS_AS(payout(1.0, kInf, curve(), kNoCap), InputError);
    CHECK_THROWS_AS(payout(1.6, 1e308, curve(), kNoCap), InputError);  // 3.4e308 is not finite
}

TEST_CASE("payout: extreme curve points do not overflow", "[levers][input]") {
    // Points 2e308 apart: halfway between is exactly half the pay.
    auto wide = table({{-1e308, 0.0}, {1e308, 2.0}});
    CHECK_THAT(payout(0.0, 1.0, wide, kNoCap), WithinAbs(1.0, 1e-12));
    // 5e307 is (5e307 + 1e308) / 2e308 = 3/4 of the way: 1.5.
    CHECK_THAT(payout(5e307, 1.0, wide, kNoCap), WithinAbs(1.5, 1e-12));
    CHECK_THAT(payout(-5e307, 1.0, wide, kNoCap), WithinAbs(0.5, 1e-12));
}

// ------------------------------------------------------------------ COMMISSION

TEST_CASE("commission: DOMAIN.md's rate table", "[levers][oracle]") {
    // Marginal: 10,000*5% + 15,000*7% + 5,000*10% = 500 + 1,050 + 500 = 2,050.
    CHECK_THAT(commission(30000, tiers(), CommissionMode::Marginal), WithinAbs(2050, 1e-9));
    // Flat: the 10% tier reached applies to all 30,000 = 3,000.
    CHECK_THAT(commission(30000, tiers(), CommissionMode::Flat), WithinAbs(3000, 1e-9));
    // Inside the first and second tiers.
    CHECK_THAT(commission(8000, tiers(), CommissionMode::Marginal), WithinAbs(400, 1e-9));
    CHECK_THAT(commission(8000, tiers(), CommissionMode::Flat), WithinAbs(400, 1e-9));
    CHECK_THAT(commission(20000, tiers(), CommissionMode::Marginal), WithinAbs(1200, 1e-9));  // 500 + 700
    CHECK_THAT(commission(20000, tiers(), CommissionMode::Flat), WithinAbs(1400, 1e-9));      // 7% of 20k
    CHECK(commission(0, tiers(), CommissionMode::Marginal) == 0.0);
    CHECK(commission(0, tiers(), CommissionMode::Flat) == 0.0);
}

TEST_CASE("commission: an amount on a tier break belongs to the higher tier", "[levers][oracle]") {
    // Flat at exactly 25,000: the 10% tier, 2,500 (the 7% tier would give 1,750).
    CHECK_THAT(commission(25000, tiers(), CommissionMode::Flat), WithinAbs(2500, 1e-9));
    CHECK_THAT(commission(10000, tiers(), CommissionMode::Flat), WithinAbs(700, 1e-9));
    // Just below the break: still 7%.
    CHECK_THAT(commission(24999, tiers(), CommissionMode::Flat), WithinAbs(1749.93, 1e-9));
    // Marginal is continuous at the break: 500 + 1,050 + 0.
    CHECK_THAT(commission(25000, tiers(), CommissionMode::Marginal), WithinAbs(1550, 1e-9));
    CHECK_THAT(commission(10000, tiers(), CommissionMode::Marginal), WithinAbs(500, 1e-9));
}

TEST_CASE("commission: amounts below the first lower bound earn 0", "[levers][oracle]") {
    auto t = table({{10000, 0.05}, {25000, 0.10}});
    CHECK(commission(5000, t, CommissionMode::Marginal) == 0.0);
    CHECK(commission(5000, t, CommissionMode::Flat) == 0.0);
    CHECK(commission(9999.99, t, CommissionMode::Flat) == 0.0);
    // At the first bound: flat pays its rate on everything, marginal on nothing yet.
    CHECK_THAT(commission(10000, t, CommissionMode::Flat), WithinAbs(500, 1e-9));
    CHECK(commission(10000, t, CommissionMode::Marginal) == 0.0);
    // 30,000: marginal 15,000*5% + 5,000*10% = 1,250; flat 10% of 30,000 = 3,000.
    CHECK_THAT(commission(30000, t, CommissionMode::Marginal), WithinAbs(1250, 1e-9));
    CHECK_THAT(commission(30000, t, CommissionMode::Flat), WithinAbs(3000, 1e-9));
    // A single tier is a flat rate above its bound.
    CHECK_THAT(commission(300, table({{0, 0.1}}), CommissionMode::Marginal), WithinAbs(30, 1e-12));
}

TEST_CASE("commission: modes", "[levers][input]") {
    CHECK(commissionMode(Scalar::omitted()) == CommissionMode::Marginal);
    Scalar blank;
    blank.kind = Scalar::Kind::Blank;
    CHECK(commissionMode(blank) == CommissionMode::Marginal);
    CHECK(commissionMode(Scalar::ofText("marginal")) == CommissionMode::Marginal);
    CHECK(commissionMode(Scalar::ofText(" Marginal ")) == CommissionMode::Marginal);
    CHECK(commissionMode(Scalar::ofText("flat")) == CommissionMode::Flat);
    CHECK(commissionMode(Scalar::ofText("FLAT")) == CommissionMode::Flat);
    CHECK(commissionMode(Scalar::ofText("  Flat\t")) == CommissionMode::Flat);
    CHECK_THROWS_AS(commissionMode(Scalar::ofText("tiered")), InputError);
    CHECK_THROWS_AS(commissionMode(Scalar::ofText("flatt")), InputError);
    CHECK_THROWS_AS(commissionMode(Scalar::of(1)), InputError);
    CHECK_THROWS_AS(commissionMode(Scalar::of(0)), InputError);
    Scalar err;
    err.kind = Scalar::Kind::Error;
    CHECK_THROWS_AS(commissionMode(err), InputError);
}

TEST_CASE("commission: the rate table's domain", "[levers][input]") {
    CHECK_THROWS_AS(commission(-1, tiers(), CommissionMode::Marginal), InputError);
    CHECK_THROWS_AS(commission(kNaN, tiers(), CommissionMode::Marginal), InputError);
    CHECK_THROWS_AS(commission(kInf, tiers(), CommissionMode::Flat), InputError);
    // Lower bounds must rise strictly and not be negative.
    CHECK_THROWS_AS(commission(30000, table({{0, 0.05}, {10000, 0.07}, {10000, 0.1}}), CommissionMode::Flat),
                    InputError);
    CHECK_THROWS_AS(commission(30000, table({{0, 0.05}, {25000, 0.07}, {10000, 0.1}}), CommissionMode::Flat),
                    InputError);
    CHECK_THROWS_AS(commission(30000, table({{-10, 0.05}, {10000, 0.07}}), CommissionMode::Marginal), InputError);
    // Rates must not be negative.
    CHECK_THROWS_AS(commission(30000, table({{0, 0.05}, {10000, -0.07}}), CommissionMode::Marginal), InputError);
    // A non-finite commission is refused.
    CHECK_THROWS_AS(commission(1e308, table({{0, 10}}), CommissionMode::Flat), InputError);
    CHECK_THROWS_AS(commission(1e308, table({{0, 10}}), CommissionMode::Marginal), InputError);
}

// ------------------------------------------------------------------ QUOTACREDIT, ATTAINMENT

TEST_CASE("quota credit: standard, accelerated and carved out", "[levers][oracle]") {
    // 100*1 + 50*1.5 + 20*0 = 175.
    CHECK_THAT(quotaCredit(Range::column({100, 50, 20}), Range::column({1, 1.5, 0})), WithinAbs(175, 1e-12));
    CHECK_THAT(quotaCredit(Range::row({100, 50, 20}), Range::row({1, 1.5, 0})), WithinAbs(175, 1e-12));
    CHECK_THAT(quotaCredit(Range::row({100, 50, 20}), Range::column({1, 1.5, 0})), WithinAbs(175, 1e-12));
    // Net bookings may be negative (a cancellation).
    CHECK_THAT(quotaCredit(Range::column({100, -40}), Range::column({1, 1.5})), WithinAbs(40, 1e-12));
    CHECK_THROWS_AS(quotaCredit(Range::column({100, 50}), Range::column({1, -1})), InputError);
}

TEST_CASE("quota credit: the aligned-range rules", "[levers][input]") {
    auto b = Range::column({100, 50, 20});
    auto r = Range::column({1, 1.5, 0});
    // Text is an error, never 0.
    auto t = b;
    t.setText(1, 0, "50");
    CHECK_THROWS_AS(quotaCredit(t, r), InputError);
    auto e = r;
    e.setError(0, 0);
    CHECK_THROWS_AS(quotaCredit(b, e), InputError);
    // Mismatched lengths, two-dimensional blocks.
    CHECK_THROWS_AS(quotaCredit(b, Range::column({1, 1})), InputError);
    CHECK_THROWS_AS(quotaCredit(Range(3, 2), r), InputError);
    // Trailing blank rows are ignored; a half-blank row is an error.
    Range b10(10, 1), r10(10, 1);
    for (std::size_t i = 0; i < 3; ++i) b10.setNumber(i, 0, b.item(i).number), r10.setNumber(i, 0, r.item(i).number);
    CHECK_THAT(quotaCredit(b10, r10), WithinAbs(175, 1e-12));
    r10.setNumber(5, 0, 1.0);
    CHECK_THROWS_AS(quotaCredit(b10, r10), InputError);
    // No rows: not known yet.
    CHECK_THROWS_AS(quotaCredit(Range(4, 1), Range(4, 1)), NotAvailable);
    // Non-finite inputs and results.
    CHECK_THROWS_AS(quotaCredit(Range::column({kNaN, 1}), Range::column({1, 1})), InputError);
    CHECK_THROWS_AS(quotaCredit(Range::column({1e308, 1e308}), Range::column({1, 1})), InputError);
    CHECK_THROWS_AS(quotaCredit(Range::column({1.5e308}), Range::column({1.5})), InputError);  // 2.25e308
}

TEST_CASE("attainment: credited over quota", "[levers][oracle]") {
    auto b = Range::column({100, 50, 20});
    auto r = Range::column({1, 1.5, 0});
    CHECK_THAT(attainment(b, r, 200, nullptr), WithinAbs(0.875, 1e-12));  // 175 / 200
    // Accelerated credit: 100*1 + 100*1.5 = 250 over 200 = 125%.
    auto b2 = Range::column({100, 100});
    auto r2 = Range::column({1, 1.5});
    CHECK_THAT(attainment(b2, r2, 200, nullptr), WithinAbs(1.25, 1e-12));
    // quota must be > 0.
    CHECK_THROWS_AS(attainment(b, r, 0, nullptr), InputError);
    CHECK_THROWS_AS(attainment(b, r, -200, nullptr), InputError);
    CHECK_THROWS_AS(attainment(b, r, kNaN, nullptr), InputError);
    CHECK_THROWS_AS(attainment(b, r, kInf, nullptr), InputError);
    CHECK_THROWS_AS(attainment(b, r, 1e-308, nullptr), InputError);  // 175 / 1e-308 is not finite
}

TEST_CASE("attainment: a product below its minimum caps attainment at 1", "[levers][oracle]") {
    auto b = Range::column({100, 100});
    auto r = Range::column({1, 1.5});
    auto below = Range::column({50, 120});  // product 2 booked 100 < 120
    CHECK_THAT(attainment(b, r, 200, &below), WithinAbs(1.0, 1e-12));
    auto at = Range::column({50, 100});  // exactly at the minimum is not below it
    CHECK_THAT(attainment(b, r, 200, &at), WithinAbs(1.25, 1e-12));
    auto none = Range::column({0, 0});
    CHECK_THAT(attainment(b, r, 200, &none), WithinAbs(1.25, 1e-12));
    // The minimum compares bookings before credit rates: product 2 is credited 150 but booked 100 < 140.
    auto credited = Range::column({0, 140});
    CHECK_THAT(attainment(b, r, 200, &credited), WithinAbs(1.0, 1e-12));
    // The cap never raises attainment: 20 / 100 stays 0.2.
    auto small = Range::column({10, 10});
    auto ones = Range::column({1, 1});
    auto min50 = Range::column({50, 0});
    CHECK_THAT(attainment(small, ones, 100, &min50), WithinAbs(0.2, 1e-12));
    // 0 means "no minimum", also for a negative (net) booking.
    auto neg = Range::column({100, -10});
    auto zeroMin = Range::column({0, 0});
    CHECK_THAT(attainment(neg, ones, 50, &zeroMin), WithinAbs(1.8, 1e-12));
    // A single 0 (or blank) stands for "no minimums"; a single other value with two products is a mismatch.
    auto single0 = Range::column({0});
    CHECK_THAT(attainment(b, r, 200, &single0), WithinAbs(1.25, 1e-12));
    Range singleBlank(1, 1);
    CHECK_THAT(attainment(b, r, 200, &singleBlank), WithinAbs(1.25, 1e-12));
    auto single120 = Range::column({120});
    CHECK_THROWS_AS(attainment(b, r, 200, &single120), InputError);
    // Minimums are not negative, are numbers, and align with bookings.
    auto negMin = Range::column({-5, 0});
    CHECK_THROWS_AS(attainment(b, r, 200, &negMin), InputError);
    auto textMin = Range::column({50, 0});
    textMin.setText(1, 0, "none");
    CHECK_THROWS_AS(attainment(b, r, 200, &textMin), InputError);
    auto shortMin = Range::column({50, 50, 50});
    CHECK_THROWS_AS(attainment(b, r, 200, &shortMin), InputError);
    Range halfMin(2, 1);
    halfMin.setNumber(0, 0, 50);  // blank for product 2 while bookings has a value
    CHECK_THROWS_AS(attainment(b, r, 200, &halfMin), InputError);
    // Rows work like columns.
    auto rowB = Range::row({100, 100}), rowR = Range::row({1, 1.5}), rowMin = Range::row({50, 120});
    CHECK_THAT(attainment(rowB, rowR, 200, &rowMin), WithinAbs(1.0, 1e-12));
}

TEST_CASE("attainment feeds payout", "[levers][oracle]") {
    // 125% attainment on DOMAIN.md's curve: 100% + 25/50 * 200% = 200% of 10,000.
    auto b = Range::column({100, 100});
    auto r = Range::column({1, 1.5});
    CHECK_THAT(payout(attainment(b, r, 200, nullptr), 10000, curve(), kNoCap), WithinAbs(20000, 1e-8));
    // Capped at 1 by a missed product minimum: 100% of 10,000.
    auto below = Range::column({50, 120});
    CHECK_THAT(payout(attainment(b, r, 200, &below), 10000, curve(), kNoCap), WithinAbs(10000, 1e-8));
}

// ------------------------------------------------------------------ OVERLAYCOST

TEST_CASE("overlay cost: bookings times the sum of the credited parties' rates", "[levers][oracle]") {
    // 100,000 * (5% + 3% + 2%) = 10,000.
    CHECK_THAT(overlayCost(100000, Range::column({0.05, 0.03, 0.02})), WithinAbs(10000, 1e-8));
    CHECK_THAT(overlayCost(100000, Range::row({0.05, 0.03, 0.02})), WithinAbs(10000, 1e-8));
    CHECK_THAT(overlayCost(250, Range::column({0.1})), WithinAbs(25, 1e-12));
    CHECK(overlayCost(0, Range::column({0.05, 0.03})) == 0.0);
    // Trailing blanks in a growing list are ignored.
    Range grown(6, 1);
    grown.setNumber(0, 0, 0.05), grown.setNumber(1, 0, 0.03);
    CHECK_THAT(overlayCost(1000, grown), WithinAbs(80, 1e-12));
}

TEST_CASE("overlay cost: input rules", "[levers][input]") {
    CHECK_THROWS_AS(overlayCost(100000, Range::column({0.05, -0.03})), InputError);
    auto text = Range::column({0.05, 0.03});
    text.setText(1, 0, "3%");
    CHECK_THROWS_AS(overlayCost(100000, text), InputError);
    Range gap(3, 1);
    gap.setNumber(0, 0, 0.05), gap.setNumber(2, 0, 0.03);  // a blank inside the list
    CHECK_THROWS_AS(overlayCost(100000, gap), InputError);
    CHECK_THROWS_AS(overlayCost(100000, Range(2, 2)), InputError);
    CHECK_THROWS_AS(overlayCost(100000, Range(3, 1)), NotAvailable);
    CHECK_THROWS_AS(overlayCost(kNaN, Range::column({0.05})), InputError);
    CHECK_THROWS_AS(overlayCost(kInf, Range::column({0.05})), InputError);
    CHECK_THROWS_AS(overlayCost(1e308, Range::column({1, 1})), InputError);
    CHECK_THROWS_AS(overlayCost(1, Range::column({1e308, 1e308})), InputError);
}

// ------------------------------------------------------------------ SPIFFROI

TEST_CASE("SPIFF ROI counts the cost of every eligible unit", "[levers][oracle]") {
    // (100*50 - 10*400) / (10*400) = (5,000 - 4,000) / 4,000 = 0.25.
    CHECK_THAT(spiffRoi(100, 50, 10, 400), WithinAbs(0.25, 1e-12));
    // (30*200 - 25*300) / 7,500 = (6,000 - 7,500) / 7,500 = -0.2.
    CHECK_THAT(spiffRoi(30, 200, 25, 300), WithinAbs(-0.2, 1e-12));
    // No incremental units: the whole SPIFF is lost, -100%.
    CHECK_THAT(spiffRoi(0, 50, 10, 400), WithinAbs(-1.0, 1e-12));
    // Every eligible unit incremental: (400*50 - 4,000) / 4,000 = 4.
    CHECK_THAT(spiffRoi(400, 50, 10, 400), WithinAbs(4.0, 1e-12));
    // A negative unit margin is allowed: (100*-5 - 4,000) / 4,000 = -1.125.
    CHECK_THAT(spiffRoi(100, -5, 10, 400), WithinAbs(-1.125, 1e-12));
}

TEST_CASE("SPIFF ROI: the domain", "[levers][input]") {
    CHECK_THROWS_AS(spiffRoi(100, 50, 0, 400), InputError);
    CHECK_THROWS_AS(spiffRoi(100, 50, 10, 0), InputError);
    CHECK_THROWS_AS(spiffRoi(100, 50, -10, -400), InputError);  // positive product, still refused
    CHECK_THROWS_AS(spiffRoi(401, 50, 10, 400), InputError);    // more incremental than eligible units
    CHECK_THROWS_AS(spiffRoi(-1, 50, 10, 400), InputError);
    CHECK_THROWS_AS(spiffRoi(kNaN, 50, 10, 400), InputError);
    CHECK_THROWS_AS(spiffRoi(100, kInf, 10, 400), InputError);
    // Products that would overflow: 1e308 * 1e308 is not computed.
    CHECK_THAT(spiffRoi(1e308, 2, 2, 1e308), WithinAbs(0.0, 1e-12));
    CHECK_THROWS_AS(spiffRoi(1, 1e308, 1e-300, 1), InputError);
}
