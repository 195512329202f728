// Group C of DOMAIN.md (levers.hpp): quota credit, attainment, pay curves,
// commission tables, overlays and SPIFFs.
#include "ssf/levers.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace ssf {

namespace {

// (a - b) / (c - d) without overflow in the differences of finite numbers:
// halved operands are used when a difference would not be finite.
double ratioOfDifferences(double a, double b, double c, double d) {
    double num = a - b, den = c - d;
    if (!std::isfinite(num) || !std::isfinite(den)) {
        num = a / 2 - b / 2;
        den = c / 2 - d / 2;
    }
    return num / den;
}

struct Bookings {
    std::vector<double> bookings, creditRate, minimum;
};

Bookings readBookings(const Range& bookings, const Range& creditRate, const Range* productMinimum) {
    // A single 0 (or a blank cell) for product_minimum means "no minimums".
    if (productMinimum && productMinimum->length() == 1) {
        const Cell& only = productMinimum->item(0);
        if (only.kind == CellKind::Blank || (only.kind == CellKind::Number && only.number == 0.0))
            productMinimum = nullptr;
    }
    Aligned aligned{{"bookings", &bookings}, {"credit_rate", &creditRate},
                    {"product_minimum", productMinimum, Aligned::kOptional}};
    aligned.requireRows("product rows");
    Bookings b;
    b.bookings = aligned.numbers(bookings);
    b.creditRate = aligned.numbers(creditRate, kNotNegative, "credit rate");
    if (productMinimum) b.minimum = aligned.numbers(*productMinimum, kNotNegative, "minimum");
    return b;
}

double credited(const Bookings& b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < b.bookings.size(); ++i) sum += b.bookings[i] * b.creditRate[i];
    return finite(sum);
}

}  // namespace

double quotaCredit(const Range& bookings, const Range& creditRate) {
    return credited(readBookings(bookings, creditRate, nullptr));
}

double attainment(const Range& bookings, const Range& creditRate, double quota, const Range* productMinimum) {
    require(quota, "quota", kPositive);
    Bookings b = readBookings(bookings, creditRate, productMinimum);
    double result = finite(credited(b) / quota);
    for (std::size_t i = 0; i < b.minimum.size(); ++i)
        if (b.minimum[i] > 0.0 && b.bookings[i] < b.minimum[i]) return std::min(result, 1.0);
    return result;
}

double payout(double attainment, double targetIncentive, const Range& curve, double cap) {
    requireFinite(attainment, "attainment");
    require(targetIncentive, "target_incentive", kNotNegative);
    if (std::isnan(cap)) throw InputError("cap must be a number");
    std::vector<TableRow> pts = readTable(curve, "curve");
    if (pts.size() < 2) throw InputError("curve needs at least two (attainment, pay level) points");
    requireRisingKeys(pts, "curve", "attainment");
    for (std::size_t i = 0; i < pts.size(); ++i) {
        requireItem(pts[i].value, "curve", i, kNotNegative, "pay level");
        if (i > 0 && pts[i].value < pts[i - 1].value) throw InputError("curve", i, "pay levels must not fall");
    }
    const TableRow& last = pts.back();
    if (cap < last.value) throw InputError("cap is below the curve's last pay level");

    double pay = 0.0;
    if (attainment < pts.front().key) {
        pay = 0.0;
    } else if (attainment >= last.key) {
        const TableRow& prev = pts[pts.size() - 2];
        double slope = ratioOfDifferences(last.value, prev.value, last.key, prev.key);
        if (!std::isfinite(slope)) throw InputError("curve: the last segment's slope is not finite");
        // 2 * (half the distance * slope): the distance of finite numbers never overflows.
        double beyond = slope == 0.0 ? 0.0 : 2.0 * ((attainment / 2 - last.key / 2) * slope);
        pay = std::min(cap, last.value + beyond);
    } else {
        // The segment with key[i] <= attainment < key[i + 1].
        auto next = std::upper_bound(pts.begin(), pts.end(), attainment,
                                     [](double a, const TableRow& p) { return a < p.key; });
        const TableRow& hi = *next;
        const TableRow& lo = *(next - 1);
        double t = ratioOfDifferences(attainment, lo.key, hi.key, lo.key);
        pay = lo.value + t * (hi.value - lo.value);
    }
    return finite(targetIncentive * finite(pay));
}

CommissionMode commissionMode(const Scalar& mode) {
    switch (mode.kind) {
        case Scalar::Kind::Omitted:
        case Scalar::Kind::Blank: return CommissionMode::Marginal;
        case Scalar::Kind::Text: {
            std::string m = foldLabel(mode.text);
            if (m == "marginal") return CommissionMode::Marginal;
            if (m == "flat") return CommissionMode::Flat;
            break;
        }
        default: break;
    }
    throw InputError("mode must be \"marginal\" or \"flat\"");
}

double commission(double amount, const Range& tiers, CommissionMode mode) {
    require(amount, "amount", kNotNegative);
    std::vector<TableRow> t = readTable(tiers, "tiers");
    requireRisingKeys(t, "tiers", "lower bounds");
    requireItem(t.front().key, "tiers", 0, kNotNegative, "lower bound");  // the others rise from it
    for (std::size_t i = 0; i < t.size(); ++i) requireItem(t[i].value, "tiers", i, kNotNegative, "rate");

    // The tier reached: the last whose lower bound is <= amount (a bound
    // itself belongs to the tier it starts).
    auto above = std::upper_bound(t.begin(), t.end(), amount,
                                  [](double a, const TableRow& row) { return a < row.key; });
    if (above == t.begin()) return 0.0;  // below the first lower bound
    std::size_t reached = static_cast<std::size_t>(above - t.begin()) - 1;

    if (mode == CommissionMode::Flat) return finite(amount * t[reached].value);
    double sum = 0.0;
    for (std::size_t i = 0; i <= reached; ++i) {
        double top = i < reached ? t[i + 1].key : amount;
        sum += (top - t[i].key) * t[i].value;
    }
    return finite(sum);
}

double overlayCost(double bookings, const Range& rates) {
    requireFinite(bookings, "bookings");
    Aligned aligned{{"rates", &rates}};
    aligned.requireRows("rates");
    double sum = 0.0;
    for (double r : aligned.numbers(rates, kNotNegative, "rate")) sum += r;
    return finite(bookings * finite(sum));
}

double spiffRoi(double incrementalUnits, double unitMargin, double spiffPerUnit, double eligibleUnits) {
    requireFinite(incrementalUnits, "incremental_units");
    requireFinite(unitMargin, "unit_margin");
    requireFinite(spiffPerUnit, "spiff_per_unit");
    requireFinite(eligibleUnits, "eligible_units");
    if (!(spiffPerUnit > 0.0) || !(eligibleUnits > 0.0))
        throw InputError("spiff_per_unit and eligible_units must be greater than 0 (the SPIFF must cost something)");
    if (incrementalUnits < 0.0 || incrementalUnits > eligibleUnits)
        throw InputError("incremental_units must be from 0 to eligible_units");
    // (inc * margin - spiff * eligible) / (spiff * eligible), written as
    // (inc / eligible) * (margin / spiff) - 1 so no product can overflow.
    return finite((incrementalUnits / eligibleUnits) * (unitMargin / spiffPerUnit) - 1.0);
}

}  // namespace ssf
