// Group D: where reps spend their time. Expected figures are DOMAIN.md's or
// hand calculations (in the comment beside them).
#include "ssf/impact.hpp"
#include "ssf/mindshare.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

using namespace ssf;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Three products. Velocities (per day): 40*25,000*25%/90 = 1,000,000/360;
// 20*50,000*20%/180 = 400,000/360; 10*100,000*50%/360 = 500,000/360.
// Shares without factors: 10/19, 4/19, 5/19.
Range opp() { return Range::column({40, 20, 10}); }
Range deal() { return Range::column({25000, 50000, 100000}); }
Range win() { return Range::column({0.25, 0.20, 0.50}); }
Range cycle() { return Range::column({90, 180, 360}); }

std::vector<double> column(const std::vector<std::vector<double>>& m) {
    std::vector<double> out;
    for (const auto& row : m) {
        REQUIRE(row.size() == 1);
        out.push_back(row[0]);
    }
    return out;
}

}  // namespace

// ------------------------------------------------------------------ VELOCITY

TEST_CASE("velocity: DOMAIN.md's figure", "[mindshare][oracle]") {
    // 40 * 25,000 * 25% / 90 = 250,000 / 90 = 2,777.777...
    CHECK_THAT(velocity(40, 25000, 0.25, 90), WithinRel(25000.0 / 9.0, 1e-15));
    CHECK_THAT(velocity(40, 25000, 0.25, 90), WithinAbs(2777.78, 0.005));
    CHECK(velocity(0, 25000, 0.25, 90) == 0.0);
    CHECK(velocity(40, 25000, 0.0, 90) == 0.0);
    CHECK_THAT(velocity(10, 1000, 1.0, 1), WithinAbs(10000, 1e-9));
}

TEST_CASE("velocity: the domain", "[mindshare][input]") {
    CHECK_THROWS_AS(velocity(40, 25000, 0.25, 0), InputError);
    CHECK_THROWS_AS(velocity(40, 25000, 0.25, -90), InputError);
    CHECK_THROWS_AS(velocity(40, 25000, 1.01, 90), InputError);
    CHECK_THROWS_AS(velocity(40, 25000, -0.01, 90), InputError);
    CHECK_THROWS_AS(velocity(-1, 25000, 0.25, 90), InputError);
    CHECK_THROWS_AS(velocity(40, -25000, 0.25, 90), InputError);
    CHECK_THROWS_AS(velocity(kNaN, 25000, 0.25, 90), InputError);
    CHECK_THROWS_AS(velocity(40, kInf, 0.25, 90), InputError);
    CHECK_THROWS_AS(velocity(40, 25000, kNaN, 90), InputError);
    CHECK_THROWS_AS(velocity(40, 25000, 0.25, kInf), InputError);
    CHECK_THROWS_AS(velocity(1e308, 1e308, 1, 1), InputError);   // not finite
    CHECK_THROWS_AS(velocity(1e308, 1, 1, 1e-308), InputError);  // not finite
}

// ------------------------------------------------------------------ MINDSHARE

TEST_CASE("mindshare: shares of selling time from velocities", "[mindshare][oracle]") {
    auto s = column(mindshare(opp(), deal(), win(), cycle(), nullptr, nullptr, nullptr));
    REQUIRE(s.size() == 3);
    CHECK_THAT(s[0], WithinAbs(10.0 / 19, 1e-12));
    CHECK_THAT(s[1], WithinAbs(4.0 / 19, 1e-12));
    CHECK_THAT(s[2], WithinAbs(5.0 / 19, 1e-12));
    CHECK_THAT(s[0] + s[1] + s[2], WithinAbs(1.0, 1e-12));
}

