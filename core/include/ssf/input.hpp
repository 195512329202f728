// The shared input model of the ssfcalc core: cells, ranges, every input rule
// of DOMAIN.md (aligned ranges, two-column tables, the rules on numbers, each
// with its one message) and the two outcomes that are not a value (InputError,
// NotAvailable). No UNO or LibreOffice type appears here: the add-in converts
// Calc's arguments into these types, and the tests build them directly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ssf {

// Where an input problem is, for SSF_WHY to name the cell: the argument (its
// Function Wizard name, e.g. "margin"; empty when the place is a row of every
// range) and the item along it (0-based; the row of a two-column table).
// An error without a place has located() false.
class Place {
public:
    Place() = default;
    Place(const std::string& argument, std::size_t item, const std::string& reason);
    bool located() const { return place_ != nullptr; }
    const std::string& argument() const;
    std::size_t item() const;
    // The sentence without the place ("text where a number belongs"), or "".
    const std::string& reason() const;
    // "margin, item 3: <reason>" (or "row 3: <reason>" without an argument).
    static std::string describe(const std::string& argument, std::size_t item, const std::string& reason);

private:
    struct Where {
        std::string argument, reason;
        std::size_t item;
    };
    std::shared_ptr<const Where> place_;  // shared: exceptions are copied
};

// Bad input: shown in the cell as Err:502 (IllegalArgumentException).
class InputError : public std::invalid_argument, public Place {
public:
    using std::invalid_argument::invalid_argument;
    InputError(const std::string& argument, std::size_t item, const std::string& reason)
        : std::invalid_argument(describe(argument, item, reason)), Place(argument, item, reason) {}
};

// A result that cannot be known yet (an unanswered checklist question, an
// empty table): shown in the cell as #N/A (a void Any).
class NotAvailable : public std::runtime_error, public Place {
public:
    using std::runtime_error::runtime_error;
    NotAvailable(const std::string& argument, std::size_t item, const std::string& reason)
        : std::runtime_error(describe(argument, item, reason)), Place(argument, item, reason) {}
};

enum class CellKind : std::uint8_t { Blank, Number, Text, Error };

// 16 bytes: ranges of a million cells are converted on every recalculation,
// so text lives in a side table and a cell only holds its index.
struct Cell {
    double number = 0.0;
    CellKind kind = CellKind::Blank;
    std::uint32_t text = 0;  // index into Range::texts when kind == Text
};

enum class Orientation : std::uint8_t { Column, Row };

// A rectangular block of cells as Calc passed it (row-major).
class Range {
public:
    Range() = default;
    Range(std::size_t rows, std::size_t cols);
    // A range of rows x cols of which only the top-left storedRows x storedCols
    // block is held; every cell outside it is blank. Whole-column references
    // (a million rows) are read this way, cut to the cells that have content.
    Range(std::size_t rows, std::size_t cols, std::size_t storedRows, std::size_t storedCols);

    // Convenience constructors for tests and fuzzers.
    static Range column(std::initializer_list<double> values);
    static Range row(std::initializer_list<double> values);

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    bool empty() const { return cells_.empty(); }

    const Cell& at(std::size_t r, std::size_t c) const {
        return (r < storedRows_ && c < storedCols_) ? cells_[r * storedCols_ + c] : kBlank;
    }
    void setNumber(std::size_t r, std::size_t c, double value);
    void setText(std::size_t r, std::size_t c, std::string text);
    void setError(std::size_t r, std::size_t c);
    void setBlank(std::size_t r, std::size_t c);
    std::string_view textOf(const Cell& cell) const { return texts_[cell.text]; }

    // A vector is one row or one column; a single cell counts as a column.
    bool isVector() const { return rows_ <= 1 || cols_ == 1; }
    Orientation orientation() const {
        return (rows_ == 1 && cols_ > 1) ? Orientation::Row : Orientation::Column;
    }
    std::size_t length() const { return rows_ * cols_; }  // of a vector
    // The i-th cell along a vector.
    const Cell& item(std::size_t i) const { return i < cells_.size() ? cells_[i] : kBlank; }
    // Cells beyond this index along a vector are blank.
    std::size_t storedLength() const { return cells_.size(); }
    // DOMAIN.md: trailing rows blank in every column are dropped (a table that
    // may grow). filledRows() counts the rows of a block up to the last that
    // holds a cell; filledLength() the items of a vector up to the last one.
    std::size_t filledRows() const;
    std::size_t filledLength() const;

    // Raw access for the add-in's tight conversion loop: storedRows x storedCols, row-major.
    Cell* data() { return cells_.data(); }
    std::size_t storedRows() const { return storedRows_; }
    std::size_t storedCols() const { return storedCols_; }
    std::uint32_t addText(std::string text);

private:
    static const Cell kBlank;
    Cell& storedCell(std::size_t r, std::size_t c);

    std::size_t rows_ = 0;
    std::size_t cols_ = 0;
    std::size_t storedRows_ = 0;
    std::size_t storedCols_ = 0;
    std::vector<Cell> cells_;
    std::vector<std::string> texts_;
};

