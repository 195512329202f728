#include "core_calls.hpp"

#include "ssf/channel.hpp"
#include "ssf/checklist.hpp"
#include "ssf/impact.hpp"
#include "ssf/input.hpp"
#include "ssf/levers.hpp"
#include "ssf/mindshare.hpp"
#include "ssf/risk.hpp"
#include "ssf/why.hpp"

#include <chrono>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <typeinfo>
#include <unordered_set>

namespace fuzz {

namespace {

const ssf::Range kEmpty;

bool negZero(double v) { return v == 0.0 && std::signbit(v); }

// Every stored number of a range, text and blank skipped (raw helpers' input).
std::vector<double> storedNumbers(const ssf::Range& r) {
    std::vector<double> out;
    for (std::size_t i = 0; i < r.storedRows(); ++i)
        for (std::size_t j = 0; j < r.storedCols(); ++j)
            if (r.at(i, j).kind == ssf::CellKind::Number) out.push_back(r.at(i, j).number);
    return out;
}

// Every cell as the accessors show it: consistent kinds, readable texts.
Result walkRange(const ssf::Range& r) {
    if (r.storedRows() > r.rows() || r.storedCols() > r.cols()) fail("Range", "stored block larger than the range");
    if (r.empty() != (r.storedRows() * r.storedCols() == 0)) fail("Range", "empty() disagrees with the stored block");
    double texts = 0;
    for (std::size_t i = 0; i < r.storedRows(); ++i)
        for (std::size_t j = 0; j < r.storedCols(); ++j) {
            const ssf::Cell& c = r.at(i, j);
            switch (c.kind) {
                case ssf::CellKind::Blank:
                case ssf::CellKind::Number:
                case ssf::CellKind::Error: break;
                case ssf::CellKind::Text:
                    if (r.textOf(c).empty()) fail("Range", "a text cell holds \"\" (Calc's blank)");
                    texts += 1;
                    break;
                default: fail("Range", "a cell of unknown kind");
            }
        }
    // Outside the stored block every cell is blank.
    if (r.rows() > r.storedRows() && r.cols() > 0 && r.at(r.rows() - 1, r.cols() - 1).kind != ssf::CellKind::Blank)
        fail("Range", "a cell beyond the stored block is not blank");
    if (r.isVector()) {
        for (std::size_t i = 0; i < r.storedLength(); ++i) (void)r.item(i).kind;
        if (r.length() > r.storedLength() && r.item(r.length() - 1).kind != ssf::CellKind::Blank)
            fail("Range", "an item beyond the stored cells is not blank");
    }
    return texts;
}

Result checkAligned(const char* name, const ssf::Aligned& a, std::size_t n) {
    if (a.rows() > a.range(0).length()) fail(name, "more product rows than cells");
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<double> v = a.numbers(i, "fuzz");
        if (v.size() != a.rows()) fail(name, "numbers() has the wrong length");
        for (double x : v)
            if (!std::isfinite(x)) fail(name, "numbers() let a non-finite value through");
        sum += static_cast<double>(v.size());
    }
    return sum;
}

// Group F's settings from scalars 0-3 (cost_savings, trials, seed, mode).
// Trials are capped at 10,000 here: a million trials of the products an
// input can hold would exceed libFuzzer's 5 s timeout under ASan, and the
// draw limit (kMaxDraws) is a unit test's.
ssf::RiskSettings riskArgs(const Args& a) {
    ssf::RiskSettings s = ssf::riskSettings(a.scalar(0), a.scalar(1), a.scalar(2), a.scalar(3));
    s.trials = std::min<std::size_t>(s.trials, 10000);
    return s;
}

bool isVerdict(const std::string& s) {
    return s == "Shared sales force fits" || s == "Fits only with focus levers" || s == "Synergy is an illusion";
}

const std::vector<Call>& buildCalls() {
    static const std::vector<Call> table = {
        // ---- input.hpp: the shared input model ----
        {"Range(accessors)", +[](const Args& a) -> Result {
             double n = 0;
             for (const auto& r : a.ranges)
                 if (r) n += std::get<double>(walkRange(*r));
             return n;
         }, false},
        {"Aligned(r0)", +[](const Args& a) -> Result {
             ssf::Aligned al{&a.range(0)};
             return checkAligned("Aligned(r0)", al, 1);
         }, false},
        {"Aligned(r0,r1)", +[](const Args& a) -> Result {
             ssf::Aligned al{&a.range(0), &a.range(1)};
             return checkAligned("Aligned(r0,r1)", al, 2);
         }, false},
        {"Aligned(r0..r3)", +[](const Args& a) -> Result {
             ssf::Aligned al{&a.range(0), &a.range(1), &a.range(2), &a.range(3)};
             return checkAligned("Aligned(r0..r3)", al, 4);
         }, false},
        {"Aligned(r0,r1 | r2,r3)", +[](const Args& a) -> Result {
             // Two required ranges, two optional ones: whatever the optional
             // ranges are, a success means they run the way the result does.
             ssf::Aligned al({&a.range(0), &a.range(1), &a.range(2), &a.range(3)}, 2);
             for (std::size_t i = 2; i < 4; ++i)
                 if (al.range(i).length() > 1 && al.range(i).orientation() != al.orientation())
                     fail("Aligned(required 2)", "an optional range runs the other way from the result");
             return checkAligned("Aligned(r0,r1 | r2,r3)", al, 4);
         }, false},
        {"requireNumber", +[](const Args& a) -> Result {
             double v = ssf::requireNumber(a.scalar(0), "fuzz");
             if (!std::isfinite(v)) fail("requireNumber", "returned a non-finite number");
             return v;
         }, false},
        {"optionalNumber", +[](const Args& a) -> Result {
             double v = ssf::optionalNumber(a.scalar(0), 0.25, "fuzz");
             if (!std::isfinite(v)) fail("optionalNumber", "returned a non-finite number");
             return v;
         }, false},
        {"finite", +[](const Args& a) -> Result {
             double v = ssf::finite(a.scalar(0).number);
             if (negZero(v)) fail("finite", "returned -0");
             return v;
         }, false},
        {"requireMargins", +[](const Args& a) -> Result {
             std::vector<double> v = storedNumbers(a.range(0));
             ssf::requireMargins(v, "fuzz");
             for (double x : v)
                 if (!(x >= -1.0 && x <= 1.0)) fail("requireMargins", "accepted a margin outside [-1, 1]");
             return {};
         }, false},
        {"requireChanges", +[](const Args& a) -> Result {
             std::vector<double> v = storedNumbers(a.range(0));
             ssf::requireChanges(v, "fuzz");
             for (double x : v)
                 if (!(x >= -1.0)) fail("requireChanges", "accepted a change below -100%");
             return {};
         }, false},
        {"normalisedWeights", +[](const Args& a) -> Result {
             std::vector<double> v = storedNumbers(a.range(0));
             std::vector<double> w = ssf::normalisedWeights(v, "fuzz");
             if (w.size() != v.size()) fail("normalisedWeights", "wrong length");
             double sum = 0;
             for (double x : w) {
                 if (!(x >= 0.0 && x <= 1.0)) fail("normalisedWeights", "a weight outside [0, 1]");
                 sum += x;
             }
             if (!(std::fabs(sum - 1.0) < 1e-9)) fail("normalisedWeights", "weights do not sum to 1");
             return Matrix{w};
         }, false},
        // ---- why.hpp: SSF_WHY's formula reader on fuzzed formula texts ----
        {"why::findCalls", +[](const Args& a) -> Result {
             // Bounded nesting (no recursion without end), bounded call count,
             // every Call argument's depth within kMaxDepth.
             std::size_t found = 0;
             for (const auto& s : a.scalars) {
                 std::vector<ssf::why::Call> calls = ssf::why::findCalls(s.text, "ORG.SSFCALC.FUNCTIONS.");
                 if (calls.size() > ssf::why::kMaxCalls) fail("why::findCalls", "more calls than kMaxCalls");
                 for (const auto& c : calls) {
                     std::vector<std::pair<const ssf::why::Argument*, std::size_t>> todo;
                     for (const auto& arg : c.args) todo.emplace_back(&arg, 1);
                     while (!todo.empty()) {
                         auto [arg, depth] = todo.back();
                         todo.pop_back();
                         if (depth > ssf::why::kMaxDepth) fail("why::findCalls", "nesting deeper than kMaxDepth");
                         for (const auto& inner : arg->args) todo.emplace_back(&inner, depth + 1);
                     }
                     ssf::why::shown(c.function, 20);
                 }
                 found += calls.size();
             }
             for (const auto& s : a.scalars)
                 if (s.kind == ssf::Scalar::Kind::Number && std::isfinite(s.number) && std::fabs(s.number) < 1e6) {
                     const auto n = static_cast<std::size_t>(std::fabs(s.number));
                     if (ssf::why::cellName(n, n).empty()) fail("why::cellName", "an empty cell name");
                     if (ssf::why::calcError(static_cast<int>(s.number)).empty()) fail("why::calcError", "no meaning");
                 }
             return static_cast<double>(found);
         }, false},
        {"foldLabel", +[](const Args& a) -> Result {
             // A sample is enough (the SSF_* calls fold every text anyway):
             // at most 64 texts, each cut to 4 KiB.
             std::size_t budget = 64;
             auto check = [&](std::string_view t) {
                 if (budget == 0) return;
                 --budget;
                 std::string f = ssf::foldLabel(t.substr(0, 4096));
                 for (char ch : f)
                     if ((ch >= 'A' && ch <= 'Z') || ch == ' ' || ch == '\t')
                         fail("foldLabel", "upper case or a space survived folding");
                 // Folding a folded text changes nothing (NFKC_Casefold is idempotent).
                 if (ssf::foldLabel(f) != f) fail("foldLabel", "folding twice differs from folding once");
             };
             for (const auto& s : a.scalars) check(s.text);
             const ssf::Range& r = a.range(0);
             std::unordered_set<std::uint32_t> seen;  // each stored text once
             for (std::size_t i = 0; i < r.storedRows(); ++i)
                 for (std::size_t j = 0; j < r.storedCols(); ++j)
                     if (r.at(i, j).kind == ssf::CellKind::Text && seen.insert(r.at(i, j).text).second)
                         check(r.textOf(r.at(i, j)));
             return {};
         }, false},

        // ---- impact.hpp: group A ----
        {"readProducts", +[](const Args& a) -> Result {
             ssf::ProductTable t = ssf::readProducts(a.range(0), a.optRange(1), a.range(2), a.optRange(3));
             std::size_t n = t.revenue.size();
             if (n == 0) fail("readProducts", "an empty table was not NotAvailable");
             // margin and new margin: n values each when given (new margin
             // defaults to margin), none when left out.
             const bool hasMargin = a.optRange(1) != nullptr, hasNew = hasMargin || a.optRange(3) != nullptr;
             if (t.change.size() != n || t.margin.size() != (hasMargin ? n : 0) || t.newMargin.size() != (hasNew ? n : 0))
                 fail("readProducts", "columns of different lengths");
             for (std::size_t i = 0; i < n; ++i) {
                 if (!std::isfinite(t.revenue[i]) || !(t.change[i] >= -1.0) || !std::isfinite(t.change[i]))
                     fail("readProducts", "an invalid revenue or change passed");
             }
             for (double m : t.margin)
                 if (!(m >= -1.0 && m <= 1.0)) fail("readProducts", "margin outside [-1, 1]");
             for (double m : t.newMargin)
                 if (!(m >= -1.0 && m <= 1.0)) fail("readProducts", "new margin outside [-1, 1]");
             return static_cast<double>(n);
         }, false},
        {"revImpact", +[](const Args& a) -> Result { return ssf::revImpact(a.range(0), a.range(1)); }, true},
        {"gpDelta", +[](const Args& a) -> Result {
             return ssf::gpDelta(a.range(0), a.range(1), a.range(2), a.optRange(3));
         }, true},
        {"scenario", +[](const Args& a) -> Result {
             Matrix m = ssf::scenario(a.range(0), a.range(1), a.range(2), a.optRange(3));
             if (m.size() < 2) fail("scenario", "no product row and totals row");
             for (const auto& row : m)
                 if (row.size() != ssf::kScenarioColumns) fail("scenario", "a row without six columns");
             return m;
         }, true},
        {"netImpact", +[](const Args& a) -> Result {
             return ssf::netImpact(a.range(0), a.range(1), a.range(2), a.num(0, "cost_savings"));
         }, true},
        {"breakEven", +[](const Args& a) -> Result {
             return ssf::breakEven(a.range(0), a.range(1), a.range(2), a.num(0, "cost_savings"));
         }, true},
        {"volumeEffect", +[](const Args& a) -> Result {
             return ssf::volumeEffect(a.range(0), a.range(1), a.range(2));
         }, true},
        {"mixEffect", +[](const Args& a) -> Result {
             return ssf::mixEffect(a.range(0), a.range(1), a.range(2));
         }, true},

        // ---- checklist.hpp: group B ----
        {"fitScore", +[](const Args& a) -> Result {
             double s = ssf::fitScore(a.range(0), a.optRange(1));
             if (!(s >= 0.0 && s <= 1.0)) fail("fitScore", "score outside [0, 1]");
             return s;
         }, true},
        {"fitVerdict", +[](const Args& a) -> Result {
             std::string v = ssf::fitVerdict(a.num(0, "score"), a.optNum(1, ssf::kDefaultStrong, "strong"),
                                             a.optNum(2, ssf::kDefaultWeak, "weak"));
             if (!isVerdict(v)) fail("fitVerdict", "not one of the three verdicts: " + v);
             return v;
         }, true},
        {"fitMatrix", +[](const Args& a) -> Result {
             ssf::FitMatrix m = ssf::fitMatrix(a.range(0), a.optRange(1));
             const std::size_t n = m.size();
             if (n == 0) fail("fitMatrix", "an empty matrix (must be NotAvailable)");
             for (std::size_t i = 0; i < n; ++i) {
                 if (m[i].size() != n) fail("fitMatrix", "not square");
                 if (!m[i][i] || *m[i][i] != 1.0) fail("fitMatrix", "the diagonal is not 1");
                 for (std::size_t j = 0; j < n; ++j) {
                     if (m[i][j].has_value() != m[j][i].has_value() || (m[i][j] && *m[i][j] != *m[j][i]))
                         fail("fitMatrix", "not symmetric");
                     if (m[i][j] && !(*m[i][j] >= 0.0 && *m[i][j] <= 1.0)) fail("fitMatrix", "a share outside [0, 1]");
                 }
             }
             return m;
         }, true},
        {"question", +[](const Args& a) -> Result {
             const std::string& q = ssf::question(a.num(0, "n"));
             if (q.empty()) fail("question", "empty question text");
             return q;
         }, true},
        {"questionId", +[](const Args& a) -> Result {
             double x = a.scalar(0).number;
             std::size_t n = std::isfinite(x) && x >= 0 && x < 1e18 ? static_cast<std::size_t>(x) : 0;
             const char* id = ssf::questionId(n);
             if (!id || !*id) fail("questionId", "empty id");
             return std::string(id);
         }, false},

        // ---- levers.hpp: group C ----
        {"readTable", +[](const Args& a) -> Result {
             std::vector<ssf::TableRow> t = ssf::readTable(a.range(0), "fuzz");
             if (t.empty()) fail("readTable", "an empty table was not NotAvailable");
             Matrix m;
             for (const auto& row : t) m.push_back({row.key, row.value});
             return m;
         }, false},
        {"quotaCredit", +[](const Args& a) -> Result { return ssf::quotaCredit(a.range(0), a.range(1)); }, true},
        {"attainment", +[](const Args& a) -> Result {
             return ssf::attainment(a.range(0), a.range(1), a.num(0, "quota"), a.optRange(2));
         }, true},
        {"payout", +[](const Args& a) -> Result {
             return ssf::payout(a.num(0, "attainment"), a.num(1, "target_incentive"), a.range(0),
                                a.optNum(2, ssf::kNoCap, "cap"));
         }, true},
        {"commissionMode", +[](const Args& a) -> Result {
             return ssf::commissionMode(a.scalar(1)) == ssf::CommissionMode::Flat ? 1.0 : 0.0;
         }, false},
        {"commission", +[](const Args& a) -> Result {
             double c = ssf::commission(a.num(0, "amount"), a.range(0), ssf::commissionMode(a.scalar(1)));
             if (!(c >= 0.0)) fail("commission", "a negative commission");
             return c;
         }, true},
        {"overlayCost", +[](const Args& a) -> Result { return ssf::overlayCost(a.num(0, "bookings"), a.range(0)); }, true},
        {"spiffRoi", +[](const Args& a) -> Result {
             return ssf::spiffRoi(a.num(0, "incremental_units"), a.num(1, "unit_margin"), a.num(2, "spiff_per_unit"),
                                  a.num(3, "eligible_units"));
         }, true},

        // ---- mindshare.hpp: group D ----
        {"velocity", +[](const Args& a) -> Result {
             double v = ssf::velocity(a.num(0, "opportunities"), a.num(1, "deal_size"), a.num(2, "win_rate"),
                                      a.num(3, "cycle_days"));
             if (!(v >= 0.0)) fail("velocity", "a negative velocity");
             return v;
         }, true},
        {"mindshare", +[](const Args& a) -> Result {
             Matrix m = ssf::mindshare(a.range(0), a.range(1), a.range(2), a.range(3), a.optRange(4), a.optRange(5),
                                       a.optRange(6));
             if (m.empty() || m.front().empty()) fail("mindshare", "an empty result (must be NotAvailable)");
             if (m.size() != 1 && m.front().size() != 1) fail("mindshare", "not one row or one column");
             double sum = 0;
             for (const auto& row : m)
                 for (double x : row) {
                     if (!(x >= 0.0 && x <= 1.0)) fail("mindshare", "a share outside [0, 1]");
                     sum += x;
                 }
             if (!(std::fabs(sum - 1.0) < 1e-9)) fail("mindshare", "shares do not sum to 1");
             return m;
         }, true},
        {"response", +[](const Args& a) -> Result {
             double floor = a.num(1, "floor"), ceiling = a.num(2, "ceiling");
             double r = ssf::response(a.num(0, "effort"), floor, ceiling, a.num(3, "shape"), a.num(4, "scale"));
             double tol = 1e-12 * std::max({1.0, std::fabs(floor), std::fabs(ceiling)});
             if (!(r >= floor - tol && r <= ceiling + tol)) fail("response", "outside [floor, ceiling]");
             return r;
         }, true},
        {"responseFit", +[](const Args& a) -> Result {
             ssf::ResponseFit f = ssf::responseFit(a.num(0, "floor"), a.num(1, "ceiling"), a.num(2, "at150"));
             if (!(f.shape > 0.0 && f.scale > 0.0)) fail("responseFit", "shape or scale not positive");
             return Matrix{{f.shape, f.scale}};
         }, true},

        // ---- channel.hpp: group E ----
        {"partnerScore", +[](const Args& a) -> Result {
             double s = ssf::partnerScore(a.range(0), a.range(1), a.range(2));
             if (!(s >= 0.0 && s <= 100.0 + 1e-9)) fail("partnerScore", "points outside [0, 100]");
             return s;
         }, true},
        {"partnerTier", +[](const Args& a) -> Result {
             std::string t = ssf::partnerTier(a.range(0), a.range(1), a.range(2), a.optNum(0, ssf::kDefaultQualify, "qualify"));
             if (t != "Qualified" && t != "Not qualified") fail("partnerTier", "not a tier: " + t);
             return t;
         }, true},

        // ---- risk.hpp: group F ----
        {"riskSettings", +[](const Args& a) -> Result {
             ssf::RiskSettings s = riskArgs(a);
             if (s.trials < ssf::kMinTrials || s.seed > ssf::kMaxSeed) fail("riskSettings", "a setting out of range");
             return std::monostate{};
         }, false},
        {"tornado", +[](const Args& a) -> Result {
             Matrix m = ssf::tornado(a.range(0), a.range(1), a.range(2), a.range(3), a.range(4),
                                     a.optNum(0, 0.0, "cost_savings"));
             if (m.empty()) fail("tornado", "an empty result (must be NotAvailable)");
             std::vector<bool> seen(m.size(), false);
             for (const auto& row : m) {
                 if (row.size() != ssf::kTornadoColumns) fail("tornado", "a row without four columns");
                 if (!(row[2] >= 0.0)) fail("tornado", "a negative swing");
                 const double rank = row[3];
                 if (!(rank >= 1 && rank <= double(m.size())) || rank != std::floor(rank) || seen[std::size_t(rank) - 1])
                     fail("tornado", "ranks are not 1..n each once");
                 seen[std::size_t(rank) - 1] = true;
             }
             for (const auto& x : m)
                 for (const auto& y : m)
                     if (x[3] < y[3] && x[2] < y[2]) fail("tornado", "a smaller swing ranked above a larger one");
             return m;
         }, true},
        {"risk", +[](const Args& a) -> Result {
             std::vector<double> r = ssf::risk(a.range(0), a.range(1), a.range(2), a.range(3), a.range(4), riskArgs(a));
             if (r.size() != ssf::kRiskColumns) fail("risk", "not six figures");
             if (!(r[1] <= r[2] && r[2] <= r[3])) fail("risk", "P10 <= P50 <= P90 broken");
             if (!(r[4] >= 0.0 && r[4] <= 1.0)) fail("risk", "a probability of a loss outside [0, 1]");
             if (!(r[5] >= 0.0)) fail("risk", "a negative standard deviation");
             return Matrix{r};
         }, true},
        {"riskCurve", +[](const Args& a) -> Result {
             Matrix m = ssf::riskCurve(a.range(0), a.range(1), a.range(2), a.range(3), a.range(4), a.range(5),
                                       riskArgs(a));
             // Quantiles never fall as the probability rises.
             std::vector<double> q;
             for (const auto& row : m) q.insert(q.end(), row.begin(), row.end());
             ssf::Aligned p{&a.range(5)};
             std::vector<double> prob = p.numbers(0, "probabilities");
             if (prob.size() != q.size()) fail("riskCurve", "not one quantile per probability");
             for (std::size_t i = 0; i < q.size(); ++i)
                 for (std::size_t j = 0; j < q.size(); ++j)
                     if (prob[i] < prob[j] && q[i] > q[j]) fail("riskCurve", "a quantile falls as the probability rises");
             return m;
         }, true},
    };
    return table;
}

}  // namespace

