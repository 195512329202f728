// Text folding for comparisons (labels, answers, modes): Unicode
// NFKC_Casefold plus removal of every Unicode white-space character, with
// utf8proc linked statically. (Not ICU: the add-in would then need the ICU
// soname of the release it was built on, libicuuc.so.72 on Debian 12 and .76
// on Debian 13, and one .oxt could no longer serve LibreOffice 7.4 to 25.2.)
#include "ssf/input.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <new>
#include <stdexcept>

namespace ssf {

namespace {

bool isAscii(std::string_view text) {
    for (char ch : text)
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
}

// ASCII letters lower-cased, ASCII white space removed: the whole fold for
// ASCII text (NFKC_Casefold changes nothing else there), and the byte-exact
// fallback for text that is not valid UTF-8.
std::string foldAscii(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        auto u = static_cast<unsigned char>(ch);
        if (u == ' ' || (u >= '\t' && u <= '\r')) continue;
        out.push_back((u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : ch);
    }
    return out;
}

// The White_Space property: separators (Zs, Zl, Zp) and the control
// characters tab to carriage return and NEL.
bool isWhiteSpace(utf8proc_int32_t c) {
    if ((c >= 0x09 && c <= 0x0D) || c == 0x85) return true;
    const utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

}  // namespace

std::string foldLabel(std::string_view text) {
    if (isAscii(text)) return foldAscii(text);
    // NFKC_Casefold's options, on a counted string (a label may hold NUL).
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                                        UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                            static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
    std::unique_ptr<utf8proc_uint8_t, void (*)(void*)> owned(mapped, std::free);
    if (n == UTF8PROC_ERROR_NOMEM) throw std::bad_alloc();
    // Not valid UTF-8 (the add-in writes a lone surrogate as WTF-8 so that
    // distinct texts stay distinct): compared byte for byte.
    if (n < 0) return foldAscii(text);
    std::string out;
    out.reserve(static_cast<std::size_t>(n));
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t c = 0;
        const utf8proc_ssize_t len = utf8proc_iterate(mapped + i, n - i, &c);
        if (len <= 0) throw std::runtime_error("utf8proc returned invalid UTF-8");
        if (!isWhiteSpace(c)) out.append(reinterpret_cast<const char*>(mapped + i), static_cast<std::size_t>(len));
        i += len;
    }
    return out;
}

}  // namespace ssf
