// Text folding for comparisons (labels, answers, modes): ICU's NFKC_Casefold
// plus removal of every Unicode white-space character.
#include "ssf/input.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <limits>
#include <vector>

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

// UTF-8 -> UTF-16, or nothing when the bytes are not valid UTF-8. The add-in
// writes a lone surrogate as WTF-8 (convert.cpp) so that distinct texts stay
// distinct; ICU would turn each into U+FFFD and make them equal.
bool toUtf16(std::string_view text, icu::UnicodeString& out) {
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max() / 2)) return false;
    const auto n = static_cast<int32_t>(text.size());
    std::vector<UChar> buffer(static_cast<std::size_t>(n) + 1);
    int32_t length = 0, substitutions = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(buffer.data(), n + 1, &length, text.data(), n, 0xFFFD, &substitutions, &status);
    if (U_FAILURE(status) || substitutions != 0) return false;
    out.setTo(buffer.data(), length);
    return true;
}

}  // namespace

std::string foldLabel(std::string_view text) {
    if (isAscii(text)) return foldAscii(text);
    icu::UnicodeString wide;
    if (!toUtf16(text, wide)) return foldAscii(text);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU has no NFKC_Casefold data");
    icu::UnicodeString folded = casefold->normalize(wide, status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not fold a text");
    icu::UnicodeString kept;
    for (int32_t i = 0; i < folded.length();) {
        UChar32 c = folded.char32At(i);
        if (!u_isUWhiteSpace(c)) kept.append(c);
        i += U16_LENGTH(c);
    }
    std::string out;
    kept.toUTF8String(out);
    return out;
}

}  // namespace ssf
