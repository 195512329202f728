// Group B: the checklist. Expected figures are DOMAIN.md's or hand calculations.
#include "ssf/checklist.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ssf;
using Catch::Matchers::WithinAbs;

namespace {
Range answers(const std::vector<std::string>& texts) {
    Range r(texts.size(), 1);
    for (std::size_t i = 0; i < texts.size(); ++i) r.setText(i, 0, texts[i]);
    return r;
}
}  // namespace

TEST_CASE("fit score is the share of yes answers", "[checklist][oracle]") {
    CHECK_THAT(fitScore(answers({"Yes", "Yes", "Yes", "Yes", "No", "Yes"}), nullptr), WithinAbs(5.0 / 6, 1e-12));
    CHECK_THAT(fitScore(answers({"y", "N", "YES", "no", " Yes ", "n"}), nullptr), WithinAbs(0.5, 1e-12));
    // TRUE/FALSE arrive from Calc as 1/0.
    CHECK_THAT(fitScore(Range::column({1, 0, 0, 0, 0, 0}), nullptr), WithinAbs(1.0 / 6, 1e-12));
    CHECK_THAT(fitScore(answers({"TRUE", "false", "true", "No", "No", "No"}), nullptr), WithinAbs(2.0 / 6, 1e-12));
}

TEST_CASE("five yes of six meets the default 5/6 threshold exactly", "[checklist][regression]") {
    // Found by the office test: summing six normalised weights of 1/6 gave
    // 0.83333333333333326 < 5/6, and the verdict fell a band.
    double s = fitScore(answers({"Yes", "Yes", "Yes", "Yes", "No", "Yes"}), nullptr);
    CHECK(s == 5.0 / 6.0);
    CHECK(fitVerdict(s, kDefaultStrong, kDefaultWeak) == "Shared sales force fits");
}

TEST_CASE("weighted fit score", "[checklist][oracle]") {
    auto a = answers({"Yes", "No", "Yes", "No", "Yes", "No"});
    auto w = Range::column({3, 1, 1, 1, 1, 1});  // hand: (3+1+1)/8
    CHECK_THAT(fitScore(a, &w), WithinAbs(5.0 / 8, 1e-12));
    auto bad = Range::column({1, -1, 1, 1, 1, 1});
    CHECK_THROWS_AS(fitScore(a, &bad), InputError);
    auto zero = Range::column({0, 0, 0, 0, 0, 0});
    CHECK_THROWS_AS(fitScore(a, &zero), InputError);
    auto shorter = Range::column({1, 1});
    CHECK_THROWS_AS(fitScore(a, &shorter), InputError);
}

TEST_CASE("an unanswered question gives #N/A", "[checklist][input]") {
    auto a = answers({"Yes", "Yes", "", "No", "Yes", "Yes"});
    CHECK_THROWS_AS(fitScore(a, nullptr), NotAvailable);
    // Also when it is the last question: a checklist is not a growing table.
    auto last = answers({"Yes", "Yes", "Yes", "No", "Yes", ""});
    CHECK_THROWS_AS(fitScore(last, nullptr), NotAvailable);
    auto w = Range::column({1, 1, 1, 1, 1, 1});
    CHECK_THROWS_AS(fitScore(last, &w), NotAvailable);
    CHECK_THROWS_AS(fitScore(Range(6, 1), nullptr), NotAvailable);
}

TEST_CASE("answers other than yes/no are errors", "[checklist][input]") {
    CHECK_THROWS_AS(fitScore(answers({"Yes", "maybe", "Yes", "No", "Yes", "Yes"}), nullptr), InputError);
    CHECK_THROWS_AS(fitScore(Range::column({1, 2, 0, 0, 0, 0}), nullptr), InputError);
    CHECK_THROWS_AS(fitScore(Range::column({1, 0.5, 0, 0, 0, 0}), nullptr), InputError);
    Range err = answers({"Yes", "Yes", "Yes", "No", "Yes", "Yes"});
    err.setError(3, 0);
    CHECK_THROWS_AS(fitScore(err, nullptr), InputError);
}

