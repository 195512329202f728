// Regressions of fuzz_convert's findings in the UNO conversion (addin/
// convert.cpp). They need the UNO runtime, so they live beside the fuzzers
// and run in the fuzz build; the core's own regressions are in
// tests/core/test_regressions.cpp.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "convert.hpp"
#include "ssf/checklist.hpp"

#include <string>
#include <vector>

#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;
using ssf::uno::AnyMatrix;

namespace {

OUString units(std::initializer_list<sal_Unicode> u) { return OUString(u.begin(), static_cast<sal_Int32>(u.size())); }

AnyMatrix column(const std::vector<OUString>& texts) {
    AnyMatrix m(static_cast<sal_Int32>(texts.size()));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        Sequence<Any> row(1);
        row.getArray()[0] <<= texts[i];
        m.getArray()[i] = row;
    }
    return m;
}

}  // namespace

// fuzz_convert seed-surrogates: rtl's UTF-8 converter turned "\uD800" into ""
// (a text cell that looked blank) and "Dir\uD800x" into "Dir?" (different
// labels became equal, a silently wrong fit share).
TEST_CASE("lone surrogates keep texts non-empty and distinct", "[regression][convert]") {
    CHECK(ssf::uno::utf8(units({0xD800})) == "\xED\xA0\x80");
    CHECK(ssf::uno::utf8(units({0xDC00, 'y'})) == "\xED\xB0\x80y");
    CHECK(ssf::uno::utf8(units({'D', 'i', 'r', 0xD800, 'x'})) != ssf::uno::utf8(units({'D', 'i', 'r', 0xD800, 'y'})));

    ssf::Range r = ssf::uno::fromDataArray(column({units({0xD800}), units({'a', 0xDFFF})}));
    REQUIRE(r.at(0, 0).kind == ssf::CellKind::Text);
    CHECK_FALSE(r.textOf(r.at(0, 0)).empty());
    CHECK(r.textOf(r.at(0, 0)) != r.textOf(r.at(1, 0)));
}

TEST_CASE("valid texts convert exactly as rtl does", "[regression][convert]") {
    for (const OUString& s : {units({'y', 'e', 's'}), units({0xA0, 'Y'}), units({0xD83D, 0xDE00}),
                              units({0x00DF, 0x20AC, 0xFFFF}), OUString()}) {
        rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
        CHECK(ssf::uno::utf8(s) == std::string(o.getStr(), static_cast<std::size_t>(o.getLength())));
    }
}

TEST_CASE("fit matrix tells labels with broken characters apart", "[regression][convert]") {
    AnyMatrix m(2);
    for (sal_Int32 i = 0; i < 2; ++i) {
        Sequence<Any> row(6);
        for (sal_Int32 c = 0; c < 6; ++c) row.getArray()[c] <<= units({'D', 'i', 'r', 0xD800, sal_Unicode('x' + i)});
        m.getArray()[i] = row;
    }
    ssf::FitMatrix fit = ssf::fitMatrix(ssf::uno::fromDataArray(m), nullptr);
    REQUIRE(fit.size() == 2);
    CHECK(*fit[0][1] == 0.0);
}

// fuzz_convert timeout-539fde78...: one long text shared by many cells (Calc
// passes equal texts as one shared buffer) was copied once per cell.
TEST_CASE("a long text shared by many cells is stored once", "[regression][convert]") {
    std::vector<sal_Unicode> x(30000, 'x');
    OUString longText(x.data(), static_cast<sal_Int32>(x.size()));
    AnyMatrix m = column(std::vector<OUString>(20000, longText));
    ssf::Range r = ssf::uno::fromDataArray(m);
    REQUIRE(r.rows() == 20000);
    for (std::size_t i = 0; i < r.rows(); ++i) {
        REQUIRE(r.at(i, 0).kind == ssf::CellKind::Text);
        REQUIRE(r.at(i, 0).text == r.at(0, 0).text);
    }
    CHECK(r.textOf(r.at(19999, 0)).size() == 30000);
    // Short texts are still copied per cell and read back the same.
    ssf::Range s = ssf::uno::fromDataArray(column({units({'y', 'e', 's'}), units({'y', 'e', 's'})}));
    CHECK(s.textOf(s.at(1, 0)) == "yes");
}

// Issue 14, finding 4: a reference through several sheets was read as its
// first sheet only. Its AbsoluteName is where the other sheets show.
TEST_CASE("a range's absolute name tells one sheet from several", "[regression][convert]") {
    CHECK_FALSE(ssf::uno::absoluteNameSpansSheets("$Sheet1.$B$2:$B$6"));
    CHECK_FALSE(ssf::uno::absoluteNameSpansSheets("$Sheet1.$B$2"));
    CHECK(ssf::uno::absoluteNameSpansSheets("$Sheet1.$B$2:$Sheet3.$B$6"));
    CHECK_FALSE(ssf::uno::absoluteNameSpansSheets("$'Q1.2026'.$B$2:$B$6"));  // dots in a quoted sheet name
    CHECK_FALSE(ssf::uno::absoluteNameSpansSheets("$'it''s.x'.$A$1:$C$3"));  // a quote inside a quoted name
    CHECK(ssf::uno::absoluteNameSpansSheets("$'a.b'.$B$2:$'c.d'.$B$6"));
}

// Issue 14, finding 1: a whole sheet with content at both ends was read whole.
TEST_CASE("ranges above the read limit are refused before they are read", "[regression][convert]") {
    CHECK_NOTHROW(ssf::uno::requireReadableSize(1048576, 4));  // four full columns: the limit
    CHECK_THROWS_AS(ssf::uno::requireReadableSize(1048576, 5), ssf::InputError);
    CHECK_THROWS_AS(ssf::uno::requireReadableSize(1048576, 1024), ssf::InputError);  // A:AMJ
    CHECK_THROWS_AS(ssf::uno::requireReadableSize(SIZE_MAX, 2), ssf::InputError);    // no overflow
    CHECK_NOTHROW(ssf::uno::requireReadableSize(0, 0));
}
