// The optional header row of the array functions (their trailing argument
// `headers`): a row of column titles above the block, so that a selected
// block reads without a legend. Omitted means none, so saved files are unchanged.
#pragma once

#include "convert.hpp"

#include <string>
#include <vector>

namespace ssf::uno {

// TRUE (1) asks for titles; FALSE (0), a blank cell or leaving it out for
// none; a text or any other number is an InputError.
inline bool wantsHeaders(const css::uno::Any& headers) {
    const ssf::Scalar s = scalar(headers);
    if (s.kind == ssf::Scalar::Kind::Omitted || s.kind == ssf::Scalar::Kind::Blank) return false;
    if (s.kind == ssf::Scalar::Kind::Number && (s.number == 0.0 || s.number == 1.0)) return s.number == 1.0;
    throw ssf::InputError("headers must be TRUE or FALSE");
}

// `block` with `titles` as a new first row (a block wider than the titles
// gets empty titles).
inline AnyMatrix withHeaders(const AnyMatrix& block, const std::vector<std::string>& titles) {
    const sal_Int32 width = block.getLength() ? block[0].getLength() : static_cast<sal_Int32>(titles.size());
    AnyMatrix out(block.getLength() + 1);
    css::uno::Sequence<css::uno::Any> head(width);
    for (sal_Int32 c = 0; c < width; ++c)
        head.getArray()[c] = text(static_cast<std::size_t>(c) < titles.size() ? titles[static_cast<std::size_t>(c)] : "");
    out.getArray()[0] = head;
    for (sal_Int32 r = 0; r < block.getLength(); ++r) out.getArray()[r + 1] = block[r];
    return out;
}

// "product 1", "product 2", ... for n products.
inline std::vector<std::string> productTitles(std::size_t n) {
    std::vector<std::string> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back("product " + std::to_string(i + 1));
    return out;
}

}  // namespace ssf::uno
