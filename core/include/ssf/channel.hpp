// Group E of DOMAIN.md: channel partners. A partner programme scores each
// partner on metrics against thresholds (a certification count, a pipeline,
// joint wins) and qualifies it for a tier or badge.
#pragma once

#include "ssf/input.hpp"

#include <string>

namespace ssf {

// Points out of 100: each metric earns weight_i * min(value_i / threshold_i, 1),
// weights normalised to 100. values, thresholds and weights are aligned
// ranges; values >= 0, thresholds > 0, weights >= 0 and not all 0. No metric
// rows: NotAvailable.
double partnerScore(const Range& values, const Range& thresholds, const Range& weights);

constexpr double kDefaultQualify = 70.0;
// A score this close below `qualify` still reaches it (rounding of a score
// that is exactly the threshold on paper).
constexpr double kQualifyTolerance = 1e-9;
// "Qualified" when the score reaches `qualify` (0 to 100) and every metric's
// value is above 0, else "Not qualified".
std::string partnerTier(const Range& values, const Range& thresholds, const Range& weights, double qualify);

}  // namespace ssf