const ssf::Range& Args::range(std::size_t i) const {
    return i < ranges.size() && ranges[i] ? *ranges[i] : kEmpty;
}

const ssf::Range* Args::optRange(std::size_t i) const {
    return i < ranges.size() && ranges[i] ? &*ranges[i] : nullptr;
}

const ssf::Scalar& Args::scalar(std::size_t i) const {
    static const ssf::Scalar omitted;
    return i < scalars.size() ? scalars[i] : omitted;
}

double Args::num(std::size_t i, const char* what) const {
    const ssf::Scalar& s = scalar(i);
    return s.kind == ssf::Scalar::Kind::Number ? s.number : ssf::requireNumber(s, what);
}

double Args::optNum(std::size_t i, double fallback, const char* what) const {
    const ssf::Scalar& s = scalar(i);
    return s.kind == ssf::Scalar::Kind::Number ? s.number : ssf::optionalNumber(s, fallback, what);
}

const std::vector<Call>& calls() { return buildCalls(); }

void fail(const char* call, const std::string& why) {
    std::fprintf(stderr, "\n==ssf-fuzz== CONTRACT BROKEN in %s: %s\n", call, why.c_str());
    std::fflush(stderr);
    __builtin_trap();
}

void checkResult(const char* call, const Result& result) {
    if (const double* d = std::get_if<double>(&result)) {
        if (!std::isfinite(*d)) fail(call, "a non-finite number");
    } else if (const Matrix* m = std::get_if<Matrix>(&result)) {
        for (const auto& row : *m) {
            if (row.size() != m->front().size()) fail(call, "a ragged array");
            for (double v : row)
                if (!std::isfinite(v)) fail(call, "a non-finite number in an array");
        }
    } else if (const ssf::FitMatrix* fm = std::get_if<ssf::FitMatrix>(&result)) {
        for (const auto& row : *fm) {
            if (row.size() != fm->front().size()) fail(call, "a ragged array");
            for (const auto& v : row)
                if (v && !std::isfinite(*v)) fail(call, "a non-finite number in an array");
        }
    }
}

