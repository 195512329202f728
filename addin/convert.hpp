// Argument conversion between Calc's UNO values and the core's input model.
// Everything here is pure conversion (no business rule), and everything but
// readRange() runs without an office, so the fuzzers exercise it directly.
#pragma once

#include "ssf/input.hpp"

#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace ssf::uno {

namespace css = com::sun::star;
using AnyMatrix = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// getDataArray() or an `any` array argument -> Range. A void element (an
// error cell) becomes an error cell; "" is blank; anything but a number or a
// text is an error cell; an array whose rows differ in length (never from
// Calc) is an InputError. (readRange converts the same way, into a range of
// its declared size when the data was cut: the missing cells are blank.)
ssf::Range fromDataArray(const AnyMatrix& data);

// A cell reference argument (XCellRange) read from the sheet. References to
// large areas are cut to the rows and columns that have content first; a
// reference through several sheets, or one holding more than kMaxReadCells
// after the cut, is an InputError before anything is read.
ssf::Range readRange(const css::uno::Reference<css::table::XCellRange>& range);

// The most cells one range argument may hold after the cut: 4 full columns.
// getDataArray() costs about 40 bytes and 0.4 us per cell inside Calc before
// the add-in sees one (measured: 4,194,304 cells 1.5 s, +155 MB), and a whole
// sheet with content at both ends would be 1,024 full columns.
constexpr std::size_t kMaxReadCells = std::size_t{1} << 22;
void requireReadableSize(std::size_t rows, std::size_t cols);  // InputError above kMaxReadCells
// Whether a range's AbsoluteName ("$S1.$B$2:$S3.$B$6") names a second sheet.
bool absoluteNameSpansSheets(const rtl::OUString& name);

// Several cell reference arguments of one function. Single columns side by
// side on one sheet with the same rows (the common product table) are read as
// one block: Calc's cost of handing out a range is per row, not per cell.
std::vector<ssf::Range> readRanges(std::initializer_list<css::uno::Reference<css::table::XCellRange>> ranges);

// An `any` argument where a range or an array belongs: a scalar is a 1x1
// range; void (omitted) gives nullopt.
std::optional<ssf::Range> optionalArray(const css::uno::Any& value);
ssf::Range requiredArray(const css::uno::Any& value);

// An `any` argument where one value belongs. A 1x1 array is its element;
// a larger array is an InputError.
ssf::Scalar scalar(const css::uno::Any& value);

// Results. Numbers must be finite (else InputError); an array of optionals
// shows #N/A where a value is missing.
//
// #N/A inside an array: LibreOffice 7.4 shows a void array element as an
// empty cell (which other formulas read as 0: a silent wrong number) and an
// empty array as #VALUE!. Calc encodes an error in a double as a quiet NaN
// whose low 32 bits are the error code; 32767 is #N/A. Measured to show #N/A
// in the cell and through INDEX().
double notAvailableNumber();
AnyMatrix notAvailableMatrix();  // 1 x 1: #N/A
css::uno::Any number(double value);
css::uno::Any text(const std::string& value);
AnyMatrix matrix(const std::vector<std::vector<double>>& rows);
AnyMatrix matrix(const std::vector<std::vector<std::optional<double>>>& rows);

std::string utf8(const rtl::OUString& s);

}  // namespace ssf::uno
