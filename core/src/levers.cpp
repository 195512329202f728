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

// Keys strictly rising, as pay curves and rate tables require.
void requireRisingKeys(const std::vector<TableRow>& rows, const char* what, const char* key) {
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (!(rows[i].key > rows[i - 1].key))
            throw InputError(what, i, std::string(key) + " must rise strictly from row to row");
}

}  // namespace

std::vector<TableRow> readTable(const Range& table, const char* what) {
    if (table.cols() != 2)
        throw InputError(std::string(what) + " must be one range with two columns side by side");
    auto blank = [&](std::size_t r, std::size_t c) { return table.at(r, c).kind == CellKind::Blank; };
    // Rows beyond the stored block are blank by construction.
    std::size_t rows = std::min(table.rows(), table.storedRows());
    while (rows > 0 && blank(rows - 1, 0) && blank(rows - 1, 1)) --rows;
    if (rows == 0) throw NotAvailable(std::string(what) + " has no rows");

    std::vector<TableRow> out(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        bool b0 = blank(r, 0), b1 = blank(r, 1);
        if (b0 && b1) throw InputError(what, r, "a blank row inside the table");
        if (b0 || b1) throw InputError(what, r, "this row is blank in one column only");
        double v[2];
        for (std::size_t c = 0; c < 2; ++c) {
            const Cell& cell = table.at(r, c);
            if (cell.kind != CellKind::Number || !std::isfinite(cell.number))
                throw InputError(what, r, notANumber(cell.kind));
            v[c] = cell.number;
        }
        out[r] = TableRow{v[0], v[1]};
    }
    return out;
}

namespace {

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
    Aligned aligned = productMinimum ? Aligned({&bookings, &creditRate, productMinimum}, 2)
                                     : Aligned{&bookings, &creditRate};
    if (aligned.rows() == 0) throw NotAvailable("no product rows");
    Bookings b;
    b.bookings = aligned.numbers(0, "bookings");
    b.creditRate = aligned.numbers(1, "credit_rate");
    for (std::size_t i = 0; i < b.creditRate.size(); ++i)
        if (!(b.creditRate[i] >= 0.0)) throw InputError("credit_rate", i, "a credit rate must not be negative");
    if (productMinimum) {
        b.minimum = aligned.numbers(2, "product_minimum");
        for (std::size_t i = 0; i < b.minimum.size(); ++i)
            if (!(b.minimum[i] >= 0.0)) throw InputError("product_minimum", i, "a minimum must not be negative");
    }
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
    if (!std::isfinite(quota) || !(quota > 0.0)) throw InputError("quota must be greater than 0");
    Bookings b = readBookings(bookings, creditRate, productMinimum);
    double result = finite(credited(b) / quota);
    for (std::size_t i = 0; i < b.minimum.size(); ++i)
        if (b.minimum[i] > 0.0 && b.bookings[i] < b.minimum[i]) return std::min(result, 1.0);
    return result;
}

double payout(double attainment, double targetIncentive, const Range& curve, double cap) {
    if (!std::isfinite(attainment)) throw InputError("attainment must be a finite number");
    if (!std::isfinite(targetIncentive) || targetIncentive < 0.0)
        throw InputError("target_incentive must not be negative");
    if (std::isnan(cap)) throw InputError("cap must be a number");
    std::vector<TableRow> pts = readTable(curve, "curve");
    if (pts.size() < 2) throw InputError("curve needs at least two (attainment, pay level) points");
    requireRisingKeys(pts, "curve", "attainment");
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (pts[i].value < 0.0) throw InputError("curve", i, "a pay level must not be negative");
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
    if (!std::isfinite(amount) || amount < 0.0) throw InputError("amount must not be negative");
    std::vector<TableRow> t = readTable(tiers, "tiers");
    requireRisingKeys(t, "tiers", "lower bounds");
    if (t.front().key < 0.0) throw InputError("tiers", 0, "a lower bound must not be negative");
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].value < 0.0) throw InputError("tiers", i, "a rate must not be negative");

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
    if (!std::isfinite(bookings)) throw InputError("bookings must be a finite number");
    Aligned aligned{&rates};
    if (aligned.rows() == 0) throw NotAvailable("no rates");
    double sum = 0.0;
    std::vector<double> r = aligned.numbers(0, "rates");
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (r[i] < 0.0) throw InputError("rates", i, "a rate must not be negative");
        sum += r[i];
    }
    return finite(bookings * finite(sum));
}

double spiffRoi(double incrementalUnits, double unitMargin, double spiffPerUnit, double eligibleUnits) {
    for (double v : {incrementalUnits, unitMargin, spiffPerUnit, eligibleUnits})
        if (!std::isfinite(v)) throw InputError("every argument must be a finite number");
    if (!(spiffPerUnit > 0.0) || !(eligibleUnits > 0.0))
        throw InputError("spiff_per_unit and eligible_units must be greater than 0 (the SPIFF must cost something)");
    if (incrementalUnits < 0.0 || incrementalUnits > eligibleUnits)
        throw InputError("incremental_units must be from 0 to eligible_units");
    // (inc * margin - spiff * eligible) / (spiff * eligible), written as
    // (inc / eligible) * (margin / spiff) - 1 so no product can overflow.
    return finite((incrementalUnits / eligibleUnits) * (unitMargin / spiffPerUnit) - 1.0);
}

}  // namespace ssf
