// SSF_WHY's pure half: where input errors are (the core's places), the
// formula reader, cell names and Calc's error meanings.
#include "ssf/checklist.hpp"
#include "ssf/impact.hpp"
#include "ssf/levers.hpp"
#include "ssf/why.hpp"
#include "input_error.hpp"
#include "worked_example.hpp"

#include <catch2/catch.hpp>

using namespace ssf;
using why::Argument;
using Kind = Argument::Kind;

TEST_CASE("input errors say which argument and which item", "[why]") {
    auto r = worked::revenue(), m = worked::margin(), c = worked::change();
    Range textMargin = worked::margin();
    textMargin.setText(2, 0, "60%x");
    InputError e = inputError([&] { gpDelta(r, textMargin, c, nullptr); });
    REQUIRE(e.located());
    CHECK(e.argument() == "margin");
    CHECK(e.item() == 2);
    CHECK(e.reason() == "text where a number belongs");
    CHECK(std::string(e.what()) == "margin, item 3: text where a number belongs");

    Range highMargin = worked::margin();
    highMargin.setNumber(4, 0, 1.2);
    e = inputError([&] { gpDelta(r, highMargin, c, nullptr); });
    CHECK((e.argument() == "margin" && e.item() == 4));

    Range lowChange = worked::change();
    lowChange.setNumber(1, 0, -1.5);
    e = inputError([&] { revImpact(r, lowChange); });
    CHECK((e.argument() == "change" && e.item() == 1 && e.reason() == "a change must not be below -100%"));

    Range newMargin = worked::margin();
    newMargin.setError(3, 0);
    e = inputError([&] { gpDelta(r, m, c, &newMargin); });
    CHECK((e.argument() == "new_margin" && e.item() == 3 && e.reason() == "an error value where a number belongs"));

    Range gap = worked::change();
    gap.setBlank(1, 0);
    e = inputError([&] { revImpact(r, gap); });
    CHECK((e.located() && e.argument().empty() && e.item() == 1));

    e = inputError([&] { revImpact(r, Range::column({0.1, 0.2})); });
    CHECK_FALSE(e.located());
    CHECK(e.reason().empty());
}

TEST_CASE("table and checklist errors are placed too", "[why]") {
    Range curve(3, 2);
    for (std::size_t i = 0; i < 3; ++i) curve.setNumber(i, 0, 0.5 + 0.5 * static_cast<double>(i));
    curve.setNumber(0, 1, 0.5);
    curve.setNumber(1, 1, 1.0);
    curve.setNumber(2, 1, 0.8);  // pay level falls at the third point
    InputError e = inputError([&] { payout(1.0, 100, curve, kNoCap); });
    CHECK((e.argument() == "curve" && e.item() == 2));

    Range answers(6, 1);
    for (std::size_t i = 0; i < 6; ++i) answers.setText(i, 0, i == 4 ? "maybe" : "Yes");
    e = inputError([&] { fitScore(answers, nullptr); });
    CHECK((e.argument() == "answers" && e.item() == 4));

    answers.setBlank(1, 0);
    try {
        fitScore(answers, nullptr);
        FAIL("no NotAvailable");
    } catch (const NotAvailable& n) {
        CHECK((n.located() && n.argument() == "answers" && n.item() == 1));
    }
}

