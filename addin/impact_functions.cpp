// Group A methods: shared sales force impact.
#include "functions.hpp"
#include "ssf/impact.hpp"

namespace ssf::uno {

Any Functions::revImpact(const CellRange& revenue, const CellRange& change) {
    return guarded("SSF_REVIMPACT", [&] { return number(ssf::revImpact(readRange(revenue), readRange(change))); });
}

Any Functions::gpDelta(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                       const Any& newMargin) {
    return guarded("SSF_GPDELTA", [&] {
        OptionalRange nm(newMargin);
        return number(ssf::gpDelta(readRange(revenue), readRange(margin), readRange(change), nm.get()));
    });
}

AnyMatrix Functions::scenario(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                              const Any& newMargin) {
    return guarded("SSF_SCENARIO", [&] {
        OptionalRange nm(newMargin);
        return matrix(ssf::scenario(readRange(revenue), readRange(margin), readRange(change), nm.get()));
    });
}

Any Functions::netImpact(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                         const Any& costSavings) {
    return guarded("SSF_NETIMPACT", [&] {
        double savings = ssf::requireNumber(scalar(costSavings), "cost_savings");
        return number(ssf::netImpact(readRange(revenue), readRange(margin), readRange(change), savings));
    });
}

Any Functions::breakEven(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                         const Any& costSavings) {
    return guarded("SSF_BREAKEVEN", [&] {
        double savings = ssf::requireNumber(scalar(costSavings), "cost_savings");
        return number(ssf::breakEven(readRange(revenue), readRange(margin), readRange(change), savings));
    });
}

Any Functions::volumeEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) {
    return guarded("SSF_VOLUMEEFFECT", [&] {
        return number(ssf::volumeEffect(readRange(revenue), readRange(margin), readRange(change)));
    });
}

Any Functions::mixEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) {
    return guarded("SSF_MIXEFFECT", [&] {
        return number(ssf::mixEffect(readRange(revenue), readRange(margin), readRange(change)));
    });
}

}  // namespace ssf::uno
