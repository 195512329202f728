// Group F: deciding under uncertainty. Expected figures are DOMAIN.md's worked
// figures, hand calculations (in the comment beside them) or closed forms of
// the triangular distribution with a stated statistical tolerance.
#include "ssf/risk.hpp"

#include "worked_example.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <algorithm>
#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace ssf;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// DOMAIN.md group F's low / likely / high changes of the five products.
Range low() { return Range::column({0.10, 0.10, -0.70, -0.50, -0.40}); }
Range likely() { return Range::column({0.18, 0.20, -0.50, -0.35, -0.25}); }
Range high() { return Range::column({0.25, 0.30, -0.20, -0.10, -0.05}); }

RiskSettings settings(double savings, RiskMode mode = RiskMode::Independent, std::size_t trials = 10000,
                      std::uint64_t seed = 1) {
    RiskSettings s;
    s.costSavings = savings;
    s.mode = mode;
    s.trials = trials;
    s.seed = seed;
    return s;
}

std::vector<double> workedRisk(RiskMode mode) {
    return risk(worked::revenue(), worked::margin(), low(), likely(), high(), settings(3, mode));
}

// The place an InputError names, as "argument/item".
std::string placeOf(const std::function<void()>& call) {
    try {
        call();
    } catch (const InputError& e) {
        return e.located() ? e.argument() + "/" + std::to_string(e.item()) : "unlocated";
    }
    return "no error";
}

Scalar num(double v) { return Scalar::of(v); }
Scalar txt(const char* t) { return Scalar::ofText(t); }
const Scalar kOmitted = Scalar::omitted();

}  // namespace

// ------------------------------------------------------------------ generator

TEST_CASE("the generator is std::mt19937_64 and u = ((x >> 11) + 0.5) / 2^53", "[risk]") {
    std::mt19937_64 g(5489);
    g.discard(9999);
    CHECK(g() == 9981545732273789042ULL);  // DOMAIN.md: the 10,000th output seeded 5489

    std::mt19937_64 one(1);
    CHECK(unitDraw(one()) == 0.13387664401253269);
    CHECK(unitDraw(one()) == 0.13640703636619728);
    CHECK(unitDraw(one()) == 0.45121490384453816);
    // The extremes stay inside (0, 1]: 0.5 / 2^53 and, rounded, 1.
    CHECK(unitDraw(0) == 0.5 / 9007199254740992.0);
    CHECK(unitDraw(~std::uint64_t{0}) <= 1.0);
}

TEST_CASE("the triangular inverse CDF is DOMAIN.md's", "[risk]") {
    // low 0, likely 0.25, high 1: F = 0.25. u = 0.25 -> sqrt(0.25 * 1 * 0.25) = 0.25 (the mode);
    // u = 0.04 -> sqrt(0.04 * 0.25) = 0.1; u = 0.64 -> 1 - sqrt(0.36 * 0.75) = 0.480384...
    CHECK_THAT(triangularQuantile(0.25, 0, 0.25, 1), WithinAbs(0.25, 1e-15));
    CHECK_THAT(triangularQuantile(0.04, 0, 0.25, 1), WithinAbs(0.1, 1e-15));
    CHECK_THAT(triangularQuantile(0.64, 0, 0.25, 1), WithinAbs(1 - std::sqrt(0.27), 1e-15));
    CHECK(triangularQuantile(1.0, 0, 0.25, 1) == 1.0);
    // low == high: x = low whatever u.
    CHECK(triangularQuantile(0.7, -0.2, -0.2, -0.2) == -0.2);
    // likely == low or == high: one branch only, no division by 0.
    CHECK_THAT(triangularQuantile(0.25, 0, 0, 1), WithinAbs(1 - std::sqrt(0.75), 1e-15));
    CHECK_THAT(triangularQuantile(0.25, 0, 1, 1), WithinAbs(0.5, 1e-15));
}

TEST_CASE("percentiles are Calc's PERCENTILE.INC", "[risk]") {
    // PERCENTILE.INC({1;2;3;4}; 0.1) = 1 + 0.3 * 1 = 1.3; at 0.5: 2.5; at 1: 4; at 0: 1.
    std::vector<double> v{1, 2, 3, 4};
    CHECK_THAT(percentileSorted(v, 0.1), WithinAbs(1.3, 1e-15));
    CHECK_THAT(percentileSorted(v, 0.5), WithinAbs(2.5, 1e-15));
    CHECK(percentileSorted(v, 1.0) == 4.0);
    CHECK(percentileSorted(v, 0.0) == 1.0);
}

