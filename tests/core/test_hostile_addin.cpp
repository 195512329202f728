// Issue 14, findings 2, 3 and 5 (the add-in half), as the core sees them: a
// blank threshold cell (Calc hands it over as 0) must not pass every score,
// an optional factor running the other way from the products is refused,
// and labels compare with Unicode case folding and normalisation.
#include "ssf/channel.hpp"
#include "ssf/checklist.hpp"
#include "ssf/impact.hpp"
#include "ssf/levers.hpp"
#include "ssf/mindshare.hpp"
#include "worked_example.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ssf;
using Catch::Matchers::WithinAbs;

TEST_CASE("a threshold of 0 (a blank cell) is refused, not a verdict for every score", "[hostile][checklist]") {
    // =SSF_FITVERDICT(0.3;Z1;Z2) with Z1, Z2 blank said "Shared sales force fits".
    CHECK_THROWS_AS(fitVerdict(0.3, 0.0, 0.0), InputError);
    CHECK_THROWS_AS(fitVerdict(0.3, kDefaultStrong, 0.0), InputError);
    CHECK_THROWS_AS(fitVerdict(0.3, 0.0, kDefaultWeak), InputError);
    CHECK(fitVerdict(0.3, 0.7, 0.2) == "Fits only with focus levers");  // small thresholds still work
}

TEST_CASE("a qualify bar of 0 (a blank cell) is refused, not Qualified at any score", "[hostile][channel]") {
    auto v = Range::column({0.1, 1, 0.1}), t = Range::column({10, 500, 2}), w = Range::column({50, 30, 20});
    CHECK_THROWS_AS(partnerTier(v, t, w, 0.0), InputError);
    CHECK(partnerTier(v, t, w, 0.5) == "Qualified");  // score 0.5 + 0.06 + 1 = 1.56 points: hand
    CHECK(partnerTier(v, t, w, 2) == "Not qualified");
}

TEST_CASE("mindshare: a row of factors beside column ranges is an error, not a bent result", "[hostile][mindshare]") {
    // {=SSF_MINDSHARE(B2:B4;...;E2:E4;{1;1;2})} showed 0.390625 three times.
    auto opp = Range::column({40, 20, 10}), deal = Range::column({25000, 50000, 100000});
    auto win = Range::column({0.25, 0.20, 0.50}), cycle = Range::column({90, 180, 360});
    auto rowFactor = Range::row({1, 1, 2});
    CHECK_THROWS_AS(mindshare(opp, deal, win, cycle, &rowFactor, nullptr, nullptr), InputError);
    CHECK_THROWS_AS(mindshare(opp, deal, win, cycle, nullptr, nullptr, &rowFactor), InputError);
    // The same factor as a column: attractions 10, 4, 5 (DOMAIN) times 1, 1, 2 -> 10/24, 4/24, 10/24.
    auto colFactor = Range::column({1, 1, 2});
    auto shares = mindshare(opp, deal, win, cycle, nullptr, nullptr, &colFactor);
    REQUIRE(shares.size() == 3);
    CHECK_THAT(shares[2][0], WithinAbs(10.0 / 24, 1e-12));
    // Rows of products take a row of factors.
    auto rows = mindshare(Range::row({40, 20, 10}), Range::row({25000, 50000, 100000}), Range::row({0.25, 0.20, 0.50}),
                          Range::row({90, 180, 360}), nullptr, nullptr, &rowFactor);
    REQUIRE(rows.size() == 1);
    CHECK_THAT(rows[0][2], WithinAbs(10.0 / 24, 1e-12));
}

TEST_CASE("other optional per-product ranges must run the way the products do", "[hostile][input]") {
    auto rowMargins = Range::row({0.5, 0.55, 0.6, 0.75, 0.85});
    CHECK_THROWS_AS(gpDelta(worked::revenue(), worked::margin(), worked::change(), &rowMargins), InputError);
    auto rowMinimum = Range::row({0, 0, 0});
    CHECK_THROWS_AS(attainment(Range::column({100, 50, 20}), Range::column({1, 1.5, 0}), 200, &rowMinimum), InputError);
    // Required ranges may still mix a row and a column (a scalar result has no orientation).
    CHECK_THAT(quotaCredit(Range::row({100, 50, 20}), Range::column({1, 1.5, 0})), WithinAbs(175, 1e-12));
}

namespace {
// Two products whose six labels are `a` and `b`: the fit of the pair.
double fitOf(const std::string& a, const std::string& b) {
    Range p(2, kQuestionCount);
    for (std::size_t c = 0; c < kQuestionCount; ++c) {
        p.setText(0, c, a);
        p.setText(1, c, b);
    }
    auto m = fitMatrix(p, nullptr);
    REQUIRE(m[0][1].has_value());
    return *m[0][1];
}
}  // namespace

TEST_CASE("labels compare with Unicode case folding and normalisation", "[hostile][checklist]") {
    CHECK(fitOf("Öffentliche Hand", "öffentliche hand") == 1.0);
    CHECK(fitOf("ÖFFENTLICHE HAND", "öffentliche hand") == 1.0);
    CHECK(fitOf("Straße", "STRASSE") == 1.0);                                // full case folding: ß = ss
    CHECK(fitOf("Государство", "государство") == 1.0);                       // Cyrillic case pair
    CHECK(fitOf("Sant\xC3\xA9", "Sante\xCC\x81") == 1.0);                    // NFC é vs e + combining acute
    CHECK(fitOf("IT\xE2\x80\x89Operations", "it operations") == 1.0);        // thin space U+2009
    CHECK(fitOf("IT\xE3\x80\x80Operations", "itoperations") == 1.0);         // ideographic space U+3000
    CHECK(fitOf("IT\xC2\xA0Operations", "it operations") == 1.0);            // no-break space
    CHECK(fitOf("Öffentliche Hand", "Offentliche Hand") == 0.0);             // accents still matter
    CHECK(fitOf("Государство", "Gosudarstvo") == 0.0);
}

TEST_CASE("answers and modes fold like labels", "[hostile][checklist][levers]") {
    Range a(6, 1);
    const char* answers[] = {"ＹＥＳ", "Yes", "yes", "YES\xE2\x80\x89", "No", "Yes"};  // fullwidth YES (NFKC), thin space
    for (std::size_t i = 0; i < 6; ++i) a.setText(i, 0, answers[i]);
    CHECK_THAT(fitScore(a, nullptr), WithinAbs(5.0 / 6, 1e-12));
    CHECK(commissionMode(Scalar::ofText("FLAT\xE3\x80\x80")) == CommissionMode::Flat);
}

TEST_CASE("text that is not valid UTF-8 still folds and stays distinct", "[hostile][input]") {
    // Lone surrogates arrive WTF-8 encoded (convert.cpp): a normaliser would make them all U+FFFD.
    CHECK(foldLabel("A\xED\xA0\x80") != foldLabel("A\xED\xA0\x81"));
    CHECK(foldLabel("A\xED\xA0\x80") == foldLabel("a\xED\xA0\x80"));
    CHECK(foldLabel("\xFF Yes") == "\xFFyes");
}
