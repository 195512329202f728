#include "ssf/input.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ssf {

const Cell Range::kBlank{};

namespace {
const std::string kNothing;
}  // namespace

Place::Place(const std::string& argument, std::size_t item, const std::string& reason)
    : place_(std::make_shared<const Where>(Where{argument, reason, item})) {}

const std::string& Place::argument() const { return place_ ? place_->argument : kNothing; }
std::size_t Place::item() const { return place_ ? place_->item : 0; }
const std::string& Place::reason() const { return place_ ? place_->reason : kNothing; }

std::string Place::describe(const std::string& argument, std::size_t item, const std::string& reason) {
    return (argument.empty() ? "row " : argument + ", item ") + std::to_string(item + 1) + ": " + reason;
}

// The reason a cell is not a number, in the words SSF_WHY shows.
std::string notANumber(CellKind kind) {
    switch (kind) {
        case CellKind::Text: return "text where a number belongs";
        case CellKind::Blank: return "a blank cell where a number belongs";
        case CellKind::Error: return "an error value where a number belongs";
        case CellKind::Number: break;
    }
    return "not a finite number";
}

Range::Range(std::size_t rows, std::size_t cols) : Range(rows, cols, rows, cols) {}

Range::Range(std::size_t rows, std::size_t cols, std::size_t storedRows, std::size_t storedCols)
    : rows_(rows), cols_(cols), storedRows_(std::min(rows, storedRows)), storedCols_(std::min(cols, storedCols)) {
    // A stored block is at most a sheet (about 17 billion cells would not fit
    // in memory anyway): refuse sizes whose byte count would overflow.
    if (storedCols_ != 0 && storedRows_ > std::numeric_limits<std::size_t>::max() / sizeof(Cell) / storedCols_)
        throw InputError("range too large");
    if (cols_ != 0 && rows_ > std::numeric_limits<std::size_t>::max() / cols_) throw InputError("range too large");
    cells_.resize(storedRows_ * storedCols_);
}

Cell& Range::storedCell(std::size_t r, std::size_t c) {
    if (r >= storedRows_ || c >= storedCols_) throw std::out_of_range("cell outside the stored block");
    return cells_[r * storedCols_ + c];
}

Range Range::column(std::initializer_list<double> values) {
    Range r(values.size(), 1);
    std::size_t i = 0;
    for (double v : values) r.setNumber(i++, 0, v);
    return r;
}

Range Range::row(std::initializer_list<double> values) {
    Range r(1, values.size());
    std::size_t i = 0;
    for (double v : values) r.setNumber(0, i++, v);
    return r;
}

void Range::setNumber(std::size_t r, std::size_t c, double value) {
    Cell& cell = storedCell(r, c);
    cell.kind = CellKind::Number;
    cell.number = value;
}

std::uint32_t Range::addText(std::string text) {
    if (texts_.size() >= std::numeric_limits<std::uint32_t>::max())
        throw InputError("too many text cells");
    texts_.push_back(std::move(text));
    return static_cast<std::uint32_t>(texts_.size() - 1);
}

void Range::setText(std::size_t r, std::size_t c, std::string text) {
    Cell& cell = storedCell(r, c);
    if (text.empty()) {  // Calc hands a blank cell over as "": it is blank
        cell = Cell{};
        return;
    }
    cell.kind = CellKind::Text;
    cell.text = addText(std::move(text));
}

void Range::setError(std::size_t r, std::size_t c) {
    Cell& cell = storedCell(r, c);
    cell = Cell{};
    cell.kind = CellKind::Error;
}

void Range::setBlank(std::size_t r, std::size_t c) { storedCell(r, c) = Cell{}; }