// ------------------------------------------------------------------ worked figures

TEST_CASE("SSF_TORNADO gives DOMAIN.md's 20 figures", "[risk]") {
    auto t = tornado(worked::revenue(), worked::margin(), low(), likely(), high(), 3);
    const double expected[5][4] = {
        {-3.05, -0.425, 2.625, 5},  {-3.025, -0.275, 2.75, 4}, {-3.57, 1.23, 4.8, 1},
        {-3.1125, 0.7875, 3.9, 2}, {-3.0525, 0.22, 3.2725, 3},
    };
    REQUIRE(t.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        REQUIRE(t[i].size() == kTornadoColumns);
        for (std::size_t c = 0; c < 3; ++c) CHECK_THAT(t[i][c], WithinAbs(expected[i][c], 1e-12));
        CHECK(t[i][3] == expected[i][3]);
    }
}

TEST_CASE("SSF_TORNADO's point estimate is group A's net impact", "[risk]") {
    // A product with low = likely = high moves nothing: both nets are the
    // point estimate -1.65 and its swing is 0 (ranked last).
    auto t = tornado(worked::revenue(), worked::margin(), worked::change(), worked::change(), worked::change(), 3);
    for (const auto& row : t) {
        CHECK_THAT(row[0], WithinAbs(-1.65, 1e-12));
        CHECK_THAT(row[1], WithinAbs(-1.65, 1e-12));
        CHECK(row[2] == 0.0);
    }
    // Equal swings rank in product order.
    for (std::size_t i = 0; i < t.size(); ++i) CHECK(t[i][3] == static_cast<double>(i + 1));
}

TEST_CASE("SSF_TORNADO ranks equal swings in product order", "[risk]") {
    // Two identical products, then one with a larger swing: ranks 2, 3, 1.
    auto t = tornado(Range::column({10, 10, 10}), Range::column({0.5, 0.5, 0.5}), Range::column({-0.1, -0.1, -0.3}),
                     Range::column({0, 0, 0}), Range::column({0.1, 0.1, 0.1}), 0);
    CHECK(t[0][3] == 2);
    CHECK(t[1][3] == 3);
    CHECK(t[2][3] == 1);
    CHECK_THAT(t[2][2], WithinAbs(2.0, 1e-12));  // 10 * 0.5 * (0.1 - -0.3)
}

TEST_CASE("SSF_RISK gives DOMAIN.md's figures in both modes", "[risk]") {
    auto r = workedRisk(RiskMode::Independent);
    REQUIRE(r.size() == kRiskColumns);
    CHECK_THAT(r[0], WithinAbs(-0.886754, 5e-7));
    CHECK_THAT(r[1], WithinAbs(-2.988071, 5e-7));
    CHECK_THAT(r[2], WithinAbs(-0.910860, 5e-7));
    CHECK_THAT(r[3], WithinAbs(1.253489, 5e-7));
    CHECK(r[4] == 0.7102);  // 7,102 losses in 10,000 trials
    CHECK_THAT(r[5], WithinAbs(1.638327, 5e-7));

    auto t = workedRisk(RiskMode::Together);
    CHECK_THAT(t[0], WithinAbs(-0.876473, 5e-7));
    CHECK_THAT(t[1], WithinAbs(-5.553828, 5e-7));
    CHECK_THAT(t[2], WithinAbs(-1.064201, 5e-7));
    CHECK_THAT(t[3], WithinAbs(4.013873, 5e-7));
    CHECK(t[4] == 0.6131);
    CHECK_THAT(t[5], WithinAbs(3.527818, 5e-7));
}

