// Group D of DOMAIN.md (mindshare.hpp): sales velocity, the attraction model
// of rep mindshare and the ADBUDG response curve.
#include "ssf/mindshare.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace ssf {

double velocity(double opportunities, double dealSize, double winRate, double cycleDays) {
    require(opportunities, "opportunities", kNotNegative);
    require(dealSize, "deal_size", kNotNegative);
    require(winRate, "win_rate", kFraction);
    require(cycleDays, "cycle_days", kPositive);
    return finite(opportunities * dealSize * winRate / cycleDays);
}

std::vector<std::vector<double>> mindshare(const Range& opportunities, const Range& dealSize, const Range& winRate,
                                           const Range& cycleDays, const Range* access, const Range* comfort,
                                           const Range* creditRate) {
    Aligned aligned{{"opportunities", &opportunities}, {"deal_size", &dealSize}, {"win_rate", &winRate},
                    {"cycle_days", &cycleDays}, {"access", access, Aligned::kOptional},
                    {"comfort", comfort, Aligned::kOptional}, {"credit_rate", creditRate, Aligned::kOptional}};
    aligned.requireRows("product rows");
    const std::size_t n = aligned.rows();
    std::vector<double> opp = aligned.numbers(opportunities);
    std::vector<double> deal = aligned.numbers(dealSize);
    std::vector<double> win = aligned.numbers(winRate);
    std::vector<double> cycle = aligned.numbers(cycleDays);

    std::vector<double> attraction(n);
    for (std::size_t i = 0; i < n; ++i) {
        try {
            attraction[i] = velocity(opp[i], deal[i], win[i], cycle[i]);
        } catch (const InputError& e) {  // velocity's scalar rule, placed at this product
            std::string reason = e.what();
            throw InputError(reason.substr(0, reason.find(' ')), i, reason);
        }
    }
    for (const Range* factor : {access, comfort, creditRate}) {
        if (!factor) continue;
        std::vector<double> x = aligned.numbers(*factor, kNotNegative, "factor");
        for (std::size_t i = 0; i < n; ++i) attraction[i] = finite(attraction[i] * x[i]);
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
    require(effort, "effort", kNotNegative);
    require(floor, "floor", kNotNegative);
    if (requireFinite(ceiling, "ceiling") < floor) throw InputError("ceiling must not be below floor");
    require(shape, "shape", kPositive);
    require(scale, "scale", kPositive);
    // effort^shape / (scale + effort^shape) as 1 / (1 + scale / effort^shape):
    // effort 0 gives 0, an effort^shape beyond double range gives 1.
    double power = std::pow(effort, shape);
    double share = 1.0 / (1.0 + scale / power);
    return finite(floor + (ceiling - floor) * share);
}

ResponseFit responseFit(double floor, double ceiling, double at150) {
    require(floor, "floor", kNotNegative);
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
