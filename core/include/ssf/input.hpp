// The shared input model of the ssfcalc core: cells, ranges, the aligned-range
// rules of DOMAIN.md and the two outcomes that are not a value (InputError,
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

// Aligned ranges (DOMAIN.md section 3): every range a row or a column of the
// same length; trailing rows blank in every range are dropped; a row blank in
// some ranges but not in others is an InputError. rows() is the number of
// product rows that remain (it may be 0).
class Aligned {
public:
    // The first `required` ranges set the orientation (a row if any of them
    // is one); every range after them (an optional factor) must run the same
    // way unless it is a single cell: a row of factors beside column ranges
    // is an InputError, never silently turned.
    Aligned(std::initializer_list<const Range*> ranges, std::size_t required = SIZE_MAX);

    std::size_t rows() const { return rows_; }
    Orientation orientation() const { return orientation_; }
    const Range& range(std::size_t i) const { return *ranges_[i]; }

    // The i-th range as numbers: text, blank or error cells are InputErrors
    // naming `what` (never counted as 0).
    std::vector<double> numbers(std::size_t i, const char* what) const;

private:
    std::vector<const Range*> ranges_;
    std::size_t rows_ = 0;
    Orientation orientation_ = Orientation::Column;
};

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

// Domain checks shared by the groups.
void requireMargins(const std::vector<double>& margins, const char* what);  // each in [-1, 1]
void requireChanges(const std::vector<double>& changes, const char* what);  // each >= -1
// Weights: each >= 0 and not all 0. Returns them normalised to sum 1.
std::vector<double> normalisedWeights(const std::vector<double>& weights, const char* what);

// The key two texts are compared by (labels, answers, modes): Unicode
// NFKC_Casefold (so "Öffentliche Hand" = "öffentliche hand" = its NFD form)
// with every white-space character removed (ASCII, no-break, thin,
// ideographic...). Text that is not valid UTF-8 is compared byte for byte,
// ASCII letters folded. fold.cpp.
std::string foldLabel(std::string_view text);

}  // namespace ssf
