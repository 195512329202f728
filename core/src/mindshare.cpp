#include "ssf/mindshare.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace ssf {

namespace {

void requireFinite(double v, const char* what) {
    if (!std::isfinite(v)) throw InputError(std::string(what) + " must be a finite number");
}

void requireNotNegative(double v, const char* what) {
    requireFinite(v, what);
    if (v < 0.0) throw InputError(std::string(what) + " must not be negative");
}

}  // namespace

double velocity(double opportunities, double dealSize, double winRate, double cycleDays) {
    requireNotNegative(opportunities, "opportunities");
    requireNotNegative(dealSize, "deal_size");
    requireFinite(winRate, "win_rate");
    if (winRate < 0.0 || winRate > 1.0) throw InputError("win_rate must be within [0, 1]");
    requireFinite(cycleDays, "cycle_days");
    if (!(cycleDays > 0.0)) throw InputError("cycle_days must be greater than 0");
    return finite(opportunities * dealSize * winRate / cycleDays);
}

std::vector<std::vector<double>> mindshare(const Range& opportunities, const Range& dealSize, const Range& winRate,
                                           const Range& cycleDays, const Range* access, const Range* comfort,
                                           const Range* creditRate) {
    // An omitted factor stands in as `opportunities` again (aligned with itself
    // by construction) and is then not read.
    Aligned aligned({&opportunities, &dealSize, &winRate, &cycleDays, access ? access : &opportunities,
                     comfort ? comfort : &opportunities, creditRate ? creditRate : &opportunities},
                    4);
    const std::size_t n = aligned.rows();
    if (n == 0) throw NotAvailable("no product rows");
    std::vector<double> opp = aligned.numbers(0, "opportunities");
    std::vector<double> deal = aligned.numbers(1, "deal_size");
    std::vector<double> win = aligned.numbers(2, "win_rate");
    std::vector<double> cycle = aligned.numbers(3, "cycle_days");
    const Range* factors[3] = {access, comfort, creditRate};
    const char* names[3] = {"access", "comfort", "credit_rate"};

    std::vector<double> attraction(n);
    for (std::size_t i = 0; i < n; ++i) {
        try {
            attraction[i] = velocity(opp[i], deal[i], win[i], cycle[i]);
        } catch (const InputError& e) {  // velocity's scalar rule, placed at this product
            std::string reason = e.what();
            throw InputError(reason.substr(0, reason.find(' ')), i, reason);
        }
    }
    for (std::size_t f = 0; f < 3; ++f) {
        if (!factors[f]) continue;
        std::vector<double> x = aligned.numbers(4 + f, names[f]);
        for (std::size_t i = 0; i < n; ++i) {
            if (!(x[i] >= 0.0)) throw InputError(names[f], i, "a factor must not be negative");
            attraction[i] = finite(attraction[i] * x[i]);
        }
    }

    // Shares relative to the largest attraction, so the sum cannot overflow.
    double top = *std::max_element(attraction.begin(), attraction.end());
    if (!(top > 0.0)) throw InputError("every product's attraction is 0: no selling time to share");
    double sum = 0.0;
    for (double& a : attraction) sum += (a /= top);
    std::vector<std::vector<double>> out;
    if (aligned.orientation() == Orientation::Row) {
        out.assign(1, std::vector<double>(n));
        for (std::size_t i = 0; i < n; ++i) out[0][i] = finite(attraction[i] / sum);
    } else {
        out.assign(n, std::vector<double>(1));
        for (std::size_t i = 0; i < n; ++i) out[i][0] = finite(attraction[i] / sum);
    }
    return out;
}

double response(double effort, double floor, double ceiling, double shape, double scale) {
    requireNotNegative(effort, "effort");
    requireNotNegative(floor, "floor");
    requireFinite(ceiling, "ceiling");
    if (ceiling < floor) throw InputError("ceiling must not be below floor");
    requireFinite(shape, "shape");
    if (!(shape > 0.0)) throw InputError("shape must be greater than 0");
    requireFinite(scale, "scale");
    if (!(scale > 0.0)) throw InputError("scale must be greater than 0");
    // effort^shape / (scale + effort^shape) as 1 / (1 + scale / effort^shape):
    // effort 0 gives 0, an effort^shape beyond double range gives 1.
    double power = std::pow(effort, shape);
    double share = 1.0 / (1.0 + scale / power);
    return finite(floor + (ceiling - floor) * share);
}

ResponseFit responseFit(double floor, double ceiling, double at150) {
    requireNotNegative(floor, "floor");
    requireFinite(ceiling, "ceiling");
    requireFinite(at150, "at150");
    if (!(floor < 1.0)) throw InputError("floor must be below 1 (today's revenue)");
    if (!(ceiling > 1.0)) throw InputError("ceiling must be above 1 (today's revenue)");
    if (!(at150 > 1.0 && at150 < ceiling))
        throw InputError("at150 must be above 1 and below ceiling (more effort must bring more revenue)");
    ResponseFit fit;
    fit.scale = finite((ceiling - 1.0) / (1.0 - floor));
    fit.shape = finite(std::log(fit.scale * (at150 - floor) / (ceiling - at150)) / std::log(1.5));
    // Rounding at the edges of the domain must not hand SSF_RESPONSE a shape it refuses.
    if (!(fit.shape > 0.0) || !(fit.scale > 0.0)) throw InputError("no response curve fits these levels");
    return fit;
}

}  // namespace ssf