TEST_CASE("SSF_RISKCURVE gives DOMAIN.md's five quantiles, from SSF_RISK's draws", "[risk]") {
    Range p = Range::column({0.05, 0.25, 0.5, 0.75, 0.95});
    auto c = riskCurve(worked::revenue(), worked::margin(), low(), likely(), high(), p, settings(3));
    const double expected[5] = {-3.538691, -2.019605, -0.910860, 0.215036, 1.891196};
    REQUIRE(c.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        REQUIRE(c[i].size() == 1);
        CHECK_THAT(c[i][0], WithinAbs(expected[i], 5e-7));
    }
    // The same draws as SSF_RISK: its P10, P50, P90 to the last digit, in both modes.
    for (RiskMode mode : {RiskMode::Independent, RiskMode::Together}) {
        auto r = workedRisk(mode);
        auto q = riskCurve(worked::revenue(), worked::margin(), low(), likely(), high(),
                           Range::row({0.1, 0.5, 0.9}), settings(3, mode));
        REQUIRE(q.size() == 1);  // a row of probabilities gives a row
        REQUIRE(q[0].size() == 3);
        CHECK(q[0][0] == r[1]);
        CHECK(q[0][1] == r[2]);
        CHECK(q[0][2] == r[3]);
    }
}

TEST_CASE("the simulation is reproducible and depends on the seed", "[risk]") {
    auto a = workedRisk(RiskMode::Independent);
    auto b = workedRisk(RiskMode::Independent);
    CHECK(a == b);
    auto other = risk(worked::revenue(), worked::margin(), low(), likely(), high(), settings(3, RiskMode::Independent,
                                                                                            10000, 2));
    CHECK(other[0] != a[0]);
}

TEST_CASE("cost_savings shifts every net; the default is 0", "[risk]") {
    auto withSavings = workedRisk(RiskMode::Independent);
    auto without = risk(worked::revenue(), worked::margin(), low(), likely(), high(),
                        riskSettings(kOmitted, kOmitted, kOmitted, kOmitted));
    CHECK_THAT(without[0], WithinAbs(withSavings[0] - 3, 1e-9));
    CHECK_THAT(without[2], WithinAbs(withSavings[2] - 3, 1e-9));
    CHECK_THAT(without[5], WithinAbs(withSavings[5], 1e-9));
}

TEST_CASE("products with low = likely = high make a certain net", "[risk]") {
    auto r = risk(worked::revenue(), worked::margin(), worked::change(), worked::change(), worked::change(),
                  settings(3));
    for (std::size_t c : {0, 1, 2, 3}) CHECK_THAT(r[c], WithinAbs(-1.65, 1e-12));
    CHECK(r[4] == 1.0);  // -1.65 < 0 in every trial
    CHECK_THAT(r[5], WithinAbs(0.0, 1e-12));
}

// ------------------------------------------------------------------ statistics

namespace {
// Mean and variance of the triangular distribution (a, c mode, b).
double triMean(double a, double c, double b) { return (a + c + b) / 3; }
double triVariance(double a, double c, double b) { return (a * a + b * b + c * c - a * b - a * c - b * c) / 18; }
// Its CDF at x within [a, b].
double triCdf(double x, double a, double c, double b) {
    return x <= c ? (x - a) * (x - a) / ((b - a) * (c - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - c));
}
}  // namespace

TEST_CASE("a single product's simulated mean is the triangular mean", "[risk][statistics]") {
    // Product C: revenue 16, margin 60%, -70 / -50 / -20%: weight 9.6. Tolerance:
    // 5 standard errors of the mean of 1,000,000 trials (fails by chance < 1e-6).
    const double a = -0.70, c = -0.50, b = -0.20, w = 9.6;
    const std::size_t n = 1000000;
    for (std::uint64_t seed : {1, 7, 123456789}) {
        auto r = risk(Range::column({16}), Range::column({0.6}), Range::column({a}), Range::column({c}),
                      Range::column({b}), settings(0, RiskMode::Independent, n, seed));
        const double sd = w * std::sqrt(triVariance(a, c, b));
        CHECK_THAT(r[0], WithinAbs(w * triMean(a, c, b), 5 * sd / std::sqrt(double(n))));
        // The sample standard deviation within 1% of the closed form.
        CHECK_THAT(r[5], WithinAbs(sd, 0.01 * sd));
    }
}

