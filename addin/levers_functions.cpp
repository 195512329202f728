// Group C methods: focus levers.
#include "functions.hpp"
#include "ssf/levers.hpp"

namespace ssf::uno {

Any Functions::quotaCredit(const CellRange& bookings, const CellRange& creditRate) {
    return guarded(names::quotaCredit::kName, [&] {
        auto r = readRanges({bookings, creditRate});
        return number(ssf::quotaCredit(r[0], r[1]));
    });
}

Any Functions::attainment(const CellRange& bookings, const CellRange& creditRate, const Any& quota,
                          const Any& productMinimum) {
    return guarded(names::attainment::kName, [&] {
        double q = ssf::requireNumber(scalar(quota), names::attainment::quota);
        OptionalRange minimum(productMinimum);
        auto r = readRanges({bookings, creditRate});
        return number(ssf::attainment(r[0], r[1], q, minimum.get()));
    });
}

Any Functions::payout(const Any& attainment, const Any& targetIncentive, const CellRange& curve, const Any& cap) {
    return guarded(names::payout::kName, [&] {
        return number(ssf::payout(ssf::requireNumber(scalar(attainment), names::payout::attainment),
                                  ssf::requireNumber(scalar(targetIncentive), names::payout::targetIncentive),
                                  readRange(curve), ssf::optionalNumber(scalar(cap), ssf::kNoCap, names::payout::cap)));
    });
}

Any Functions::commission(const Any& amount, const CellRange& tiers, const Any& mode) {
    return guarded(names::commission::kName, [&] {
        return number(ssf::commission(ssf::requireNumber(scalar(amount), names::commission::amount), readRange(tiers),
                                      ssf::commissionMode(scalar(mode))));
    });
}

Any Functions::overlayCost(const Any& bookings, const CellRange& rates) {
    return guarded(names::overlayCost::kName, [&] {
        return number(
            ssf::overlayCost(ssf::requireNumber(scalar(bookings), names::overlayCost::bookings), readRange(rates)));
    });
}

Any Functions::spiffRoi(const Any& incrementalUnits, const Any& unitMargin, const Any& spiffPerUnit,
                        const Any& eligibleUnits) {
    return guarded(names::spiffRoi::kName, [&] {
        return number(ssf::spiffRoi(ssf::requireNumber(scalar(incrementalUnits), names::spiffRoi::incrementalUnits),
                                    ssf::requireNumber(scalar(unitMargin), names::spiffRoi::unitMargin),
                                    ssf::requireNumber(scalar(spiffPerUnit), names::spiffRoi::spiffPerUnit),
                                    ssf::requireNumber(scalar(eligibleUnits), names::spiffRoi::eligibleUnits)));
    });
}

}  // namespace ssf::uno
