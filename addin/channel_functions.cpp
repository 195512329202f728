// Group E methods: channel partners.
#include "functions.hpp"
#include "ssf/channel.hpp"

namespace ssf::uno {

Any Functions::partnerScore(const CellRange& values, const CellRange& thresholds, const CellRange& weights) {
    return guarded(names::partnerScore::kName, [&] {
        auto r = readRanges({values, thresholds, weights});
        return number(ssf::partnerScore(r[0], r[1], r[2]));
    });
}

Any Functions::partnerTier(const CellRange& values, const CellRange& thresholds, const CellRange& weights,
                           const Any& qualify) {
    return guarded(names::partnerTier::kName, [&] {
        double q = ssf::optionalNumber(scalar(qualify), ssf::kDefaultQualify, names::partnerTier::qualify);
        auto r = readRanges({values, thresholds, weights});
        return text(ssf::partnerTier(r[0], r[1], r[2], q));
    });
}

}  // namespace ssf::uno
