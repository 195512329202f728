// DOMAIN.md's canonical five-product example, shared by the core tests.
#pragma once
#include "ssf/input.hpp"

namespace worked {
inline ssf::Range revenue() { return ssf::Range::column({35, 25, 16, 13, 11}); }
inline ssf::Range margin() { return ssf::Range::column({0.50, 0.55, 0.60, 0.75, 0.85}); }
inline ssf::Range change() { return ssf::Range::column({0.18, 0.20, -0.50, -0.35, -0.25}); }

// A column of the given length with every cell blank.
inline ssf::Range blanks(std::size_t n) { return ssf::Range(n, 1); }

// Copy of `r` grown by `extra` blank rows (a user selecting B2:B100).
inline ssf::Range withBlankRows(const ssf::Range& r, std::size_t extra) {
    ssf::Range out(r.length() + extra, 1);
    for (std::size_t i = 0; i < r.length(); ++i) out.setNumber(i, 0, r.item(i).number);
    return out;
}
}  // namespace worked