TEST_CASE("the five products' simulated mean is the sum of the triangular means", "[risk][statistics]") {
    // DOMAIN.md: the exact mean is -0.9075 with savings 3. 1,000,000 trials,
    // 5 standard errors (the sd is about 1.64 independent, 3.53 together).
    for (RiskMode mode : {RiskMode::Independent, RiskMode::Together}) {
        auto r = risk(worked::revenue(), worked::margin(), low(), likely(), high(), settings(3, mode, 1000000));
        CHECK_THAT(r[0], WithinAbs(-0.9075, 5 * r[5] / 1000.0));
    }
}

TEST_CASE("a single product's probability of a loss is its triangular CDF at break-even", "[risk][statistics]") {
    // Product A: weight 17.5, 10 / 18 / 25%. With savings s the net 17.5 x + s
    // is negative below x0 = -s / 17.5. Tolerance: 5 binomial standard errors.
    const double a = 0.10, c = 0.18, b = 0.25, w = 17.5;
    const std::size_t n = 1000000;
    for (double x0 : {0.12, 0.18, 0.22}) {
        auto r = risk(Range::column({35}), Range::column({0.5}), Range::column({a}), Range::column({c}),
                      Range::column({b}), settings(-w * x0, RiskMode::Independent, n, 99));
        const double p = triCdf(x0, a, c, b);
        CHECK_THAT(r[4], WithinAbs(p, 5 * std::sqrt(p * (1 - p) / double(n))));
    }
}

TEST_CASE("together, every product sits at the same quantile", "[risk][statistics]") {
    // All weights positive: the net is g(u) = 3 + sum of weight_i * Q_i(u),
    // rising in u, so its p-quantile is g at the draws' p-quantile, which
    // lies within 5 standard errors sqrt(p(1-p)/n) of p: the net must lie
    // between g(p - 5 se) and g(p + 5 se).
    const std::size_t n = 1000000;
    auto r = risk(worked::revenue(), worked::margin(), low(), likely(), high(), settings(3, RiskMode::Together, n));
    const double lows[5] = {0.10, 0.10, -0.70, -0.50, -0.40}, modes[5] = {0.18, 0.20, -0.50, -0.35, -0.25},
                 highs[5] = {0.25, 0.30, -0.20, -0.10, -0.05}, weights[5] = {17.5, 13.75, 9.6, 9.75, 9.35};
    auto g = [&](double u) {
        double net = 3;
        for (std::size_t i = 0; i < 5; ++i) net += weights[i] * triangularQuantile(u, lows[i], modes[i], highs[i]);
        return net;
    };
    for (auto [p, column] : {std::pair<double, std::size_t>{0.1, 1}, {0.5, 2}, {0.9, 3}}) {
        const double se = std::sqrt(p * (1 - p) / double(n));
        CHECK(r[column] > g(p - 5 * se));
        CHECK(r[column] < g(p + 5 * se));
    }
}

// ------------------------------------------------------------------ input rules

TEST_CASE("each product needs low <= likely <= high", "[risk][input]") {
    Range badLow = Range::column({0.10, 0.25, -0.70, -0.50, -0.40});  // B: 25% above likely 20%
    CHECK(placeOf([&] { tornado(worked::revenue(), worked::margin(), badLow, likely(), high(), 3); }) == "low/1");
    Range badHigh = Range::column({0.25, 0.30, -0.20, -0.40, -0.05});  // D: -40% below likely -35%
    CHECK(placeOf([&] { risk(worked::revenue(), worked::margin(), low(), likely(), badHigh, settings(3)); }) ==
          "high/3");
    // Equal neighbours are fine.
    CHECK_NOTHROW(tornado(worked::revenue(), worked::margin(), likely(), likely(), likely(), 0));
}

TEST_CASE("each change is >= -100% and each margin within -100% and 100%", "[risk][input]") {
    Range below = Range::column({0.10, 0.10, -1.01, -0.50, -0.40});
    CHECK(placeOf([&] { tornado(worked::revenue(), worked::margin(), below, likely(), high(), 3); }) == "low/2");
    CHECK_NOTHROW(tornado(worked::revenue(), worked::margin(), Range::column({-1, -1, -1, -1, -1}), likely(), high(), 3));
    Range margin = Range::column({0.5, 1.2, 0.6, 0.75, 0.85});
    CHECK(placeOf([&] { tornado(worked::revenue(), margin, low(), likely(), high(), 3); }) == "margin/1");
}

