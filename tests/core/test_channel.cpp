// Group E: channel partners. Expected figures are hand calculations (in the
// comment beside them).
#include "ssf/channel.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace ssf;
using Catch::Matchers::WithinAbs;

namespace {

const double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Three metrics: certified engineers, pipeline ($k), joint wins.
Range values() { return Range::column({8, 250, 2}); }
Range thresholds() { return Range::column({10, 500, 2}); }
Range weights() { return Range::column({50, 30, 20}); }

}  // namespace

TEST_CASE("partner score: points out of 100", "[channel][oracle]") {
    // 50 * 8/10 + 30 * 250/500 + 20 * min(2/2, 1) = 40 + 15 + 20 = 75.
    CHECK_THAT(partnerScore(values(), thresholds(), weights()), WithinAbs(75, 1e-12));
    // Weights are normalised to 100: 5, 3, 2 score the same.
    CHECK_THAT(partnerScore(values(), thresholds(), Range::column({5, 3, 2})), WithinAbs(75, 1e-12));
    // Equal weights: 100/3 * (0.8 + 0.5 + 1) = 76.666...
    CHECK_THAT(partnerScore(values(), thresholds(), Range::column({1, 1, 1})), WithinAbs(230.0 / 3, 1e-12));
    // A metric above its threshold earns no more than its weight: 50 + 15 + 20 = 85.
    CHECK_THAT(partnerScore(Range::column({30, 250, 2}), thresholds(), weights()), WithinAbs(85, 1e-12));
    // Every metric at or above its threshold: exactly 100.
    CHECK(partnerScore(Range::column({10, 900, 7}), thresholds(), weights()) == 100.0);
    // A metric at 0 earns nothing: 0 + 15 + 20 = 35.
    CHECK_THAT(partnerScore(Range::column({0, 250, 2}), thresholds(), weights()), WithinAbs(35, 1e-12));
    // A weight of 0 leaves its metric out: 50 * 0.8 + 30 * 0.5 over 80 = 55 / 80 * 100 = 68.75.
    CHECK_THAT(partnerScore(values(), thresholds(), Range::column({50, 30, 0})), WithinAbs(68.75, 1e-12));
}

TEST_CASE("partner tier: qualified at the score and with every metric above 0", "[channel][oracle]") {
    CHECK(partnerTier(values(), thresholds(), weights(), kDefaultQualify) == "Qualified");  // 75 >= 70
    CHECK(partnerTier(values(), thresholds(), weights(), 75) == "Qualified");              // reaches exactly
    CHECK(partnerTier(values(), thresholds(), weights(), 80) == "Not qualified");
    // 50 * 1 + 30 * 0.5 + 20 * 0.25 = 70: reaches the default exactly.
    CHECK(partnerTier(Range::column({10, 250, 0.5}), thresholds(), weights(), kDefaultQualify) == "Qualified");
    // 50 * 1 + 30 * 0.5 + 20 * 0.2 = 69: just short.
    CHECK(partnerTier(Range::column({10, 250, 0.4}), thresholds(), weights(), kDefaultQualify) == "Not qualified");
    // Score 100/3 * (1 + 1 + 0.1) = 70 on paper, computed in floating point: qualifies.
    CHECK(partnerTier(Range::column({10, 10, 1}), Range::column({10, 10, 10}), Range::column({1, 1, 1}),
                      kDefaultQualify) == "Qualified");
    // Score 50 + 30 = 80 but joint wins 0: a metric at 0 never qualifies.
    CHECK(partnerTier(Range::column({10, 500, 0}), thresholds(), weights(), kDefaultQualify) == "Not qualified");
    CHECK(partnerTier(Range::column({10, 500, 0}), thresholds(), weights(), 1) == "Not qualified");
    // A low bar (1.5 of 100 points): any partner with every metric above 0.
    CHECK(partnerTier(Range::column({0.1, 1, 0.1}), thresholds(), weights(), 1.5) == "Qualified");
    // Also a metric with weight 0 must be above 0.
    CHECK(partnerTier(Range::column({10, 500, 0}), thresholds(), Range::column({50, 50, 0}), 70) ==
          "Not qualified");
}

TEST_CASE("partner tier: qualify is a score from 0 to 100", "[channel][input]") {
    CHECK_THROWS_AS(partnerTier(values(), thresholds(), weights(), -1), InputError);
    CHECK_THROWS_AS(partnerTier(values(), thresholds(), weights(), 100.5), InputError);
    CHECK_THROWS_AS(partnerTier(values(), thresholds(), weights(), kNaN), InputError);
    CHECK_THROWS_AS(partnerTier(values(), thresholds(), weights(), kInf), InputError);
    CHECK(partnerTier(Range::column({10, 500, 2}), thresholds(), weights(), 100) == "Qualified");
}