TEST_CASE("mindshare: access, comfort and credit rate multiply attraction", "[mindshare][oracle]") {
    // Relative attractions 10 : 4 : 5 (velocities in units of 100,000/360).
    auto comfort = Range::column({1, 2, 1});  // 10 : 8 : 5, total 23
    auto s = column(mindshare(opp(), deal(), win(), cycle(), nullptr, &comfort, nullptr));
    CHECK_THAT(s[0], WithinAbs(10.0 / 23, 1e-12));
    CHECK_THAT(s[1], WithinAbs(8.0 / 23, 1e-12));
    CHECK_THAT(s[2], WithinAbs(5.0 / 23, 1e-12));
    auto access = Range::column({0.5, 1, 1});  // 5 : 4 : 5, total 14
    s = column(mindshare(opp(), deal(), win(), cycle(), &access, nullptr, nullptr));
    CHECK_THAT(s[0], WithinAbs(5.0 / 14, 1e-12));
    CHECK_THAT(s[1], WithinAbs(4.0 / 14, 1e-12));
    auto credit = Range::column({1, 1, 1.5});  // 10 : 4 : 7.5, total 21.5
    s = column(mindshare(opp(), deal(), win(), cycle(), nullptr, nullptr, &credit));
    CHECK_THAT(s[2], WithinAbs(7.5 / 21.5, 1e-12));
    // All three: 10*0.5*1*1 : 4*1*2*1 : 5*1*1*1.5 = 5 : 8 : 7.5, total 20.5.
    s = column(mindshare(opp(), deal(), win(), cycle(), &access, &comfort, &credit));
    CHECK_THAT(s[0], WithinAbs(5.0 / 20.5, 1e-12));
    CHECK_THAT(s[1], WithinAbs(8.0 / 20.5, 1e-12));
    CHECK_THAT(s[2], WithinAbs(7.5 / 20.5, 1e-12));
    // A carved-out product (credit 0) gets no time; the others share it all.
    auto carved = Range::column({1, 0, 1});  // 10 : 0 : 5
    s = column(mindshare(opp(), deal(), win(), cycle(), nullptr, nullptr, &carved));
    CHECK(s[1] == 0.0);
    CHECK_THAT(s[0], WithinAbs(2.0 / 3, 1e-12));
}

TEST_CASE("mindshare follows the inputs' orientation", "[mindshare][input]") {
    auto rows = mindshare(Range::row({40, 20, 10}), Range::row({25000, 50000, 100000}), Range::row({0.25, 0.20, 0.50}),
                          Range::row({90, 180, 360}), nullptr, nullptr, nullptr);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].size() == 3);
    CHECK_THAT(rows[0][0], WithinAbs(10.0 / 19, 1e-12));
    CHECK_THAT(rows[0][2], WithinAbs(5.0 / 19, 1e-12));
    auto cols = mindshare(opp(), deal(), win(), cycle(), nullptr, nullptr, nullptr);
    CHECK(cols.size() == 3);
    // A single product has all the time.
    auto one = mindshare(Range::column({5}), Range::column({10}), Range::column({0.5}), Range::column({30}), nullptr,
                         nullptr, nullptr);
    REQUIRE(one.size() == 1);
    CHECK(one[0] == std::vector<double>{1.0});
}

TEST_CASE("mindshare: the aligned-range rules", "[mindshare][input]") {
    // Text is an error, never 0.
    auto w = win();
    w.setText(1, 0, "20%");
    CHECK_THROWS_AS(mindshare(opp(), deal(), w, cycle(), nullptr, nullptr, nullptr), InputError);
    auto comfort = Range::column({1, 2, 1});
    comfort.setText(0, 0, "high");
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), nullptr, &comfort, nullptr), InputError);
    auto err = cycle();
    err.setError(2, 0);
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), err, nullptr, nullptr, nullptr), InputError);
    // Mismatched lengths, also of an optional factor.
    CHECK_THROWS_AS(mindshare(opp(), deal(), Range::column({0.25, 0.2}), cycle(), nullptr, nullptr, nullptr),
                    InputError);
    auto shortAccess = Range::column({1, 1});
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), &shortAccess, nullptr, nullptr), InputError);
    auto single = Range::column({1});
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), nullptr, nullptr, &single), InputError);
    // Trailing blank rows in every range are ignored.
    auto grow = [](const Range& r) {
        Range out(8, 1);
        for (std::size_t i = 0; i < r.length(); ++i) out.setNumber(i, 0, r.item(i).number);
        return out;
    };
    auto s = column(mindshare(grow(opp()), grow(deal()), grow(win()), grow(cycle()), nullptr, nullptr, nullptr));
    REQUIRE(s.size() == 3);
    CHECK_THAT(s[1], WithinAbs(4.0 / 19, 1e-12));
    // A row blank in some ranges only is an error, also in an optional factor.
    auto half = grow(opp());
    half.setNumber(4, 0, 10);
    CHECK_THROWS_AS(mindshare(half, grow(deal()), grow(win()), grow(cycle()), nullptr, nullptr, nullptr),
                    InputError);
    Range gapComfort(3, 1);
    gapComfort.setNumber(0, 0, 1), gapComfort.setNumber(2, 0, 1);
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), nullptr, &gapComfort, nullptr), InputError);
    // No product rows: not known yet.
    CHECK_THROWS_AS(mindshare(Range(3, 1), Range(3, 1), Range(3, 1), Range(3, 1), nullptr, nullptr, nullptr),
                    NotAvailable);
}

