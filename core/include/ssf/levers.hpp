// Group C of DOMAIN.md: the focus levers (quota credit, attainment, pay
// curves, commission tables, overlays, SPIFFs). Product lists are aligned
// ranges (see input.hpp); a "table" (pay curve, rate table) is one range with
// two columns side by side.
#pragma once

#include "ssf/input.hpp"

#include <limits>
#include <vector>

namespace ssf {

// TableRow, readTable and requireRisingKeys (two-column tables) are in input.hpp.

// Sum of bookings_i * credit_rate_i; credit rates are not negative (1
// standard, 1.5 accelerated, 0 carved out). Bookings may be negative (net of
// cancellations). No product rows: NotAvailable.
double quotaCredit(const Range& bookings, const Range& creditRate);

// Credited bookings / quota (quota > 0). productMinimum (optional, aligned
// with bookings, each >= 0, 0 = none) caps attainment at 1 when any product's
// bookings fall below its positive minimum. A single value 0 means no minimums.
double attainment(const Range& bookings, const Range& creditRate, double quota, const Range* productMinimum);

// No cap on the pay level (PAYOUT's default).
constexpr double kNoCap = std::numeric_limits<double>::infinity();

// target_incentive * pay%(attainment) from a curve of (attainment, pay level)
// points: at least two, attainment strictly rising, pay levels >= 0 and not
// falling. 0 below the first point, linear between points, the last slope
// continued beyond the last point up to `cap` (>= the last pay level).
double payout(double attainment, double targetIncentive, const Range& curve, double cap);

// COMMISSION's modes: each rate on its own tier's slice of the amount, or the
// highest tier reached on the whole amount.
enum class CommissionMode { Marginal, Flat };
// "marginal" (also when omitted or blank) or "flat", case and spaces ignored.
CommissionMode commissionMode(const Scalar& mode);

// Commission on amount (>= 0) from a rate table of (lower bound, rate) rows:
// bounds >= 0 and strictly rising, rates >= 0. An amount exactly on a bound
// belongs to the higher tier; an amount below the first bound earns 0.
double commission(double amount, const Range& tiers, CommissionMode mode);

// bookings * the sum of every credited party's payout rate (rates >= 0): the
// cost of double crediting.
double overlayCost(double bookings, const Range& rates);

// (incremental_units * unit_margin - spiff_per_unit * eligible_units) /
// (spiff_per_unit * eligible_units). spiff_per_unit and eligible_units > 0;
// 0 <= incremental_units <= eligible_units.
double spiffRoi(double incrementalUnits, double unitMargin, double spiffPerUnit, double eligibleUnits);

}  // namespace ssf