Aligned::Aligned(std::initializer_list<const Range*> ranges, std::size_t required) : ranges_(ranges) {
    required = std::min(required, ranges_.size());
    std::size_t length = 0;
    bool sawRow = false;
    for (std::size_t i = 0; i < ranges_.size(); ++i) {
        const Range* r = ranges_[i];
        if (!r->isVector()) throw InputError("a range must be one row or one column");
        if (i == 0) length = r->length();
        else if (r->length() != length) throw InputError("ranges have different lengths");
        if (i < required && r->orientation() == Orientation::Row) sawRow = true;
    }
    orientation_ = sawRow ? Orientation::Row : Orientation::Column;
    // An omitted factor may stand in as a required range again: not checked.
    auto isRequired = [&](const Range* r) {
        for (std::size_t i = 0; i < required; ++i)
            if (ranges_[i] == r) return true;
        return false;
    };
    for (std::size_t i = required; i < ranges_.size(); ++i) {
        const Range* r = ranges_[i];
        if (r->length() > 1 && r->orientation() != orientation_ && !isRequired(r))
            throw InputError(orientation_ == Orientation::Row
                                 ? "an optional range is a column where the other ranges are rows"
                                 : "an optional range is a row where the other ranges are columns");
    }

    // Drop trailing rows blank in every range (a table that may grow); beyond
    // every range's stored cells all rows are blank by construction.
    std::size_t rows = 0;
    for (const Range* r : ranges_) rows = std::max(rows, std::min(length, r->storedLength()));
    auto blankIn = [](const Range* r, std::size_t i) { return r->item(i).kind == CellKind::Blank; };
    while (rows > 0) {
        bool allBlank = true;
        for (const Range* r : ranges_) allBlank = allBlank && blankIn(r, rows - 1);
        if (!allBlank) break;
        --rows;
    }
    // Any other row must be complete: blank in some ranges only is an error.
    if (ranges_.size() > 1) {
        for (std::size_t i = 0; i < rows; ++i) {
            std::size_t blanks = 0;
            for (const Range* r : ranges_) blanks += blankIn(r, i) ? 1 : 0;
            if (blanks != 0 && blanks != ranges_.size())
                throw InputError("", i, "this row is blank in some ranges only");
        }
    }
    rows_ = rows;
}

std::vector<double> Aligned::numbers(std::size_t i, const char* what) const {
    const Range& r = *ranges_.at(i);
    std::vector<double> out(rows_);
    for (std::size_t k = 0; k < rows_; ++k) {
        const Cell& cell = r.item(k);
        if (cell.kind != CellKind::Number || !std::isfinite(cell.number)) throw InputError(what, k, notANumber(cell.kind));
        out[k] = cell.number;
    }
    return out;
}

double requireNumber(const Scalar& s, const char* what) {
    if (s.kind != Scalar::Kind::Number) throw InputError(std::string(what) + " must be a number");
    if (!std::isfinite(s.number)) throw InputError(std::string(what) + " must be finite");
    return s.number;
}

double optionalNumber(const Scalar& s, double fallback, const char* what) {
    if (s.kind == Scalar::Kind::Omitted) return fallback;
    return requireNumber(s, what);
}

double finite(double value) {
    if (!std::isfinite(value)) throw InputError("the result is not a finite number");
    return value == 0.0 ? 0.0 : value;  // never show -0
}

void requireMargins(const std::vector<double>& margins, const char* what) {
    for (std::size_t i = 0; i < margins.size(); ++i)
        if (!(margins[i] >= -1.0 && margins[i] <= 1.0)) throw InputError(what, i, "a margin must be within -100% and 100%");
}

void requireChanges(const std::vector<double>& changes, const char* what) {
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (!(changes[i] >= -1.0)) throw InputError(what, i, "a change must not be below -100%");
}

std::vector<double> normalisedWeights(const std::vector<double>& weights, const char* what) {
    double sum = 0.0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!(weights[i] >= 0.0)) throw InputError(what, i, "a weight must not be negative");
        sum += weights[i];
    }
    if (!(sum > 0.0) || !std::isfinite(sum)) throw InputError(std::string(what) + " must not all be 0");
    std::vector<double> out(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) out[i] = weights[i] / sum;
    return out;
}

}  // namespace ssf