TEST_CASE("mindshare: the domain", "[mindshare][input]") {
    // No attraction anywhere: no time to share.
    CHECK_THROWS_AS(mindshare(opp(), deal(), Range::column({0, 0, 0}), cycle(), nullptr, nullptr, nullptr),
                    InputError);
    auto zero = Range::column({0, 0, 0});
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), nullptr, &zero, nullptr), InputError);
    // Negative factors and out-of-domain velocity inputs.
    auto negative = Range::column({1, -0.5, 1});
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), &negative, nullptr, nullptr), InputError);
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), nullptr, &negative, nullptr), InputError);
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), nullptr, nullptr, &negative), InputError);
    CHECK_THROWS_AS(mindshare(opp(), deal(), Range::column({0.25, 1.2, 0.5}), cycle(), nullptr, nullptr, nullptr),
                    InputError);
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), Range::column({90, 0, 360}), nullptr, nullptr, nullptr),
                    InputError);
    CHECK_THROWS_AS(mindshare(Range::column({40, -20, 10}), deal(), win(), cycle(), nullptr, nullptr, nullptr),
                    InputError);
    // NaN, infinity.
    CHECK_THROWS_AS(mindshare(Range::column({40, kNaN, 10}), deal(), win(), cycle(), nullptr, nullptr, nullptr),
                    InputError);
    auto infFactor = Range::column({1, kInf, 1});
    CHECK_THROWS_AS(mindshare(opp(), deal(), win(), cycle(), &infFactor, nullptr, nullptr), InputError);
    // An attraction beyond double range is refused...
    auto huge = Range::column({1e308, 1e308, 1});
    CHECK_THROWS_AS(mindshare(opp(), huge, win(), cycle(), nullptr, nullptr, nullptr), InputError);
    // ...but attractions whose sum alone would overflow still share: 1.5e308 : 1e308 = 60% : 40%.
    auto big = mindshare(Range::column({1.5e308, 1e308}), Range::column({1, 1}), Range::column({1, 1}),
                         Range::column({1, 1}), nullptr, nullptr, nullptr);
    CHECK_THAT(big[0][0], WithinAbs(0.6, 1e-12));
    CHECK_THAT(big[1][0], WithinAbs(0.4, 1e-12));
}

// ------------------------------------------------------------------ RESPONSE, RESPONSEFIT

TEST_CASE("response fit: DOMAIN.md's figure", "[mindshare][oracle]") {
    ResponseFit f = responseFit(0.5, 1.6, 1.2);
    // scale = (1.6 - 1) / (1 - 0.5) = 1.2
    CHECK_THAT(f.scale, WithinAbs(1.2, 1e-12));
    // shape = ln(1.2 * 0.7 / 0.4) / ln 1.5 = ln 2.1 / ln 1.5 = 1.82984 (5 decimals)
    CHECK_THAT(f.shape, WithinAbs(1.82984, 5e-6));
    CHECK(std::round(f.shape * 1e5) / 1e5 == 1.82984);
}

