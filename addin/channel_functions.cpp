// Group E methods: channel partners.
#include "functions.hpp"
#include "ssf/channel.hpp"

namespace ssf::uno {

Any Functions::partnerScore(const CellRange& values, const CellRange& thresholds, const CellRange& weights) {
    return guarded("SSF_PARTNERSCORE", [&] {
        return number(ssf::partnerScore(readRange(values), readRange(thresholds), readRange(weights)));
    });
}

Any Functions::partnerTier(const CellRange& values, const CellRange& thresholds, const CellRange& weights,
                           const Any& qualify) {
    return guarded("SSF_PARTNERTIER", [&] {
        return text(ssf::partnerTier(readRange(values), readRange(thresholds), readRange(weights),
                                     ssf::optionalNumber(scalar(qualify), ssf::kDefaultQualify, "qualify")));
    });
}

}  // namespace ssf::uno
