// Group B of DOMAIN.md: the Shared Sales Force Checklist.
#pragma once

#include "ssf/input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ssf {

constexpr std::size_t kQuestionCount = 6;

// Weighted share of "yes" answers in [0, 1]. Answers are TRUE/FALSE, 1/0 or
// Yes/No/Y/N text in any case. A blank answer is NotAvailable (the checklist
// is incomplete); weights (optional) are aligned with the answers.
double fitScore(const Range& answers, const Range* weights);

constexpr double kDefaultStrong = 5.0 / 6.0;
constexpr double kDefaultWeak = 0.5;
std::string fitVerdict(double score, double strong, double weak);

// N x N matrix of weighted shares of equal labels (case- and space-
// insensitive); profiles has one row per product and six attribute columns.
// The diagonal is 1; a product with a blank label has #N/A (nullopt) off the
// diagonal until its profile is complete.
using FitMatrix = std::vector<std::vector<std::optional<double>>>;
FitMatrix fitMatrix(const Range& profiles, const Range* weights);

// The text of checklist question n (1-6).
const std::string& question(double n);

}  // namespace ssf
