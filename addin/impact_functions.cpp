// Group A methods: shared sales force impact.
#include "functions.hpp"
#include "headers.hpp"
#include "ssf/impact.hpp"

namespace ssf::uno {

Any Functions::revImpact(const CellRange& revenue, const CellRange& change) {
    return guarded(names::revImpact::kName, [&] {
        auto r = readRanges({revenue, change});
        return number(ssf::revImpact(r[0], r[1]));
    });
}

Any Functions::gpDelta(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                       const Any& newMargin) {
    return guarded(names::gpDelta::kName, [&] {
        OptionalRange nm(newMargin);
        auto r = readRanges({revenue, margin, change});
        return number(ssf::gpDelta(r[0], r[1], r[2], nm.get()));
    });
}

AnyMatrix Functions::scenario(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                              const Any& newMargin, const Any& headers) {
    return guarded(names::scenario::kName, [&] {
        const bool titled = wantsHeaders(headers);
        OptionalRange nm(newMargin);
        auto r = readRanges({revenue, margin, change});
        AnyMatrix block = matrix(ssf::scenario(r[0], r[1], r[2], nm.get()));
        if (!titled) return block;
        return withHeaders(block, {"baseline revenue", "new revenue", "revenue delta", "baseline GP", "new GP",
                                   "GP delta"});
    });
}

Any Functions::netImpact(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                         const Any& costSavings) {
    return guarded(names::netImpact::kName, [&] {
        double savings = ssf::optionalNumber(scalar(costSavings), 0.0, names::netImpact::costSavings);
        auto r = readRanges({revenue, margin, change});
        return number(ssf::netImpact(r[0], r[1], r[2], savings));
    });
}

Any Functions::breakEven(const CellRange& revenue, const CellRange& margin, const CellRange& change,
                         const Any& costSavings) {
    return guarded(names::breakEven::kName, [&] {
        double savings = ssf::optionalNumber(scalar(costSavings), 0.0, names::breakEven::costSavings);
        auto r = readRanges({revenue, margin, change});
        return number(ssf::breakEven(r[0], r[1], r[2], savings));
    });
}

Any Functions::volumeEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) {
    return guarded(names::volumeEffect::kName, [&] {
        auto r = readRanges({revenue, margin, change});
        return number(ssf::volumeEffect(r[0], r[1], r[2]));
    });
}

Any Functions::mixEffect(const CellRange& revenue, const CellRange& margin, const CellRange& change) {
    return guarded(names::mixEffect::kName, [&] {
        auto r = readRanges({revenue, margin, change});
        return number(ssf::mixEffect(r[0], r[1], r[2]));
    });
}

}  // namespace ssf::uno