namespace {

// SSF_FUZZ_TRACE=1 prints each call's outcome and time (finding slow calls).
struct Trace {
    const char* name;
    const char* outcome = "value";
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    ~Trace() {
        static const bool on = std::getenv("SSF_FUZZ_TRACE") != nullptr;
        if (!on) return;
        auto us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
        std::fprintf(stderr, "ssf-fuzz: %-20s %-12s %10lld us\n", name, outcome, static_cast<long long>(us.count()));
    }
};

}  // namespace

// A placed error (SSF_WHY names its cell) has a reason and says it in what().
void checkPlace(const char* call, const ssf::Place& place, const char* what) {
    if (!place.located()) return;
    if (place.reason().empty()) fail(call, "a placed error without a reason");
    if (ssf::Place::describe(place.argument(), place.item(), place.reason()) != what)
        fail(call, "what() does not say the place");
}

std::optional<Result> runChecked(const Call& call, const Args& args) {
    Trace trace{call.name};
    try {
        Result r = call.run(args);
        checkResult(call.name, r);
        return r;
    } catch (const ssf::InputError& e) {
        trace.outcome = "InputError";
        checkPlace(call.name, e, e.what());
        return std::nullopt;
    } catch (const ssf::NotAvailable& e) {
        trace.outcome = "NotAvailable";
        checkPlace(call.name, e, e.what());
        return std::nullopt;
    } catch (const std::exception& e) {
        fail(call.name, std::string("threw ") + typeid(e).name() + ": " + e.what());
    } catch (...) {
        fail(call.name, "threw a non-standard exception");
    }
}

}  // namespace fuzz
