// Group F methods: deciding under uncertainty (tornado, Monte Carlo risk, S-curve).
#include "functions.hpp"
#include "headers.hpp"
#include "ssf/risk.hpp"

namespace ssf::uno {

AnyMatrix Functions::tornado(const CellRange& revenue, const CellRange& margin, const CellRange& low,
                             const CellRange& likely, const CellRange& high, const Any& costSavings,
                             const Any& headers) {
    return guarded("SSF_TORNADO", [&] {
        const bool titled = wantsHeaders(headers);
        double savings = ssf::optionalNumber(scalar(costSavings), 0.0, "cost_savings");
        auto r = readRanges({revenue, margin, low, likely, high});
        AnyMatrix block = matrix(ssf::tornado(r[0], r[1], r[2], r[3], r[4], savings));
        return titled ? withHeaders(block, {"net at low", "net at high", "swing", "rank"}) : block;
    });
}

AnyMatrix Functions::risk(const CellRange& revenue, const CellRange& margin, const CellRange& low,
                          const CellRange& likely, const CellRange& high, const Any& costSavings, const Any& trials,
                          const Any& seed, const Any& mode, const Any& headers) {
    return guarded("SSF_RISK", [&] {
        const bool titled = wantsHeaders(headers);
        ssf::RiskSettings s = ssf::riskSettings(scalar(costSavings), scalar(trials), scalar(seed), scalar(mode));
        auto r = readRanges({revenue, margin, low, likely, high});
        AnyMatrix block = matrix(std::vector<std::vector<double>>{ssf::risk(r[0], r[1], r[2], r[3], r[4], s)});
        return titled ? withHeaders(block, {"mean", "P10", "P50", "P90", "probability of a loss",
                                            "standard deviation"})
                      : block;
    });
}

AnyMatrix Functions::riskCurve(const CellRange& revenue, const CellRange& margin, const CellRange& low,
                               const CellRange& likely, const CellRange& high, const CellRange& probabilities,
                               const Any& costSavings, const Any& trials, const Any& seed, const Any& mode) {
    return guarded("SSF_RISKCURVE", [&] {
        ssf::RiskSettings s = ssf::riskSettings(scalar(costSavings), scalar(trials), scalar(seed), scalar(mode));
        auto r = readRanges({revenue, margin, low, likely, high, probabilities});
        return matrix(ssf::riskCurve(r[0], r[1], r[2], r[3], r[4], r[5], s));
    });
}

}  // namespace ssf::uno