TEST_CASE("response passes (1, 1) and (1.5, at150) with the fitted curve", "[mindshare][oracle]") {
    ResponseFit f = responseFit(0.5, 1.6, 1.2);
    // 0.5 + 1.1 * 1 / (1.2 + 1) = 1
    CHECK_THAT(response(1.0, 0.5, 1.6, f.shape, f.scale), WithinAbs(1.0, 1e-12));
    // 1.5^shape = 2.1: 0.5 + 1.1 * 2.1 / 3.3 = 1.2
    CHECK_THAT(response(1.5, 0.5, 1.6, f.shape, f.scale), WithinAbs(1.2, 1e-12));
    // Other hand-calculated points on the same curve family.
    CHECK_THAT(response(2, 0, 1, 1, 1), WithinAbs(2.0 / 3, 1e-12));    // 2 / (1 + 2)
    CHECK_THAT(response(3, 0.5, 1.5, 2, 1), WithinAbs(1.4, 1e-12));    // 0.5 + 9 / 10
    CHECK_THAT(response(0.5, 0.2, 1.2, 1, 0.5), WithinAbs(0.7, 1e-12));  // 0.2 + 1 * 0.5 / 1
}

TEST_CASE("response: the ends of the curve", "[mindshare][oracle]") {
    // No effort gives the floor; an unbounded effort approaches the ceiling.
    CHECK(response(0, 0.5, 1.6, 1.83, 1.2) == 0.5);
    CHECK_THAT(response(1e308, 0.5, 1.6, 2, 1.2), WithinAbs(1.6, 1e-12));  // effort^shape beyond double range
    CHECK_THAT(response(1e6, 0.5, 1.6, 2, 1.2), WithinAbs(1.6, 1e-9));
    // floor == ceiling: a flat response.
    CHECK(response(3, 0.8, 0.8, 2, 1) == 0.8);
}

TEST_CASE("response: the parameter domains", "[mindshare][input]") {
    CHECK_THROWS_AS(response(-0.1, 0.5, 1.6, 1.83, 1.2), InputError);  // effort < 0
    CHECK_THROWS_AS(response(1, 0.5, 1.6, 0, 1.2), InputError);        // shape > 0
    CHECK_THROWS_AS(response(1, 0.5, 1.6, -1, 1.2), InputError);
    CHECK_THROWS_AS(response(1, 0.5, 1.6, 1.83, 0), InputError);       // scale > 0
    CHECK_THROWS_AS(response(1, 0.5, 1.6, 1.83, -1.2), InputError);
    CHECK_THROWS_AS(response(1, 1.7, 1.6, 1.83, 1.2), InputError);     // floor <= ceiling
    CHECK_THROWS_AS(response(1, -0.1, 1.6, 1.83, 1.2), InputError);    // floor >= 0
    CHECK_THROWS_AS(response(kNaN, 0.5, 1.6, 1.83, 1.2), InputError);
    CHECK_THROWS_AS(response(kInf, 0.5, 1.6, 1.83, 1.2), InputError);
    CHECK_THROWS_AS(response(1, 0.5, kInf, 1.83, 1.2), InputError);
    CHECK_THROWS_AS(response(1, 0.5, 1.6, kNaN, 1.2), InputError);
    CHECK_THROWS_AS(response(1, 0.5, 1.6, 1.83, kInf), InputError);
    // Extreme but finite parameters give a finite value between floor and ceiling.
    double r = response(1e-300, 0, 1e308, 1e-300, 1e308);
    CHECK(std::isfinite(r));
    CHECK(r >= 0.0);
    CHECK(r <= 1e308);
}

