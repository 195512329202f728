// Group F of DOMAIN.md: the tornado and the Monte Carlo risk of the net impact.
#include "ssf/risk.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>

namespace ssf {

RiskTable readRiskTable(const Range& revenue, const Range& margin, const Range& low, const Range& likely,
                        const Range& high) {
    Aligned aligned{&revenue, &margin, &low, &likely, &high};
    if (aligned.rows() == 0) throw NotAvailable("no product rows");
    std::vector<double> r = aligned.numbers(0, "revenue");
    std::vector<double> m = aligned.numbers(1, "margin");
    requireMargins(m, "margin");
    RiskTable t;
    t.low = aligned.numbers(2, "low");
    t.likely = aligned.numbers(3, "likely");
    t.high = aligned.numbers(4, "high");
    requireChanges(t.low, "low");
    requireChanges(t.likely, "likely");
    requireChanges(t.high, "high");
    t.weight.resize(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (t.low[i] > t.likely[i]) throw InputError("low", i, "low is above likely: each product needs low <= likely <= high");
        if (t.likely[i] > t.high[i]) throw InputError("high", i, "high is below likely: each product needs low <= likely <= high");
        t.weight[i] = finite(r[i] * m[i]);
    }
    return t;
}

RiskMode riskMode(const Scalar& mode) {
    switch (mode.kind) {
        case Scalar::Kind::Omitted:
        case Scalar::Kind::Blank: return RiskMode::Independent;
        case Scalar::Kind::Text: {
            std::string m = foldLabel(mode.text);
            if (m == "independent") return RiskMode::Independent;
            if (m == "together") return RiskMode::Together;
            break;
        }
        default: break;
    }
    throw InputError("mode must be \"independent\" or \"together\"");
}

namespace {

// An optional whole number within [lo, hi]; Omitted gives `fallback`.
double wholeNumber(const Scalar& s, double fallback, double lo, double hi, const char* what, const char* range) {
    double v = optionalNumber(s, fallback, what);
    if (!(v >= lo && v <= hi) || v != std::floor(v))
        throw InputError(std::string(what) + " must be a whole number from " + range);
    return v;
}

}  // namespace

RiskSettings riskSettings(const Scalar& costSavings, const Scalar& trials, const Scalar& seed, const Scalar& mode) {
    RiskSettings s;
    s.costSavings = optionalNumber(costSavings, 0.0, "cost_savings");
    s.trials = static_cast<std::size_t>(
        wholeNumber(trials, 10000, kMinTrials, kMaxTrials, "trials", "100 to 1,000,000"));
    s.seed = static_cast<std::uint64_t>(
        wholeNumber(seed, 1, 0, static_cast<double>(kMaxSeed), "seed", "0 to 2^53 (9,007,199,254,740,992)"));
    s.mode = riskMode(mode);
    return s;
}

double unitDraw(std::uint64_t x) {
    return (static_cast<double>(x >> 11) + 0.5) / 9007199254740992.0;  // 2^53
}

namespace {

// One product's triangular distribution, its F = (likely - low) / (high -
// low) computed once for every trial.
struct Triangle {
    double low, likely, high, f;
    Triangle(double lo, double mode, double hi)
        : low(lo), likely(mode), high(hi), f(hi > lo ? (mode - lo) / (hi - lo) : 0.0) {}
    // DOMAIN.md's inverse CDF, in its order of operations.
    double at(double u) const {
        if (low == high) return low;
        if (u < f) return low + std::sqrt(u * (high - low) * (likely - low));
        return high - std::sqrt((1 - u) * (high - low) * (high - likely));
    }
};

}  // namespace

double triangularQuantile(double u, double low, double likely, double high) {
    return Triangle(low, likely, high).at(u);
}

double percentileSorted(const std::vector<double>& sorted, double p) {
    // PERCENTILE.INC: rank h = (n - 1) p, interpolated between its neighbours.
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const std::size_t k = static_cast<std::size_t>(std::floor(h));
    if (k + 1 >= sorted.size()) return sorted.back();
    return sorted[k] + (h - static_cast<double>(k)) * (sorted[k + 1] - sorted[k]);
}

std::vector<std::vector<double>> tornado(const Range& revenue, const Range& margin, const Range& low,
                                         const Range& likely, const Range& high, double costSavings) {
    if (!std::isfinite(costSavings)) throw InputError("cost_savings must be finite");
    RiskTable t = readRiskTable(revenue, margin, low, likely, high);
    const std::size_t n = t.weight.size();
    // The point estimate (every product at likely); one product moved at a
    // time shifts it by its own term only, so n products cost n steps, not n^2.
    double base = costSavings;
    for (std::size_t i = 0; i < n; ++i) base += t.weight[i] * t.likely[i];
    std::vector<std::vector<double>> out(n, std::vector<double>(kTornadoColumns, 0.0));
    std::vector<double> swing(n);
    for (std::size_t i = 0; i < n; ++i) {
        out[i][0] = finite(base + t.weight[i] * (t.low[i] - t.likely[i]));
        out[i][1] = finite(base + t.weight[i] * (t.high[i] - t.likely[i]));
        // |weight * (high - low)|, the nets' difference without their rounding,
        // so that products with equal swings tie exactly.
        swing[i] = finite(std::fabs(t.weight[i] * (t.high[i] - t.low[i])));
        out[i][2] = swing[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return swing[a] > swing[b]; });
    for (std::size_t rank = 0; rank < n; ++rank) out[order[rank]][3] = static_cast<double>(rank + 1);
    return out;
}

std::vector<double> simulateNets(const RiskTable& t, const RiskSettings& settings) {
    const std::size_t n = t.weight.size();
    static_assert(kMaxDraws == 50000000, "the message below names the limit");
    if (n > kMaxDraws / settings.trials)
        throw InputError("trials x products must not be above 50,000,000 (a million trials of 50 products, about "
                         "a second of work): use fewer trials");
    std::vector<Triangle> tri;
    tri.reserve(n);
    for (std::size_t i = 0; i < n; ++i) tri.emplace_back(t.low[i], t.likely[i], t.high[i]);
    std::mt19937_64 generator(settings.seed);
    std::vector<double> nets(settings.trials);
    for (double& net : nets) {
        double sum = settings.costSavings;
        if (settings.mode == RiskMode::Independent) {
            for (std::size_t i = 0; i < n; ++i) sum += t.weight[i] * tri[i].at(unitDraw(generator()));
        } else {
            const double u = unitDraw(generator());
            for (std::size_t i = 0; i < n; ++i) sum += t.weight[i] * tri[i].at(u);
        }
        net = finite(sum);
    }
    return nets;
}

namespace {

// PERCENTILE.INC at increasing probabilities without sorting everything: each
// rank's neighbours found by nth_element in what is left above the previous one.
std::vector<double> percentiles(std::vector<double>& nets, std::initializer_list<double> probabilities) {
    std::vector<double> out;
    auto from = nets.begin();
    for (double p : probabilities) {
        const double h = static_cast<double>(nets.size() - 1) * p;
        const std::size_t k = static_cast<std::size_t>(std::floor(h));
        auto at = nets.begin() + static_cast<std::ptrdiff_t>(k);
        std::nth_element(from, at, nets.end());
        double value = *at;
        if (at + 1 != nets.end()) value += (h - static_cast<double>(k)) * (*std::min_element(at + 1, nets.end()) - *at);
        out.push_back(value);
        from = at;
    }
    return out;
}

}  // namespace

std::vector<double> risk(const Range& revenue, const Range& margin, const Range& low, const Range& likely,
                         const Range& high, const RiskSettings& settings) {
    std::vector<double> nets = simulateNets(readRiskTable(revenue, margin, low, likely, high), settings);
    const double count = static_cast<double>(nets.size());
    double sum = 0.0;
    std::size_t losses = 0;
    for (double v : nets) {
        sum += v;
        losses += v < 0.0 ? 1 : 0;
    }
    double mean = sum / count;
    // Nets near the largest double: their sum may overflow where their mean
    // does not. Then they are summed scaled by 2^-20 (exact: a power of two,
    // and 2^20 > the most trials) and the mean scaled back.
    if (!std::isfinite(sum)) {
        double scaled = 0.0;
        for (double v : nets) scaled += std::ldexp(v, -20);
        mean = std::ldexp(scaled / count, 20);
    }
    mean = finite(mean);
    double squares = 0.0;  // two passes: no cancellation in the variance
    for (double v : nets) squares += (v - mean) * (v - mean);
    double sd = std::sqrt(squares / (count - 1));
    if (!std::isfinite(squares)) {  // deviations above 1E154: scaled by the largest first
        double largest = 0.0;
        for (double v : nets) largest = std::max(largest, std::fabs(v - mean));
        squares = 0.0;
        for (double v : nets) squares += ((v - mean) / largest) * ((v - mean) / largest);
        sd = largest * std::sqrt(squares / (count - 1));
    }
    sd = finite(sd);
    std::vector<double> p = percentiles(nets, {0.1, 0.5, 0.9});
    return {mean, finite(p[0]), finite(p[1]), finite(p[2]), static_cast<double>(losses) / count, sd};
}

std::vector<std::vector<double>> riskCurve(const Range& revenue, const Range& margin, const Range& low,
                                           const Range& likely, const Range& high, const Range& probabilities,
                                           const RiskSettings& settings) {
    Aligned listed{&probabilities};
    if (listed.rows() == 0) throw NotAvailable("probabilities has no values");
    std::vector<double> p = listed.numbers(0, "probabilities");
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!(p[i] >= 0.0 && p[i] <= 1.0)) throw InputError("probabilities", i, "a probability must be from 0 to 1");
    std::vector<double> nets = simulateNets(readRiskTable(revenue, margin, low, likely, high), settings);
    std::sort(nets.begin(), nets.end());  // once, for every probability
    std::vector<double> quantiles(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) quantiles[i] = finite(percentileSorted(nets, p[i]));
    if (listed.orientation() == Orientation::Row) return {quantiles};
    std::vector<std::vector<double>> column(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) column[i] = {quantiles[i]};
    return column;
}

}  // namespace ssf
