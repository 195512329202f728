// Group B methods: the Shared Sales Force Checklist.
#include "functions.hpp"
#include "headers.hpp"
#include "ssf/checklist.hpp"

namespace ssf::uno {

Any Functions::fitScore(const CellRange& answers, const Any& weights) {
    return guarded(names::fitScore::kName, [&] {
        OptionalRange w(weights);
        return number(ssf::fitScore(readRange(answers), w.get()));
    });
}

Any Functions::fitVerdict(const Any& score, const Any& strong, const Any& weak) {
    return guarded(names::fitVerdict::kName, [&] {
        return text(ssf::fitVerdict(ssf::requireNumber(scalar(score), names::fitVerdict::score),
                                    ssf::optionalNumber(scalar(strong), ssf::kDefaultStrong, names::fitVerdict::strong),
                                    ssf::optionalNumber(scalar(weak), ssf::kDefaultWeak, names::fitVerdict::weak)));
    });
}

AnyMatrix Functions::fitMatrix(const CellRange& profiles, const Any& weights, const Any& headers) {
    return guarded(names::fitMatrix::kName, [&] {
        const bool titled = wantsHeaders(headers);
        OptionalRange w(weights);
        ssf::FitMatrix fit = ssf::fitMatrix(readRange(profiles), w.get());
        AnyMatrix block = matrix(fit);
        return titled ? withHeaders(block, productTitles(fit.size())) : block;
    });
}

Any Functions::question(const Any& n) {
    return guarded(names::question::kName,
                   [&] { return text(ssf::question(ssf::requireNumber(scalar(n), names::question::n))); });
}

}  // namespace ssf::uno
