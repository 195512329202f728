// Group D methods: where reps spend their time.
#include "functions.hpp"
#include "headers.hpp"
#include "ssf/mindshare.hpp"

namespace ssf::uno {

Any Functions::velocity(const Any& opportunities, const Any& dealSize, const Any& winRate, const Any& cycleDays) {
    return guarded(names::velocity::kName, [&] {
        return number(ssf::velocity(ssf::requireNumber(scalar(opportunities), names::velocity::opportunities),
                                    ssf::requireNumber(scalar(dealSize), names::velocity::dealSize),
                                    ssf::requireNumber(scalar(winRate), names::velocity::winRate),
                                    ssf::requireNumber(scalar(cycleDays), names::velocity::cycleDays)));
    });
}

AnyMatrix Functions::mindshare(const CellRange& opportunities, const CellRange& dealSize, const CellRange& winRate,
                               const CellRange& cycleDays, const Any& access, const Any& comfort,
                               const Any& creditRate, const Any& headers) {
    return guarded(names::mindshare::kName, [&] {
        const bool titled = wantsHeaders(headers);
        OptionalRange a(access), c(comfort), r(creditRate);
        auto in = readRanges({opportunities, dealSize, winRate, cycleDays});
        auto shares = ssf::mindshare(in[0], in[1], in[2], in[3], a.get(), c.get(), r.get());
        AnyMatrix block = matrix(shares);
        if (!titled) return block;
        // One column of shares gets one title; a row of shares (inputs in rows) names each product.
        const bool column = shares.empty() || shares[0].size() == 1;
        return withHeaders(block, column ? std::vector<std::string>{"share of selling time"}
                                         : productTitles(shares[0].size()));
    });
}

Any Functions::response(const Any& effort, const Any& floor, const Any& ceiling, const Any& shape, const Any& scale) {
    return guarded(names::response::kName, [&] {
        return number(ssf::response(ssf::requireNumber(scalar(effort), names::response::effort),
                                    ssf::requireNumber(scalar(floor), names::response::floor),
                                    ssf::requireNumber(scalar(ceiling), names::response::ceiling),
                                    ssf::requireNumber(scalar(shape), names::response::shape),
                                    ssf::requireNumber(scalar(scale), names::response::scale)));
    });
}

AnyMatrix Functions::responseFit(const Any& floor, const Any& ceiling, const Any& at150, const Any& headers) {
    return guarded(names::responseFit::kName, [&] {
        const bool titled = wantsHeaders(headers);
        ssf::ResponseFit fit = ssf::responseFit(ssf::requireNumber(scalar(floor), names::responseFit::floor),
                                                ssf::requireNumber(scalar(ceiling), names::responseFit::ceiling),
                                                ssf::requireNumber(scalar(at150), names::responseFit::at150));
        AnyMatrix block = matrix(std::vector<std::vector<double>>{{fit.shape, fit.scale}});  // 1 x 2: {shape, scale}
        return titled ? withHeaders(block, {"shape", "scale"}) : block;
    });
}

}  // namespace ssf::uno
