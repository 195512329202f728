// The shared input model (input.hpp): ranges, aligned ranges, two-column
// tables, scalar arguments and every DOMAIN.md input rule with its message.
#include "ssf/input.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ssf {

const Cell Range::kBlank{};

namespace {
const std::string kNothing;

// A cell as a number (of a range or a table): anything else is an InputError
// placed at (argument, item), never counted as 0.
double numberIn(const Cell& cell, const char* argument, std::size_t item) {
    if (cell.kind != CellKind::Number || !std::isfinite(cell.number))
        throw InputError(argument, item, notANumber(cell.kind));
    return cell.number;
}
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
    if ((storedCols_ != 0 && storedRows_ > std::numeric_limits<std::size_t>::max() / sizeof(Cell) / storedCols_) ||
        (cols_ != 0 && rows_ > std::numeric_limits<std::size_t>::max() / cols_))
        throw InputError("range too large");
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

std::size_t Range::filledRows() const {
    for (std::size_t r = storedRows_; r > 0; --r)
        for (std::size_t c = 0; c < storedCols_; ++c)
            if (cells_[(r - 1) * storedCols_ + c].kind != CellKind::Blank) return r;
    return 0;
}

std::size_t Range::filledLength() const {
    for (std::size_t i = cells_.size(); i > 0; --i)
        if (cells_[i - 1].kind != CellKind::Blank) return i;
    return 0;
}

// ---- the rules on numbers
const Rule kNotNegative{[](double v) { return v >= 0.0; }, "must not be negative"};
const Rule kPositive{[](double v) { return v > 0.0; }, "must be greater than 0"};
const Rule kFraction{[](double v) { return v >= 0.0 && v <= 1.0; }, "must be within [0, 1]"};
const Rule kMargin{[](double v) { return v >= -1.0 && v <= 1.0; }, "must be within -100% and 100%"};
const Rule kChange{[](double v) { return v >= -1.0; }, "must not be below -100%"};

double requireFinite(double value, const char* argument) {
    if (!std::isfinite(value)) throw InputError(std::string(argument) + " must be a finite number");
    return value;
}

double require(double value, const char* argument, const Rule& rule) {
    if (!rule.holds(requireFinite(value, argument))) throw InputError(std::string(argument) + " " + rule.words);
    return value;
}

double requireItem(double value, const char* argument, std::size_t item, const Rule& rule, const char* noun) {
    if (!rule.holds(value)) throw InputError(argument, item, std::string("a ") + noun + " " + rule.words);
    return value;
}


void requireVector(const Range& range, const char* argument) {
    if (!range.isVector()) throw InputError(std::string(argument) + " must be one row or one column");
}

// ---- aligned ranges
Aligned::Aligned(std::initializer_list<Arg> args) {
    args_.reserve(args.size());
    for (const Arg& a : args)
        if (a.range) args_.push_back(a);  // absent is absent
    std::size_t length = 0;
    bool sawRow = false;
    for (std::size_t i = 0; i < args_.size(); ++i) {
        const Range& r = *args_[i].range;
        requireVector(r, args_[i].name);
        if (i == 0) length = r.length();
        else if (r.length() != length) throw InputError("ranges have different lengths");
        if (!args_[i].optional && r.orientation() == Orientation::Row) sawRow = true;
    }
    orientation_ = sawRow ? Orientation::Row : Orientation::Column;
    for (const Arg& a : args_)
        if (a.optional && a.range->length() > 1 && a.range->orientation() != orientation_)
            throw InputError(std::string(a.name) + (orientation_ == Orientation::Row
                                                        ? " is a column where the other ranges are rows"
                                                        : " is a row where the other ranges are columns"));

    // Trailing rows blank in every range are dropped; any other row must be
    // complete: blank in some ranges only is an error.
    std::size_t rows = 0;
    for (const Arg& a : args_) rows = std::max(rows, a.range->filledLength());
    if (args_.size() > 1) {
        for (std::size_t i = 0; i < rows; ++i) {
            std::size_t blanks = 0;
            for (const Arg& a : args_) blanks += a.range->item(i).kind == CellKind::Blank ? 1 : 0;
            if (blanks != 0 && blanks != args_.size())
                throw InputError("", i, "this row is blank in some ranges only");
        }
    }
    rows_ = rows;
}

void requireRows(std::size_t rows, const char* what) {
    if (rows == 0) throw NotAvailable(std::string("no ") + what);
}

void Aligned::requireRows(const char* what) const { ssf::requireRows(rows_, what); }

const Aligned::Arg& Aligned::argumentOf(const Range& range) const {
    for (const Arg& a : args_)
        if (a.range == &range) return a;
    throw std::logic_error("Aligned: a range that is not one of its arguments");
}

std::vector<double> Aligned::numbers(const Range& range) const {
    const Arg& a = argumentOf(range);
    std::vector<double> out(rows_);
    for (std::size_t k = 0; k < rows_; ++k) out[k] = numberIn(range.item(k), a.name, k);
    return out;
}

std::vector<double> Aligned::numbers(const Range& range, const Rule& rule, const char* noun) const {
    std::vector<double> out = numbers(range);
    const char* name = argumentOf(range).name;
    for (std::size_t k = 0; k < out.size(); ++k) requireItem(out[k], name, k, rule, noun);
    return out;
}

std::vector<double> Aligned::weights(const Range& range) const {
    std::vector<double> w = numbers(range, kNotNegative, "weight");
    double top = 0.0, sum = 0.0;
    for (double x : w) {
        top = std::max(top, x);
        sum += x;
    }
    if (!(top > 0.0)) throw InputError(std::string(argumentOf(range).name) + " must not all be 0");
    if (!std::isfinite(sum))
        for (double& x : w) x /= top;
    return w;
}

// ---- two-column tables
std::vector<TableRow> readTable(const Range& table, const char* argument) {
    if (table.cols() != 2)
        throw InputError(std::string(argument) + " must be one range with two columns side by side");
    const std::size_t rows = table.filledRows();
    if (rows == 0) throw NotAvailable(std::string(argument) + " has no rows");
    auto blank = [&](std::size_t r, std::size_t c) { return table.at(r, c).kind == CellKind::Blank; };
    std::vector<TableRow> out(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        bool b0 = blank(r, 0), b1 = blank(r, 1);
        if (b0 && b1) throw InputError(argument, r, "a blank row inside the table");
        if (b0 || b1) throw InputError(argument, r, "this row is blank in one column only");
        out[r] = TableRow{numberIn(table.at(r, 0), argument, r), numberIn(table.at(r, 1), argument, r)};
    }
    return out;
}

void requireRisingKeys(const std::vector<TableRow>& rows, const char* argument, const char* key) {
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (!(rows[i].key > rows[i - 1].key))
            throw InputError(argument, i, std::string(key) + " must rise strictly from row to row");
}

// ---- scalars and results
double requireNumber(const Scalar& s, const char* what) {
    if (s.kind != Scalar::Kind::Number) throw InputError(std::string(what) + " must be a number");
    return requireFinite(s.number, what);
}

double optionalNumber(const Scalar& s, double fallback, const char* what) {
    if (s.kind == Scalar::Kind::Omitted) return fallback;
    return requireNumber(s, what);
}

double finite(double value) {
    if (!std::isfinite(value)) throw InputError("the result is not a finite number");
    return value == 0.0 ? 0.0 : value;  // never show -0
}

}  // namespace ssf