TEST_CASE("partner score: the domain", "[channel][input]") {
    // Thresholds must be > 0.
    CHECK_THROWS_AS(partnerScore(values(), Range::column({10, 0, 2}), weights()), InputError);
    CHECK_THROWS_AS(partnerScore(values(), Range::column({10, -500, 2}), weights()), InputError);
    // Values must not be negative.
    CHECK_THROWS_AS(partnerScore(Range::column({8, -1, 2}), thresholds(), weights()), InputError);
    CHECK_THROWS_AS(partnerTier(Range::column({8, -1, 2}), thresholds(), weights(), 70), InputError);
    // Weights: not negative, not all 0.
    CHECK_THROWS_AS(partnerScore(values(), thresholds(), Range::column({50, -30, 80})), InputError);
    CHECK_THROWS_AS(partnerScore(values(), thresholds(), Range::column({0, 0, 0})), InputError);
}

TEST_CASE("partner score: the aligned-range rules", "[channel][input]") {
    // Text is an error, never 0.
    auto v = values();
    v.setText(1, 0, "250");
    CHECK_THROWS_AS(partnerScore(v, thresholds(), weights()), InputError);
    auto t = thresholds();
    t.setText(0, 0, "ten");
    CHECK_THROWS_AS(partnerTier(values(), t, weights(), 70), InputError);
    auto e = weights();
    e.setError(2, 0);
    CHECK_THROWS_AS(partnerScore(values(), thresholds(), e), InputError);
    // Mismatched lengths and blocks.
    CHECK_THROWS_AS(partnerScore(values(), thresholds(), Range::column({50, 50})), InputError);
    CHECK_THROWS_AS(partnerScore(values(), Range(3, 2), weights()), InputError);
    // Rows work like columns, also mixed.
    CHECK_THAT(partnerScore(Range::row({8, 250, 2}), Range::row({10, 500, 2}), Range::row({50, 30, 20})),
               WithinAbs(75, 1e-12));
    CHECK_THAT(partnerScore(Range::row({8, 250, 2}), thresholds(), weights()), WithinAbs(75, 1e-12));
    // Trailing blank rows are ignored; a half-blank row is an error.
    Range v9(9, 1), t9(9, 1), w9(9, 1);
    for (std::size_t i = 0; i < 3; ++i) {
        v9.setNumber(i, 0, values().item(i).number);
        t9.setNumber(i, 0, thresholds().item(i).number);
        w9.setNumber(i, 0, weights().item(i).number);
    }
    CHECK_THAT(partnerScore(v9, t9, w9), WithinAbs(75, 1e-12));
    w9.setNumber(6, 0, 10);
    CHECK_THROWS_AS(partnerScore(v9, t9, w9), InputError);
    // No metrics: not known yet.
    CHECK_THROWS_AS(partnerScore(Range(3, 1), Range(3, 1), Range(3, 1)), NotAvailable);
    CHECK_THROWS_AS(partnerTier(Range(3, 1), Range(3, 1), Range(3, 1), 70), NotAvailable);
}

TEST_CASE("partner score: NaN, infinity and huge numbers", "[channel][input]") {
    CHECK_THROWS_AS(partnerScore(Range::column({8, kNaN, 2}), thresholds(), weights()), InputError);
    CHECK_THROWS_AS(partnerScore(values(), Range::column({10, kInf, 2}), weights()), InputError);
    CHECK_THROWS_AS(partnerScore(values(), thresholds(), Range::column({50, kInf, 20})), InputError);
    // value / threshold beyond double range is capped at 1: 100 points.
    CHECK(partnerScore(Range::column({1e308, 1e308}), Range::column({1e-308, 1e-308}), Range::column({1, 1})) ==
          100.0);
    // Weights whose sum overflows still score by their ratio: 50 * 0.8 + 50 * 0.5 = 65.
    CHECK_THAT(partnerScore(Range::column({8, 250}), Range::column({10, 500}), Range::column({1e308, 1e308})),
               WithinAbs(65, 1e-12));
    // A tiny threshold against a tiny value: 1e-300 / 2e-300 = 0.5 of 100.
    CHECK_THAT(partnerScore(Range::column({1e-300}), Range::column({2e-300}), Range::column({1})),
               WithinAbs(50, 1e-12));
}