TEST_CASE("findCalls reads the SSF_ calls of a formula", "[why]") {
    auto calls = why::findCalls("=ORG.SSFCALC.FUNCTIONS.GPDELTA($B$2:B6;'My data'.C2:C6;$Sheet1.D2:D6;{0.1;0.2|0.3;0.4})",
                                "ORG.SSFCALC.FUNCTIONS.");
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].function == "ORG.SSFCALC.FUNCTIONS.GPDELTA");
    REQUIRE(calls[0].args.size() == 4);
    CHECK((calls[0].args[0].kind == Kind::Reference && calls[0].args[0].range == "B2:B6" && calls[0].args[0].sheet.empty()));
    CHECK((calls[0].args[1].kind == Kind::Reference && calls[0].args[1].sheet == "My data" && calls[0].args[1].range == "C2:C6"));
    CHECK((calls[0].args[2].sheet == "Sheet1" && calls[0].args[2].range == "D2:D6"));
    const Argument& array = calls[0].args[3];
    REQUIRE(array.kind == Kind::InlineArray);
    REQUIRE(array.rows.size() == 2);
    CHECK((array.rows[1].size() == 2 && array.rows[1][0].number == 0.3));

    calls = why::findCalls("=ORG.SSFCALC.FUNCTIONS.FITVERDICT(ORG.SSFCALC.FUNCTIONS.FITSCORE(B:B);\"a;b\"\"c\";TRUE();;-2.5E-1)",
                           "org.ssfcalc.functions.");
    REQUIRE(calls.size() == 1);
    REQUIRE(calls[0].args.size() == 5);
    const Argument& inner = calls[0].args[0];
    CHECK((inner.kind == Kind::Call && inner.value == "ORG.SSFCALC.FUNCTIONS.FITSCORE"));
    REQUIRE(inner.args.size() == 1);
    CHECK((inner.args[0].kind == Kind::Reference && inner.args[0].range == "B:B"));
    CHECK((calls[0].args[1].kind == Kind::Text && calls[0].args[1].value == "a;b\"c"));
    CHECK((calls[0].args[2].kind == Kind::Boolean && calls[0].args[2].number == 1.0));
    CHECK(calls[0].args[3].kind == Kind::Missing);
    CHECK((calls[0].args[4].kind == Kind::Number && calls[0].args[4].number == -0.25));

    calls = why::findCalls("{=IF(A1>0;ORG.SSFCALC.FUNCTIONS.REVIMPACT(B2:B6;D2:D6*2);SUM(1;2))+ORG.SSFCALC.FUNCTIONS.QUESTION(Answers)}",
                           "ORG.SSFCALC.FUNCTIONS.");
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].args[1].kind == Kind::Expression);
    CHECK((calls[1].args[0].kind == Kind::Name && calls[1].args[0].value == "Answers"));

    CHECK(why::findCalls("=SUM(A1:A3)", "ORG.SSFCALC.FUNCTIONS.").empty());
    CHECK(why::findCalls("=\"ORG.SSFCALC.FUNCTIONS.GPDELTA(1)\"", "ORG.SSFCALC.FUNCTIONS.").empty());
    // Unbalanced text gives what could be read and never fails.
    CHECK(why::findCalls("=ORG.SSFCALC.FUNCTIONS.GPDELTA(B2:B6;(", "ORG.SSFCALC.FUNCTIONS.").size() == 1);
    // A 3-D reference is not one range.
    calls = why::findCalls("=ORG.SSFCALC.FUNCTIONS.REVIMPACT($Sheet1.B2:$Sheet3.B6;D2:D6)", "ORG.SSFCALC.FUNCTIONS.");
    CHECK(calls[0].args[0].kind == Kind::Expression);
}

TEST_CASE("deep nesting is cut, not recursed without end", "[why]") {
    std::string f = "=ORG.SSFCALC.FUNCTIONS.QUESTION(";
    for (int i = 0; i < 5000; ++i) f += "ORG.SSFCALC.FUNCTIONS.QUESTION(";
    f += "1";
    for (int i = 0; i < 5001; ++i) f += ")";
    auto calls = why::findCalls(f, "ORG.SSFCALC.FUNCTIONS.");
    REQUIRE(calls.size() == 1);
    const Argument* a = &calls[0].args[0];
    std::size_t depth = 0;
    while (a->kind == Kind::Call) a = &a->args.at(0), ++depth;
    CHECK(depth < why::kMaxDepth);
    CHECK(a->kind == Kind::Expression);
}

TEST_CASE("cell names and Calc's error codes", "[why]") {
    CHECK(why::columnName(0) == "A");
    CHECK(why::columnName(25) == "Z");
    CHECK(why::columnName(26) == "AA");
    CHECK(why::columnName(16383) == "XFD");
    CHECK(why::cellName(2, 3) == "C4");
    CHECK(why::calcErrorShown(32767) == "#N/A");
    CHECK(why::calcErrorShown(502) == "Err:502");
    CHECK(why::calcError(532).rfind("#DIV/0! (a division by zero", 0) == 0);
    CHECK(why::shown(std::string(100, 'x'), 10) == "xxxxxxxxxx...");
}