TEST_CASE("verdict thresholds", "[checklist][oracle]") {
    CHECK(fitVerdict(5.0 / 6, kDefaultStrong, kDefaultWeak) == "Shared sales force fits");
    CHECK(fitVerdict(1.0, kDefaultStrong, kDefaultWeak) == "Shared sales force fits");
    CHECK(fitVerdict(0.8, kDefaultStrong, kDefaultWeak) == "Fits only with focus levers");
    CHECK(fitVerdict(0.5, kDefaultStrong, kDefaultWeak) == "Fits only with focus levers");
    CHECK(fitVerdict(0.49, kDefaultStrong, kDefaultWeak) == "Synergy is an illusion");
    CHECK(fitVerdict(0.0, kDefaultStrong, kDefaultWeak) == "Synergy is an illusion");
    CHECK(fitVerdict(0.7, 0.7, 0.3) == "Shared sales force fits");
    CHECK_THROWS_AS(fitVerdict(1.2, kDefaultStrong, kDefaultWeak), InputError);
    CHECK_THROWS_AS(fitVerdict(-0.1, kDefaultStrong, kDefaultWeak), InputError);
    CHECK_THROWS_AS(fitVerdict(0.5, 0.3, 0.7), InputError);
}

namespace {
Range profiles(const std::vector<std::vector<std::string>>& rows) {
    Range r(rows.size(), 6);
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t c = 0; c < 6; ++c) r.setText(i, c, rows[i][c]);
    return r;
}
}  // namespace

TEST_CASE("fit matrix compares labels case- and space-insensitively", "[checklist][oracle]") {
    auto p = profiles({
        {"Enterprise", "IT operations", "Data center", "Networking", "Consultative", "Direct"},
        {"enterprise", "IT  Operations", "data center", "Storage", "Transactional", "Partners"},
        {"Healthcare", "Line of business", "Clinical", "Healthcare IT", "Consultative", "Direct"},
    });
    auto m = fitMatrix(p, nullptr);
    REQUIRE(m.size() == 3);
    CHECK(*m[0][0] == 1.0);
    CHECK_THAT(*m[0][1], WithinAbs(3.0 / 6, 1e-12));
    CHECK_THAT(*m[1][0], WithinAbs(3.0 / 6, 1e-12));
    CHECK_THAT(*m[0][2], WithinAbs(2.0 / 6, 1e-12));
    CHECK_THAT(*m[1][2], WithinAbs(0.0, 1e-12));
    auto w = Range::row({1, 1, 1, 1, 4, 0});  // hand: row 0 vs 2 share sales process (4) + route (0) of 8
    auto mw = fitMatrix(p, &w);
    CHECK_THAT(*mw[0][2], WithinAbs(4.0 / 8, 1e-12));
}

TEST_CASE("fit matrix input rules", "[checklist][input]") {
    Range five(2, 5);
    CHECK_THROWS_AS(fitMatrix(five, nullptr), InputError);
    auto p = profiles({{"a", "b", "c", "d", "e", "f"}, {"a", "b", "c", "d", "e", ""}, {"a", "b", "c", "d", "e", "f"}});
    auto m = fitMatrix(p, nullptr);
    CHECK_FALSE(m[0][1].has_value());  // product 2 incomplete: #N/A
    CHECK(*m[1][1] == 1.0);
    CHECK(*m[0][2] == 1.0);
    // Trailing blank products are dropped.
    Range grown(10, 6);
    for (std::size_t c = 0; c < 6; ++c) grown.setText(0, c, "x"), grown.setText(1, c, "x");
    CHECK(fitMatrix(grown, nullptr).size() == 2);
    CHECK_THROWS_AS(fitMatrix(Range(4, 6), nullptr), NotAvailable);
    auto w = Range::row({1, 1, 1});
    CHECK_THROWS_AS(fitMatrix(p, &w), InputError);
}

TEST_CASE("checklist questions", "[checklist]") {
    CHECK(question(1).find("same kind of organization") != std::string::npos);
    CHECK(question(6).find("route") != std::string::npos);
    CHECK_THROWS_AS(question(0), InputError);
    CHECK_THROWS_AS(question(7), InputError);
    CHECK_THROWS_AS(question(2.5), InputError);
}