// A DOMAIN.md rule on one number: its test and the words of its message.
// Each is written once (input.cpp) and speaks the same way everywhere: a
// scalar argument that breaks it reads "<argument> <words>" ("quota must be
// greater than 0"), an item of a range "a <noun> <words>" placed at the
// argument and item ("credit_rate, item 2: a credit rate must not be negative").
struct Rule {
    bool (*holds)(double);
    const char* words;
};
extern const Rule kNotNegative;  // >= 0
extern const Rule kPositive;     // > 0
extern const Rule kFraction;     // within [0, 1]
extern const Rule kMargin;       // within [-1, 1]: a margin
extern const Rule kChange;       // >= -1: a change not below -100%

// A scalar number argument: finite ("<argument> must be a finite number"),
// then `rule`. Returns the value.
double requireFinite(double value, const char* argument);
double require(double value, const char* argument, const Rule& rule);
// Item `item` of argument `argument` under `rule` ("a <noun> <words>").
double requireItem(double value, const char* argument, std::size_t item, const Rule& rule, const char* noun);

// A range argument that must be one row or one column (a vector).
void requireVector(const Range& range, const char* argument);
// A table with no rows (yet) is NotAvailable, #N/A: "no <what>" ("no product rows").
void requireRows(std::size_t rows, const char* what);

// Aligned ranges (DOMAIN.md section 3): every range a row or a column of the
// same length; trailing rows blank in every range are dropped; a row blank in
// some ranges but not in others is an InputError. rows() is the number of
// product rows that remain (it may be 0).
//
// Built from the function's range arguments by name, in argument order:
//   Aligned t{{"revenue", &revenue}, {"margin", margin}, {"change", &change},
//             {"new_margin", newMargin, Aligned::kOptional}};
//   std::vector<double> m = t.numbers(*margin, kMargin, "margin");
// A null range is an optional argument left out: absent, neither checked nor
// read. Numbers are read by the range itself, so that every error names the
// argument the range was given as (a range given twice is found as the first).
class Aligned {
public:
    struct Arg {
        Arg(const char* name, const Range* range, bool optional = false)
            : name(name), range(range), optional(optional) {}
        const char* name;    // the Function Wizard's name, e.g. "new_margin"
        const Range* range;  // nullptr: left out
        bool optional;       // kOptional: an optional factor (see below)
    };
    static constexpr bool kOptional = true;

    // The ranges that are not optional set the orientation (a row if any of
    // them is one); an optional range must run the same way unless it is a
    // single cell: a row of factors beside column ranges is an InputError,
    // never silently turned.
    Aligned(std::initializer_list<Arg> args);

    std::size_t rows() const { return rows_; }
    Orientation orientation() const { return orientation_; }
    // requireRows(rows(), what).
    void requireRows(const char* what) const;

    // The numbers of `range` (one of the arguments): text, blank, error or a
    // non-finite number is an InputError at its item, never 0. With a rule,
    // each must keep it ("a <noun> <words>"). A range that is not one of the
    // arguments is a programming error (std::logic_error).
    std::vector<double> numbers(const Range& range) const;
    std::vector<double> numbers(const Range& range, const Rule& rule, const char* noun) const;
    // Weights: each >= 0 ("a weight must not be negative"), not all 0
    // ("<argument> must not all be 0"). Returned as given, or divided by the
    // largest when their sum would overflow (only their ratios matter).
    std::vector<double> weights(const Range& range) const;

private:
    const Arg& argumentOf(const Range& range) const;

    std::vector<Arg> args_;  // the ranges given, in argument order
    std::size_t rows_ = 0;
    Orientation orientation_ = Orientation::Column;
};

// One row of a two-column table: (attainment, pay level) of a pay curve or
// (lower bound, rate) of a rate table.
struct TableRow {
    double key = 0.0;
    double value = 0.0;
};

// A two-column table (DOMAIN.md section 3): N rows x 2 columns of numbers.
// Trailing rows blank in both columns are dropped (a table that may grow); a
// row blank in one column only, a blank row inside the table, text or an
// error cell is an InputError. A table with no rows left is NotAvailable.
std::vector<TableRow> readTable(const Range& table, const char* argument);
// Keys strictly rising from row to row ("<key> must rise strictly ...").
void requireRisingKeys(const std::vector<TableRow>& rows, const char* argument, const char* key);

// Scalar arguments (a number, a text, omitted, or a range where a scalar
// belongs). Omitted means the optional argument was left out.
struct Scalar {
    enum class Kind : std::uint8_t { Omitted, Blank, Number, Text, Error } kind = Kind::Omitted;
    double number = 0.0;
    std::string text;

    static Scalar omitted() { return {}; }
    static Scalar of(double v) { Scalar s; s.kind = Kind::Number; s.number = v; return s; }
    static Scalar ofText(std::string t) { Scalar s; s.kind = Kind::Text; s.text = std::move(t); return s; }
};

// A required number: anything else is an InputError naming `what`.
double requireNumber(const Scalar& s, const char* what);
// An optional number: Omitted gives `fallback`; anything not a number is an InputError.
double optionalNumber(const Scalar& s, double fallback, const char* what);
// Why a cell of this kind is not a usable number ("text where a number belongs").
std::string notANumber(CellKind kind);
// A finite result or an InputError: a non-finite value never reaches a cell.
double finite(double value);

// The key two texts are compared by (labels, answers, modes): Unicode
// NFKC_Casefold (so "Öffentliche Hand" = "öffentliche hand" = its NFD form)
// with every white-space character removed (ASCII, no-break, thin,
// ideographic...). Text that is not valid UTF-8 is compared byte for byte,
// ASCII letters folded. fold.cpp.
std::string foldLabel(std::string_view text);

}  // namespace ssf