TEST_CASE("group F's ranges are aligned ranges", "[risk][input]") {
    Range text = low();
    text.setText(4, 0, "-40%x");
    CHECK(placeOf([&] { risk(worked::revenue(), worked::margin(), text, likely(), high(), settings(3)); }) == "low/4");
    CHECK_THROWS_AS(tornado(worked::revenue(), worked::margin(), Range::column({0.1}), likely(), high(), 3), InputError);
    // Trailing blank rows in every range are ignored; no rows at all is #N/A.
    auto grown = tornado(worked::withBlankRows(worked::revenue(), 3), worked::withBlankRows(worked::margin(), 3),
                         worked::withBlankRows(low(), 3), worked::withBlankRows(likely(), 3),
                         worked::withBlankRows(high(), 3), 3);
    CHECK(grown.size() == 5);
    CHECK_THROWS_AS(risk(worked::blanks(3), worked::blanks(3), worked::blanks(3), worked::blanks(3), worked::blanks(3),
                         settings(0)),
                    NotAvailable);
}

TEST_CASE("trials is a whole number from 100 to 1,000,000, 10,000 by default", "[risk][input]") {
    CHECK(riskSettings(kOmitted, kOmitted, kOmitted, kOmitted).trials == 10000);
    CHECK(riskSettings(kOmitted, num(100), kOmitted, kOmitted).trials == 100);
    CHECK(riskSettings(kOmitted, num(1000000), kOmitted, kOmitted).trials == 1000000);
    for (double bad : {99.0, 1000001.0, 100.5, 0.0, -5.0, 1e300})
        CHECK_THROWS_AS(riskSettings(kOmitted, num(bad), kOmitted, kOmitted), InputError);
    CHECK_THROWS_AS(riskSettings(kOmitted, txt("many"), kOmitted, kOmitted), InputError);
    CHECK_THROWS_AS(riskSettings(kOmitted, num(std::nan("")), kOmitted, kOmitted), InputError);
}

TEST_CASE("seed is a whole number from 0 to 2^53, 1 by default", "[risk][input]") {
    CHECK(riskSettings(kOmitted, kOmitted, kOmitted, kOmitted).seed == 1);
    CHECK(riskSettings(kOmitted, kOmitted, num(0), kOmitted).seed == 0);
    CHECK(riskSettings(kOmitted, kOmitted, num(9007199254740992.0), kOmitted).seed == (std::uint64_t{1} << 53));
    for (double bad : {-1.0, 1.5, 9007199254740994.0, 1e19})
        CHECK_THROWS_AS(riskSettings(kOmitted, kOmitted, num(bad), kOmitted), InputError);
}

TEST_CASE("mode is independent or together, case and spaces ignored", "[risk][input]") {
    CHECK(riskSettings(kOmitted, kOmitted, kOmitted, kOmitted).mode == RiskMode::Independent);
    CHECK(riskMode(txt("  Together ")) == RiskMode::Together);
    CHECK(riskMode(txt("INDEPENDENT")) == RiskMode::Independent);
    CHECK_THROWS_AS(riskMode(txt("correlated")), InputError);
    CHECK_THROWS_AS(riskMode(num(1)), InputError);
}

TEST_CASE("cost_savings must be a finite number", "[risk][input]") {
    CHECK(riskSettings(num(2.5), kOmitted, kOmitted, kOmitted).costSavings == 2.5);
    CHECK_THROWS_AS(riskSettings(txt("lots"), kOmitted, kOmitted, kOmitted), InputError);
    CHECK_THROWS_AS(tornado(worked::revenue(), worked::margin(), low(), likely(), high(), INFINITY), InputError);
}

