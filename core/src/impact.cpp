// Group A of DOMAIN.md (impact.hpp): revenue and gross-profit effects of a
// shared sales force, from one validated product table.
#include "ssf/impact.hpp"

#include <cmath>

namespace ssf {

ProductTable readProducts(const Range& revenue, const Range* margin, const Range& change,
                          const Range* newMargin) {
    Aligned aligned{{"revenue", &revenue}, {"margin", margin}, {"change", &change},
                    {"new_margin", newMargin, Aligned::kOptional}};
    aligned.requireRows("product rows");
    ProductTable t;
    t.orientation = aligned.orientation();
    t.revenue = aligned.numbers(revenue);
    t.change = aligned.numbers(change, kChange, "change");
    if (margin) t.margin = aligned.numbers(*margin, kMargin, "margin");
    t.newMargin = newMargin ? aligned.numbers(*newMargin, kMargin, "margin") : t.margin;
    return t;
}

double revImpact(const Range& revenue, const Range& change) {
    ProductTable t = readProducts(revenue, nullptr, change, nullptr);
    double sum = 0.0;
    for (std::size_t i = 0; i < t.revenue.size(); ++i) sum += t.revenue[i] * t.change[i];
    return finite(sum);
}

namespace {

// Totals of a validated table, margins unchanged unless newMargin differs.
struct Totals {
    double r0 = 0, r1 = 0, gp0 = 0, gp1 = 0;
};

Totals totals(const ProductTable& t) {
    Totals s;
    for (std::size_t i = 0; i < t.revenue.size(); ++i) {
        double r1 = t.revenue[i] * (1.0 + t.change[i]);
        s.r0 += t.revenue[i];
        s.r1 += r1;
        s.gp0 += t.revenue[i] * t.margin[i];
        s.gp1 += r1 * t.newMargin[i];
    }
    return s;
}

// m0 = GP0 / R0, the baseline blended margin of the volume and mix effects.
double blendedMargin(const Totals& s) {
    if (s.r0 == 0.0) throw InputError("baseline revenue is 0: no blended margin");
    return s.gp0 / s.r0;
}

}  // namespace

double gpDelta(const Range& revenue, const Range& margin, const Range& change, const Range* newMargin) {
    ProductTable t = readProducts(revenue, &margin, change, newMargin);
    // Summed per product, as SUMPRODUCT would, so results agree to the last digit.
    double sum = 0.0;
    for (std::size_t i = 0; i < t.revenue.size(); ++i)
        sum += t.revenue[i] * (1.0 + t.change[i]) * t.newMargin[i] - t.revenue[i] * t.margin[i];
    return finite(sum);
}

std::vector<std::vector<double>> scenario(const Range& revenue, const Range& margin, const Range& change,
                                          const Range* newMargin) {
    ProductTable t = readProducts(revenue, &margin, change, newMargin);
    std::vector<std::vector<double>> out;
    out.reserve(t.revenue.size() + 1);
    std::vector<double> total(kScenarioColumns, 0.0);
    for (std::size_t i = 0; i < t.revenue.size(); ++i) {
        double r0 = t.revenue[i], r1 = r0 * (1.0 + t.change[i]);
        double gp0 = r0 * t.margin[i], gp1 = r1 * t.newMargin[i];
        std::vector<double> row{r0, r1, r1 - r0, gp0, gp1, gp1 - gp0};
        for (std::size_t c = 0; c < kScenarioColumns; ++c) {
            row[c] = finite(row[c]);
            total[c] += row[c];
        }
        out.push_back(std::move(row));
    }
    for (double& v : total) v = finite(v);
    out.push_back(std::move(total));
    return out;
}

double netImpact(const Range& revenue, const Range& margin, const Range& change, double costSavings) {
    return finite(gpDelta(revenue, margin, change, nullptr) + costSavings);
}

double breakEven(const Range& revenue, const Range& margin, const Range& change, double costSavings) {
    ProductTable t = readProducts(revenue, &margin, change, nullptr);
    // net(k) = gains + k * losses + savings, where losses are the GP deltas of
    // the products whose change is negative; solve net(k) = 0.
    double gains = 0.0, losses = 0.0;
    for (std::size_t i = 0; i < t.revenue.size(); ++i) {
        double delta = t.revenue[i] * t.change[i] * t.margin[i];
        (t.change[i] < 0.0 ? losses : gains) += delta;
    }
    if (losses == 0.0) throw InputError("no projected losses: a break-even share does not exist");
    return finite(-(gains + costSavings) / losses);
}

double volumeEffect(const Range& revenue, const Range& margin, const Range& change) {
    Totals s = totals(readProducts(revenue, &margin, change, nullptr));
    return finite((s.r1 - s.r0) * blendedMargin(s));
}

double mixEffect(const Range& revenue, const Range& margin, const Range& change) {
    Totals s = totals(readProducts(revenue, &margin, change, nullptr));
    // R1 * (m1 - m0) with m1 = GP1 / R1, written so that R1 = 0 needs no division.
    return finite(s.gp1 - s.r1 * blendedMargin(s));
}

}  // namespace ssf
