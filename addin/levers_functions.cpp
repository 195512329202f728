// Group C methods: focus levers.
#include "functions.hpp"
#include "ssf/levers.hpp"

namespace ssf::uno {

Any Functions::quotaCredit(const CellRange& bookings, const CellRange& creditRate) {
    return guarded("SSF_QUOTACREDIT", [&] {
        auto r = readRanges({bookings, creditRate});
        return number(ssf::quotaCredit(r[0], r[1]));
    });
}

Any Functions::attainment(const CellRange& bookings, const CellRange& creditRate, const Any& quota,
                          const Any& productMinimum) {
    return guarded("SSF_ATTAINMENT", [&] {
        double q = ssf::requireNumber(scalar(quota), "quota");
        OptionalRange minimum(productMinimum);
        auto r = readRanges({bookings, creditRate});
        return number(ssf::attainment(r[0], r[1], q, minimum.get()));
    });
}

Any Functions::payout(const Any& attainment, const Any& targetIncentive, const CellRange& curve, const Any& cap) {
    return guarded("SSF_PAYOUT", [&] {
        return number(ssf::payout(ssf::requireNumber(scalar(attainment), "attainment"),
                                  ssf::requireNumber(scalar(targetIncentive), "target_incentive"),
                                  readRange(curve), ssf::optionalNumber(scalar(cap), ssf::kNoCap, "cap")));
    });
}

Any Functions::commission(const Any& amount, const CellRange& tiers, const Any& mode) {
    return guarded("SSF_COMMISSION", [&] {
        return number(ssf::commission(ssf::requireNumber(scalar(amount), "amount"), readRange(tiers),
                                      ssf::commissionMode(scalar(mode))));
    });
}

Any Functions::overlayCost(const Any& bookings, const CellRange& rates) {
    return guarded("SSF_OVERLAYCOST", [&] {
        return number(ssf::overlayCost(ssf::requireNumber(scalar(bookings), "bookings"), readRange(rates)));
    });
}

Any Functions::spiffRoi(const Any& incrementalUnits, const Any& unitMargin, const Any& spiffPerUnit,
                        const Any& eligibleUnits) {
    return guarded("SSF_SPIFFROI", [&] {
        return number(ssf::spiffRoi(ssf::requireNumber(scalar(incrementalUnits), "incremental_units"),
                                    ssf::requireNumber(scalar(unitMargin), "unit_margin"),
                                    ssf::requireNumber(scalar(spiffPerUnit), "spiff_per_unit"),
                                    ssf::requireNumber(scalar(eligibleUnits), "eligible_units")));
    });
}

}  // namespace ssf::uno
