// Group A of DOMAIN.md: what a shared sales force does to revenue and gross
// profit. Every function takes aligned ranges (see input.hpp) and applies the
// domain checks: margins in [-1, 1], changes not below -100%.
#pragma once

#include "ssf/input.hpp"

#include <vector>

namespace ssf {

// A product table read from aligned ranges, validated once.
struct ProductTable {
    std::vector<double> revenue, margin, change, newMargin;
    Orientation orientation = Orientation::Column;
};

// newMargin may be null (defaults to margin). An empty table is NotAvailable.
ProductTable readProducts(const Range& revenue, const Range* margin, const Range& change,
                          const Range* newMargin);

double revImpact(const Range& revenue, const Range& change);
double gpDelta(const Range& revenue, const Range& margin, const Range& change, const Range* newMargin);

// The article's Table 3: one row per product plus a totals row; columns are
// baseline revenue, new revenue, revenue delta, baseline GP, new GP, GP delta.
constexpr std::size_t kScenarioColumns = 6;
std::vector<std::vector<double>> scenario(const Range& revenue, const Range& margin, const Range& change,
                                          const Range* newMargin);

double netImpact(const Range& revenue, const Range& margin, const Range& change, double costSavings);
double breakEven(const Range& revenue, const Range& margin, const Range& change, double costSavings);
double volumeEffect(const Range& revenue, const Range& margin, const Range& change);
double mixEffect(const Range& revenue, const Range& margin, const Range& change);

}  // namespace ssf
