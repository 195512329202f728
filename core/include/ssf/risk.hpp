// Group F of DOMAIN.md: deciding under uncertainty. Each product has three
// estimates of its revenue change (low <= likely <= high); the tornado shows
// which guess decides the net impact, the Monte Carlo simulation how likely
// the move loses money. The simulation is specified to the draw (generator,
// draw order, inverse CDF), so a workbook gives the same figures everywhere.
#pragma once

#include "ssf/input.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ssf {

// A product table of group F read from aligned ranges and validated: margins
// in [-1, 1], every change >= -100%, low <= likely <= high per product.
// An empty table is NotAvailable.
struct RiskTable {
    std::vector<double> weight;  // revenue * margin: the net moves by weight * change
    std::vector<double> low, likely, high;
};
RiskTable readRiskTable(const Range& revenue, const Range& margin, const Range& low, const Range& likely,
                        const Range& high);

// How the products' changes are drawn: each on its own, or all at the same
// quantile (the fully correlated bound).
enum class RiskMode { Independent, Together };
// "independent" (also when omitted or blank) or "together", case and spaces ignored.
RiskMode riskMode(const Scalar& mode);

// The simulation's settings, read from the optional scalar arguments.
struct RiskSettings {
    double costSavings = 0.0;
    std::size_t trials = 10000;
    std::uint64_t seed = 1;
    RiskMode mode = RiskMode::Independent;
};
constexpr std::size_t kMinTrials = 100;
constexpr std::size_t kMaxTrials = 1000000;
constexpr std::uint64_t kMaxSeed = std::uint64_t{1} << 53;
// The most product draws one call may make (trials x products): under a
// second of work (about 16 ns a draw, measured), so that no cell freezes the
// office for long: a million trials of 50 products, 10,000 of 5,000.
constexpr std::size_t kMaxDraws = 50000000;
RiskSettings riskSettings(const Scalar& costSavings, const Scalar& trials, const Scalar& seed, const Scalar& mode);

// The draw u in (0, 1] from a generator output x: ((x >> 11) + 0.5) / 2^53.
double unitDraw(std::uint64_t x);
// The triangular distribution's inverse CDF on [low, high] with mode likely
// (x = low when low == high), as DOMAIN.md writes it.
double triangularQuantile(double u, double low, double likely, double high);
// Calc's PERCENTILE.INC of sorted values at p in [0, 1] (values not empty).
double percentileSorted(const std::vector<double>& sorted, double p);

// One row per product: net at low, net at high (every other product at
// likely), the swing |high - low| and its rank (1 = largest, ties in product
// order).
constexpr std::size_t kTornadoColumns = 4;
std::vector<std::vector<double>> tornado(const Range& revenue, const Range& margin, const Range& low,
                                         const Range& likely, const Range& high, double costSavings);

// The net of every trial, in trial order (the simulation both functions share).
std::vector<double> simulateNets(const RiskTable& table, const RiskSettings& settings);

// Mean, P10, P50, P90, probability of a loss (net < 0), sample standard deviation.
constexpr std::size_t kRiskColumns = 6;
std::vector<double> risk(const Range& revenue, const Range& margin, const Range& low, const Range& likely,
                         const Range& high, const RiskSettings& settings);

// The net's quantile (PERCENTILE.INC) at each probability: probabilities is a
// row or a column of numbers in [0, 1] (trailing blank cells ignored); the
// result has its shape (a column: one row per probability; a row: one row).
std::vector<std::vector<double>> riskCurve(const Range& revenue, const Range& margin, const Range& low, const Range& likely,
                              const Range& high, const Range& probabilities, const RiskSettings& settings);

}  // namespace ssf
