// The shared input model (input.hpp): aligned ranges by argument name, absent
// optional ranges, and each DOMAIN.md rule speaking with one message.
#include "ssf/checklist.hpp"
#include "ssf/impact.hpp"
#include "ssf/input.hpp"
#include "ssf/mindshare.hpp"
#include "input_error.hpp"
#include "worked_example.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <string>

using namespace ssf;
using Catch::Matchers::WithinAbs;

TEST_CASE("aligned numbers are read by the range and named by its argument", "[input]") {
    auto r = worked::revenue(), m = worked::margin();
    Range c = worked::change();
    c.setText(3, 0, "x");
    Aligned t{{"revenue", &r}, {"margin", &m}, {"change", &c}};
    CHECK(t.rows() == 5);
    CHECK(t.numbers(m)[4] == 0.85);  // DOMAIN.md: E's margin
    InputError e = inputError([&] { t.numbers(c); });
    CHECK((e.argument() == "change" && e.item() == 3 && e.reason() == "text where a number belongs"));
    Range stranger = worked::revenue();
    CHECK_THROWS_AS(t.numbers(stranger), std::logic_error);  // not an argument: a programming error
}

TEST_CASE("an optional range left out is absent, not checked", "[input]") {
    auto r = worked::revenue(), c = worked::change();
    Aligned t{{"revenue", &r}, {"margin", nullptr}, {"change", &c}, {"new_margin", nullptr, Aligned::kOptional}};
    CHECK(t.rows() == 5);
    CHECK(t.numbers(c)[2] == -0.5);
    // Given, it is aligned like any other: a shorter one is refused.
    auto shortMargin = Range::column({0.5, 0.5});
    CHECK_THROWS_AS((Aligned{{"revenue", &r}, {"new_margin", &shortMargin, Aligned::kOptional}}), InputError);
}

TEST_CASE("shape errors name the argument", "[input]") {
    auto r = worked::revenue(), c = worked::change();
    Range block(5, 2);
    InputError e = inputError([&] { Aligned({{"revenue", &block}, {"change", &c}}); });
    CHECK(std::string(e.what()) == "revenue must be one row or one column");
    auto rowFactor = Range::row({1, 1, 1, 1, 1});
    e = inputError([&] { Aligned({{"revenue", &r}, {"change", &c}, {"access", &rowFactor, Aligned::kOptional}}); });
    CHECK(std::string(e.what()) == "access is a row where the other ranges are columns");
    // The same check for a lone vector argument (SSF_FITSCORE without weights).
    e = inputError([&] { fitScore(block, nullptr); });
    CHECK(std::string(e.what()) == "answers must be one row or one column");
}

TEST_CASE("one rule, one message: scalars and items say it the same way", "[input]") {
    CHECK(std::string(inputError([] { require(-1, "quota", kNotNegative); }).what()) == "quota must not be negative");
    CHECK(std::string(inputError([] { velocity(-1, 1, 0.5, 1); }).what()) == "opportunities must not be negative");
    InputError e = inputError([] { requireItem(-1, "rates", 2, kNotNegative, "rate"); });
    CHECK((e.argument() == "rates" && e.item() == 2 && e.reason() == "a rate must not be negative"));
    // Non-finite scalars have one message too, whichever function refuses them.
    CHECK(std::string(inputError([] { velocity(1, 1, 0.5, std::nan("")); }).what()) ==
          "cycle_days must be a finite number");
    CHECK(std::string(inputError([] { requireNumber(Scalar::of(HUGE_VAL), "cap"); }).what()) ==
          "cap must be a finite number");
    CHECK(require(0.25, "win_rate", kFraction) == 0.25);
    CHECK_THROWS_AS(require(1.5, "win_rate", kFraction), InputError);
    CHECK_THROWS_AS(require(0, "scale", kPositive), InputError);
    CHECK((kMargin.holds(-1) && kMargin.holds(1) && !kMargin.holds(1.2)));
    CHECK((kChange.holds(-1) && !kChange.holds(-1.5)));
}

TEST_CASE("trailing blank rows are dropped the same way for vectors and blocks", "[input]") {
    Range column(6, 1);
    column.setNumber(1, 0, 3);
    CHECK(column.filledLength() == 2);
    CHECK(column.filledRows() == 2);
    Range row(1, 6);
    row.setText(0, 3, "x");
    CHECK(row.filledLength() == 4);
    Range block(4, 6);
    block.setNumber(2, 5, 1);
    CHECK(block.filledRows() == 3);
    CHECK(Range(1048576, 2, 0, 0).filledRows() == 0);  // a whole blank column pair
}

TEST_CASE("weights whose sum overflows still score: only their ratios matter", "[input][checklist]") {
    // Before, 1e308 * 6 overflowed and was refused as "weights must not all be 0".
    Range answers(6, 1);
    for (std::size_t i = 0; i < 6; ++i) answers.setText(i, 0, i == 4 ? "No" : "Yes");
    auto huge = Range::column({1e308, 1e308, 1e308, 1e308, 1e308, 1e308});
    CHECK(fitScore(answers, &huge) == 5.0 / 6.0);
    auto zeros = Range::column({0, 0, 0, 0, 0, 0});
    CHECK(std::string(inputError([&] { fitScore(answers, &zeros); }).what()) == "weights must not all be 0");
}
