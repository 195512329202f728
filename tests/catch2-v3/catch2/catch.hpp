// Catch2 v2's single-header name on a system with Catch2 v3 (Debian 13):
// the v3 headers plus the v2 spellings our tests use. cmake/Catch2.cmake puts
// this folder on the include path only when it finds Catch2 v3.
#pragma once
#include <catch2/catch_all.hpp>

using Catch::Approx;

namespace Catch {
// v2's Catch::Contains(substring) is v3's Matchers::ContainsSubstring.
inline Matchers::StringContainsMatcher Contains(std::string const& part,
                                                CaseSensitive sensitive = CaseSensitive::Yes) {
    return Matchers::ContainsSubstring(part, sensitive);
}
}  // namespace Catch
