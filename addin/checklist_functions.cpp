// Group B methods: the Shared Sales Force Checklist.
#include "functions.hpp"
#include "headers.hpp"
#include "ssf/checklist.hpp"

namespace ssf::uno {

Any Functions::fitScore(const CellRange& answers, const Any& weights) {
    return guarded("SSF_FITSCORE", [&] {
        OptionalRange w(weights);
        return number(ssf::fitScore(readRange(answers), w.get()));
    });
}

Any Functions::fitVerdict(const Any& score, const Any& strong, const Any& weak) {
    return guarded("SSF_FITVERDICT", [&] {
        return text(ssf::fitVerdict(ssf::requireNumber(scalar(score), "score"),
                                    ssf::optionalNumber(scalar(strong), ssf::kDefaultStrong, "strong"),
                                    ssf::optionalNumber(scalar(weak), ssf::kDefaultWeak, "weak")));
    });
}

AnyMatrix Functions::fitMatrix(const CellRange& profiles, const Any& weights, const Any& headers) {
    return guarded("SSF_FITMATRIX", [&] {
        const bool titled = wantsHeaders(headers);
        OptionalRange w(weights);
        ssf::FitMatrix fit = ssf::fitMatrix(readRange(profiles), w.get());
        AnyMatrix block = matrix(fit);
        return titled ? withHeaders(block, productTitles(fit.size())) : block;
    });
}

Any Functions::question(const Any& n) {
    return guarded("SSF_QUESTION", [&] { return text(ssf::question(ssf::requireNumber(scalar(n), "n"))); });
}

}  // namespace ssf::uno
