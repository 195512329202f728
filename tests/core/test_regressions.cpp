// Regressions found by the fuzzers (fuzz/): one test per finding, each named
// after the input kept in fuzz/corpus/<target>/ that first showed it. The
// fuzzers replay those inputs; these tests state the expected behaviour.
#include "ssf/checklist.hpp"
#include "ssf/impact.hpp"
#include "ssf/input.hpp"
#include "worked_example.hpp"

#include <catch2/catch.hpp>

#include <climits>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace ssf;

namespace {

// A profiles table of `n` products with six labels each.
Range profiles(std::size_t n, const char* label) {
    Range r(n, kQuestionCount);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t c = 0; c < kQuestionCount; ++c) r.setText(i, c, label);
    return r;
}

}  // namespace

// fuzz_convert seed-repeated_rows: SSF_FITMATRIX over 5,001 filled rows built
// a 5,001 x 5,001 result (25 million cells; 20,000 rows would need gigabytes
// inside soffice) and ran past the 5 s timeout. The product count is capped.
TEST_CASE("fit matrix refuses more products than a sheet can use", "[regression][checklist]") {
    CHECK_THROWS_AS(fitMatrix(profiles(5001, "Direct"), nullptr), InputError);
    CHECK_THROWS_AS(fitMatrix(profiles(1025, "Direct"), nullptr), InputError);
    // Up to the limit it still works, and blank trailing rows do not count.
    FitMatrix m = fitMatrix(profiles(1024, "Direct"), nullptr);
    REQUIRE(m.size() == 1024);
    CHECK(*m[1023][0] == 1.0);
    Range grown(1048576, kQuestionCount, 3, kQuestionCount);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t c = 0; c < kQuestionCount; ++c) grown.setText(i, c, "Partner");
    CHECK(fitMatrix(grown, nullptr).size() == 3);
}

// fuzz_convert seed-surrogates (the converter's half is tested in
// fuzz/convert_regressions.cpp): a lone UTF-16 surrogate in a cell text used
// to arrive as "" or with its neighbour lost, so different labels compared
// equal. The converter now passes such texts as WTF-8 bytes (a surrogate as
// ED A0 80 ...); the core must treat them as ordinary, distinct labels.
TEST_CASE("labels with broken characters stay distinct labels", "[regression][checklist]") {
    Range p(2, kQuestionCount);
    for (std::size_t c = 0; c < kQuestionCount; ++c) {
        p.setText(0, c, "Dir\xED\xA0\x80x");
        p.setText(1, c, "Dir\xED\xA0\x80y");
    }
    FitMatrix m = fitMatrix(p, nullptr);
    REQUIRE(m.size() == 2);
    CHECK(*m[0][1] == 0.0);
    // Nor is such a text a Yes or a No.
    Range answers(1, 1);
    answers.setText(0, 0, "yes\xED\xA0\x80");
    CHECK_THROWS_AS(fitScore(answers, nullptr), InputError);
}

// fuzz_convert timeout (a long text in thousands of cells): the converter
// now stores a text shared by many cells once, and the cells share its index.
// Every core function must read such a range like any other.
TEST_CASE("cells sharing one stored text read like separate texts", "[regression][input]") {
    Range answers(6, 1);
    std::uint32_t yes = answers.addText("  Yes  ");
    for (std::size_t i = 0; i < 6; ++i) {
        Cell& cell = answers.data()[i];
        cell.kind = CellKind::Text;
        cell.text = yes;
    }
    CHECK(fitScore(answers, nullptr) == 1.0);

    Range p(3, kQuestionCount);
    std::uint32_t direct = p.addText(std::string(30000, 'D'));
    for (std::size_t i = 0; i < 3 * kQuestionCount; ++i) {
        p.data()[i].kind = CellKind::Text;
        p.data()[i].text = direct;
    }
    FitMatrix m = fitMatrix(p, nullptr);
    REQUIRE(m.size() == 3);
    CHECK(*m[0][2] == 1.0);
}

// Sanitizer self-checks: hidden (run only by name, from scripts/reliability.sh).
// In a sanitizer build each must abort the test binary with a report; if one
// passes, the build no longer stops on that kind of error.
TEST_CASE("sanitizer self-check: signed overflow must abort", "[.ubsan-selftest]") {
    volatile int big = INT_MAX;
    int x = big;
    x += 1;  // undefined behaviour: UBSan reports it, and -fno-sanitize-recover=all aborts
    CHECK(x != 0);
}

TEST_CASE("sanitizer self-check: heap overflow must abort", "[.asan-selftest]") {
    std::vector<int> v(4);
    volatile std::size_t i = 4;
    int* p = v.data();
    CHECK(p[i] != 12345);  // one past the end: ASan reports a heap-buffer-overflow
}