TEST_CASE("response fit: the domain", "[mindshare][input]") {
    CHECK_THROWS_AS(responseFit(1.0, 1.6, 1.2), InputError);   // floor < 1
    CHECK_THROWS_AS(responseFit(1.1, 1.6, 1.2), InputError);
    CHECK_THROWS_AS(responseFit(0.5, 1.0, 1.2), InputError);   // ceiling > 1
    CHECK_THROWS_AS(responseFit(0.5, 0.9, 0.7), InputError);
    CHECK_THROWS_AS(responseFit(0.5, 1.6, 1.6), InputError);   // at150 < ceiling
    CHECK_THROWS_AS(responseFit(0.5, 1.6, 1.7), InputError);
    CHECK_THROWS_AS(responseFit(0.5, 1.6, 0.5), InputError);   // at150 > floor
    CHECK_THROWS_AS(responseFit(0.5, 1.6, 0.4), InputError);
    // Decision: at150 must exceed 1 (a shape > 0), so at150 in (floor, 1] is refused too.
    CHECK_THROWS_AS(responseFit(0.5, 1.6, 1.0), InputError);
    CHECK_THROWS_AS(responseFit(0.5, 1.6, 0.9), InputError);
    CHECK_THROWS_AS(responseFit(-0.1, 1.6, 1.2), InputError);  // floor >= 0
    CHECK_THROWS_AS(responseFit(kNaN, 1.6, 1.2), InputError);
    CHECK_THROWS_AS(responseFit(0.5, kInf, 1.2), InputError);
    CHECK_THROWS_AS(responseFit(0.5, 1.6, kNaN), InputError);
    // Floor 0: scale = ceiling - 1. Floor 0, ceiling 2, at150 1.5: scale 1,
    // shape = ln(1 * 1.5 / 0.5) / ln 1.5 = ln 3 / ln 1.5.
    ResponseFit f = responseFit(0, 2, 1.5);
    CHECK_THAT(f.scale, WithinAbs(1.0, 1e-12));
    CHECK_THAT(f.shape, WithinAbs(std::log(3.0) / std::log(1.5), 1e-12));
    // Near the edges the fit is still a curve SSF_RESPONSE accepts, or an error.
    ResponseFit edge = responseFit(0.999999999, 1.6, 1.0000001);
    CHECK(edge.shape > 0.0);
    CHECK_THAT(response(1.0, 0.999999999, 1.6, edge.shape, edge.scale), WithinAbs(1.0, 1e-9));
    CHECK_THROWS_AS(responseFit(0.5, 1e308, 1.2), InputError);  // scale 2e308 is not finite
}

TEST_CASE("D feeds A: mindshare change, response, gross-profit delta", "[mindshare][oracle]") {
    // Two products. Today 50% : 50% of the time; tomorrow comfort doubles for
    // product 1 (attractions 2 : 1): shares 2/3 and 1/3, effort multiples 4/3 and 2/3.
    auto o = Range::column({10, 10}), d = Range::column({1000, 1000}), w = Range::column({0.5, 0.5});
    auto c = Range::column({30, 30});
    auto today = column(mindshare(o, d, w, c, nullptr, nullptr, nullptr));
    auto comfort = Range::column({2, 1});
    auto tomorrow = column(mindshare(o, d, w, c, nullptr, &comfort, nullptr));
    double e1 = tomorrow[0] / today[0], e2 = tomorrow[1] / today[1];
    CHECK_THAT(e1, WithinAbs(4.0 / 3, 1e-12));
    CHECK_THAT(e2, WithinAbs(2.0 / 3, 1e-12));
    // A curve with shape 1, scale 1, floor 0, ceiling 2 passes (1, 1): R(e) = 2e / (1 + e).
    // R(4/3) = (8/3) / (7/3) = 8/7; R(2/3) = (4/3) / (5/3) = 4/5.
    double r1 = response(e1, 0, 2, 1, 1), r2 = response(e2, 0, 2, 1, 1);
    CHECK_THAT(r1, WithinAbs(8.0 / 7, 1e-12));
    CHECK_THAT(r2, WithinAbs(0.8, 1e-12));
    // Changes 1/7 and -1/5 on revenue 70 and 50 at margins 50% and 80%:
    // GP delta = 70 * (1/7) * 0.5 + 50 * (-0.2) * 0.8 = 5 - 8 = -3.
    Range change(2, 1);
    change.setNumber(0, 0, r1 - 1);
    change.setNumber(1, 0, r2 - 1);
    CHECK_THAT(gpDelta(Range::column({70, 50}), Range::column({0.5, 0.8}), change, nullptr), WithinAbs(-3.0, 1e-12));
}