TEST_CASE("probabilities are numbers from 0 to 1 in a row or a column", "[risk][input]") {
    auto curve = [](const Range& p) {
        return riskCurve(worked::revenue(), worked::margin(), low(), likely(), high(), p, settings(3, RiskMode::Independent, 100));
    };
    CHECK(placeOf([&] { curve(Range::column({0.5, 1.01})); }) == "probabilities/1");
    CHECK(placeOf([&] { curve(Range::column({-0.01})); }) == "probabilities/0");
    Range text = Range::column({0.5, 0.6});
    text.setText(1, 0, "60%x");
    CHECK(placeOf([&] { curve(text); }) == "probabilities/1");
    CHECK_THROWS_AS(curve(Range(2, 2)), InputError);  // a block, not a row or a column
    // 0 and 1 are the smallest and the largest net of the trials.
    auto ends = curve(Range::column({0, 1}));
    auto nets = simulateNets(readRiskTable(worked::revenue(), worked::margin(), low(), likely(), high()),
                             settings(3, RiskMode::Independent, 100));
    CHECK(ends[0][0] == *std::min_element(nets.begin(), nets.end()));
    CHECK(ends[1][0] == *std::max_element(nets.begin(), nets.end()));
    // Trailing blanks are ignored (a list that may grow).
    CHECK(curve(worked::withBlankRows(Range::column({0.5}), 4)).size() == 1);
}

TEST_CASE("a call that would freeze the office is refused", "[risk][input]") {
    // 1,000,000 trials x 51 products is above the 50,000,000 draws allowed.
    const std::size_t n = 51;
    Range rev(n, 1), mar(n, 1), chg(n, 1);
    for (std::size_t i = 0; i < n; ++i) rev.setNumber(i, 0, 1), mar.setNumber(i, 0, 0.5), chg.setNumber(i, 0, 0);
    CHECK_THROWS_AS(risk(rev, mar, chg, chg, chg, settings(0, RiskMode::Independent, 1000000)), InputError);
    CHECK_NOTHROW(risk(rev, mar, chg, chg, chg, settings(0, RiskMode::Independent, 100)));
}

TEST_CASE("nets near the largest double keep their mean; beyond it is an error", "[risk][input]") {
    // Two products of revenue 1E308, margin 100%, change 50%: every net is
    // 1E308 (hand), their sum overflows but their mean does not.
    Range rev = Range::column({1e308, 1e308}), one = Range::column({1, 1}), half = Range::column({0.5, 0.5});
    auto r = risk(rev, one, half, half, half, settings(0));
    CHECK_THAT(r[0], WithinRel(1e308, 1e-12));
    CHECK(r[2] == 1e308);
    CHECK(r[5] <= 1e-12 * 1e308);  // 0 up to rounding
    // Changes of +100%: 2E308 is not a finite number.
    CHECK_THROWS_AS(risk(rev, one, one, one, one, settings(0)), InputError);
    CHECK_THROWS_AS(tornado(rev, one, one, one, one, 0), InputError);
}

TEST_CASE("products in rows give the same figures, the tornado still one row per product", "[risk][input]") {
    auto rows = tornado(Range::row({35, 25, 16, 13, 11}), Range::row({0.50, 0.55, 0.60, 0.75, 0.85}),
                        Range::row({0.10, 0.10, -0.70, -0.50, -0.40}), Range::row({0.18, 0.20, -0.50, -0.35, -0.25}),
                        Range::row({0.25, 0.30, -0.20, -0.10, -0.05}), 3);
    REQUIRE(rows.size() == 5);
    CHECK_THAT(rows[2][2], WithinAbs(4.8, 1e-12));  // DOMAIN.md: product C's swing
    CHECK(rows[2][3] == 1);
    auto r = risk(Range::row({35, 25, 16, 13, 11}), Range::row({0.50, 0.55, 0.60, 0.75, 0.85}),
                  Range::row({0.10, 0.10, -0.70, -0.50, -0.40}), Range::row({0.18, 0.20, -0.50, -0.35, -0.25}),
                  Range::row({0.25, 0.30, -0.20, -0.10, -0.05}), settings(3));
    CHECK(r == workedRisk(RiskMode::Independent));
}

TEST_CASE("a blank mode is the default; non-finite settings are refused", "[risk][input]") {
    Scalar blank;
    blank.kind = Scalar::Kind::Blank;
    CHECK(riskMode(blank) == RiskMode::Independent);
    CHECK_THROWS_AS(riskSettings(num(INFINITY), kOmitted, kOmitted, kOmitted), InputError);
    CHECK_THROWS_AS(riskSettings(kOmitted, kOmitted, num(INFINITY), kOmitted), InputError);
    CHECK_THROWS_AS(riskSettings(kOmitted, kOmitted, num(std::nan("")), kOmitted), InputError);
}
