// Group E of DOMAIN.md (channel.hpp): a partner's score against metric
// thresholds and the tier it qualifies for.
#include "ssf/channel.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ssf {

namespace {

struct Scored {
    double score = 0.0;
    bool everyMetricAboveZero = true;
};

Scored score(const Range& values, const Range& thresholds, const Range& weights) {
    Aligned aligned{{"values", &values}, {"thresholds", &thresholds}, {"weights", &weights}};
    aligned.requireRows("metric rows");
    std::vector<double> v = aligned.numbers(values, kNotNegative, "value");
    std::vector<double> t = aligned.numbers(thresholds, kPositive, "threshold");
    std::vector<double> w = aligned.weights(weights);
    double total = 0.0;
    for (double x : w) total += x;
    Scored s;
    double earned = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!(v[i] > 0.0)) s.everyMetricAboveZero = false;
        // value / threshold may exceed double range: it is capped at 1 anyway.
        earned += w[i] * std::min(v[i] / t[i], 1.0);
    }
    // Raw weights over their total, so full marks are exactly 100.
    s.score = finite(100.0 * (earned / total));
    return s;
}

}  // namespace

double partnerScore(const Range& values, const Range& thresholds, const Range& weights) {
    return score(values, thresholds, weights).score;
}

std::string partnerTier(const Range& values, const Range& thresholds, const Range& weights, double qualify) {
    // 0 would qualify every partner whose metrics are above 0; it is also what
    // Calc hands over for a blank cell, so a blank bar is refused, not "no bar".
    if (!std::isfinite(qualify) || !(qualify > 0.0) || qualify > 100.0)
        throw InputError("qualify must be above 0 and at most 100 points (a blank cell counts as 0)");
    Scored s = score(values, thresholds, weights);
    bool reached = s.score >= qualify - kQualifyTolerance;
    return reached && s.everyMetricAboveZero ? "Qualified" : "Not qualified";
}

}  // namespace ssf
