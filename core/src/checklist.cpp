// Group B of DOMAIN.md (checklist.hpp): the six questions, the fit score,
// its verdict and the fit matrix of product profiles.
#include "ssf/checklist.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace ssf {

namespace {

// The six questions in DOMAIN.md's canonical order (its ids in the comments).
const std::array<std::string, kQuestionCount>& questions() {
    static const std::array<std::string, kQuestionCount> all{{
        // SAME_ORGANIZATION
        "Are both products targeted to the same kind of organization (industry, segment)?",
        // SAME_BUYER
        "Are both products sold to the same buying group and decision-makers?",
        // RELATED_PROBLEMS
        "Do the products solve related problems, as parts of complementary solutions in the same projects?",
        // SHARED_LEARNING
        "Does the same technology and industry knowledge sell both products?",
        // SIMILAR_SALES_PROCESS
        "Are the sales processes similar (not a transactional, price-led sale beside a consultative, ROI-led one)?",
        // SIMILAR_ROUTE_TO_MARKET
        "Do both products go to market by the same route (the same direct reps, partners or integrators)?",
    }};
    return all;
}

// SSF_FITMATRIX's largest product count (a 1024 x 1024 result, about a
// million cells); found by fuzzing (tests/core/test_regressions.cpp).
constexpr std::size_t kMaxFitMatrixProducts = 1024;

// A blank answer: the checklist is incomplete, the score not known yet.
NotAvailable unanswered(std::size_t item) { return NotAvailable("answers", item, "this question is unanswered"); }

// 1 for yes, 0 for no; NotAvailable for a blank; InputError otherwise.
double answerValue(const Range& range, const Cell& cell, std::size_t item) {
    switch (cell.kind) {
        case CellKind::Blank:
            throw unanswered(item);
        case CellKind::Number:
            if (cell.number == 1.0) return 1.0;
            if (cell.number == 0.0) return 0.0;
            break;
        case CellKind::Text: {
            std::string t = foldLabel(range.textOf(cell));
            if (t == "yes" || t == "y" || t == "true") return 1.0;
            if (t == "no" || t == "n" || t == "false") return 0.0;
            break;
        }
        case CellKind::Error:
            break;
    }
    throw InputError("answers", item, "an answer must be Yes/No, TRUE/FALSE or 1/0");
}

}  // namespace

double fitScore(const Range& answers, const Range* weights) {
    requireVector(answers, "answers");
    // Raw weights summed over their total (not pre-normalised): 5 yes of 6
    // must be exactly 5/6, so that a score meets a 5/6 threshold exactly.
    std::vector<double> w;
    std::size_t count = answers.length();
    if (weights) {
        // A weighted question without an answer is unanswered, not a bad row;
        // checked first so that the aligned-row rule does not call it an error.
        std::size_t both = std::min(answers.length(), weights->length());
        for (std::size_t i = 0; i < both; ++i)
            if (answers.item(i).kind == CellKind::Blank && weights->item(i).kind != CellKind::Blank)
                throw unanswered(i);
        // Weights define the checklist's length: rows blank in both are dropped.
        Aligned aligned{{"answers", &answers}, {"weights", weights, Aligned::kOptional}};
        count = aligned.rows();
        w = aligned.weights(*weights);
    } else {
        // Without weights every selected answer counts: a blank one is unanswered.
        w.assign(count, 1.0);
    }
    requireRows(count, "answers");
    double yes = 0.0, total = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        yes += w[i] * answerValue(answers, answers.item(i), i);
        total += w[i];
    }
    return finite(yes / total);
}

std::string fitVerdict(double score, double strong, double weak) {
    require(score, "score", kFraction);
    // A threshold of 0 passes every score: no threshold at all. It is also
    // what Calc hands over for a blank cell, so refusing it keeps a blank
    // threshold cell from turning every verdict into "fits".
    if (!std::isfinite(strong) || !std::isfinite(weak) || !(weak > 0.0))
        throw InputError("thresholds must be above 0 (a blank cell counts as 0)");
    if (weak > strong)
        throw InputError("weak must not be above strong");
    if (score >= strong) return "Shared sales force fits";
    if (score >= weak) return "Fits only with focus levers";
    return "Synergy is an illusion";
}

FitMatrix fitMatrix(const Range& profiles, const Range* weights) {
    const std::size_t attributes = profiles.cols();
    if (attributes != kQuestionCount)
        throw InputError("profiles need six attribute columns, one row per product");
    const std::size_t n = profiles.filledRows();
    requireRows(n, "products");
    // The result has N x N cells: memory and time grow with the square, and
    // 20,000 filled rows would take gigabytes inside the office process.
    if (n > kMaxFitMatrixProducts)
        throw InputError("a fit matrix takes at most " + std::to_string(kMaxFitMatrixProducts) + " products");

    // Shares are sums of raw weights over their total, so that equal
    // profiles score exactly 1 (1/6 summed six times does not).
    std::vector<double> w(attributes, 1.0);
    if (weights) {
        Aligned aligned{{"weights", weights}};
        if (weights->length() != attributes || aligned.rows() != attributes)
            throw InputError("weights need one value per attribute (six)");
        w = aligned.weights(*weights);
    }
    double total = 0.0;
    for (double x : w) total += x;

    // Intern each column's folded labels as small integers, so the N^2
    // comparison is integer work. A product with a blank label is incomplete.
    std::vector<std::uint32_t> ids(n * attributes);
    std::vector<bool> incomplete(n, false);
    for (std::size_t c = 0; c < attributes; ++c) {
        std::unordered_map<std::string, std::uint32_t> seen;
        for (std::size_t r = 0; r < n; ++r) {
            const Cell& cell = profiles.at(r, c);
            std::string label;
            switch (cell.kind) {
                case CellKind::Text: label = foldLabel(profiles.textOf(cell)); break;
                case CellKind::Number: {  // a numeric code is a label too
                    char buf[32];
                    std::snprintf(buf, sizeof buf, "%.17g", cell.number);
                    label = buf;
                    break;
                }
                case CellKind::Blank: incomplete[r] = true; continue;
                case CellKind::Error:
                    throw InputError("profiles", r, "this product's profile holds an error value");
            }
            auto it = seen.emplace(std::move(label), static_cast<std::uint32_t>(seen.size())).first;
            ids[r * attributes + c] = it->second;
        }
    }

    FitMatrix out(n, std::vector<std::optional<double>>(n, 1.0));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (incomplete[i] || incomplete[j]) {
                out[i][j] = out[j][i] = std::nullopt;  // #N/A until the profile is complete
                continue;
            }
            double share = 0.0;
            for (std::size_t c = 0; c < attributes; ++c)
                if (ids[i * attributes + c] == ids[j * attributes + c]) share += w[c];
            out[i][j] = out[j][i] = finite(share / total);
        }
    return out;
}

const std::string& question(double n) {
    if (!(n >= 1.0 && n <= static_cast<double>(kQuestionCount)) || n != std::floor(n))
        throw InputError("n (the question number) must be a whole number from 1 to 6");
    return questions()[static_cast<std::size_t>(n) - 1];
}

}  // namespace ssf
