// fuzz_convert: Calc's UNO argument values -> ssf::uno conversions -> every
// core function -> the result converters, as one add-in call does it.
//
// Input format (fuzz_input.hpp has the helpers):
//   u8  range arguments: count = b % 8, then Any * count
//   u8  scalar arguments: count = b % 7, then Any * count
//                          (readAny below; nested up to depth 3)
//   size rows, size cols   (a declared size for requireReadableSize)
//   the rest: raw result values for number() / matrix() / text() (readResults)
#include "convert.hpp"
#include "core_calls.hpp"
#include "fuzz_input.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/Type.hxx>
#include <com/sun/star/uno/XInterface.hpp>
#include <cppu/unotype.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <string>
#include <typeinfo>

namespace {

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Sequence;
using css::uno::TypeClass;
using rtl::OUString;
using ssf::uno::AnyMatrix;

constexpr int kMaxDepth = 3;
// A repeated-row array stays within what Calc could hand over in one call:
// at most this many cells, and this many UTF-16 units of text counted per
// cell (Calc shares one buffer between equal texts; the harness does too).
constexpr std::size_t kMaxRepeatedCells = std::size_t{1} << 16;
constexpr std::size_t kMaxRepeatedTextUnits = std::size_t{1} << 20;

// Cells and text units of one row, for the budget above.
void measure(const Sequence<Any>& row, std::size_t& cells, std::size_t& units) {
    cells += static_cast<std::size_t>(row.getLength());
    for (const Any& a : row)
        if (a.getValueTypeClass() == TypeClass::TypeClass_STRING)
            units += static_cast<std::size_t>(static_cast<const OUString*>(a.getValue())->getLength());
}

// Runs one conversion under the contract: InputError / NotAvailable pass,
// anything else aborts.
template <class F>
bool contract(const char* name, F&& f) {
    try {
        f();
        return true;
    } catch (const ssf::InputError&) {
        return false;
    } catch (const ssf::NotAvailable&) {
        return false;
    } catch (const css::uno::Exception& e) {
        fuzz::fail(name, "threw a UNO exception: " + ssf::uno::utf8(e.Message));
    } catch (const std::exception& e) {
        fuzz::fail(name, std::string("threw ") + typeid(e).name() + ": " + e.what());
    } catch (...) {
        fuzz::fail(name, "threw a non-standard exception");
    }
}

OUString specialOUString(std::uint8_t i) {
    std::string s = fuzz::specialText(i);
    return rtl::OStringToOUString(rtl::OString(s.data(), static_cast<sal_Int32>(s.size())), RTL_TEXTENCODING_UTF8);
}

Any readAny(fuzz::Reader& in, int depth);

Sequence<Any> readRow(fuzz::Reader& in, int depth) {
    sal_Int32 n = in.u8();
    Sequence<Any> row(n);
    Any* out = row.getArray();
    for (sal_Int32 i = 0; i < n; ++i) out[i] = readAny(in, depth + 1);
    return row;
}

// One UNO value: a tag byte (% 16) and its payload.
//   0 void | 1 double: 8 raw bytes | 2 special double (u8) | 3 double i16/100
//   4 OUString: u8 length + raw UTF-16 units (lone surrogates included)
//   5 special text (u8) | 6 boolean (u8 & 1) | 7 sal_Int32 (4 bytes)
//   8 Sequence<Sequence<Any>>: u8 rows, each u8 length + Any * length (ragged)
//   9 repeated rows: u16 count, one row repeated count times, then one last
//     row (a large rectangular or ragged array from a few bytes)
//   10 Sequence<Any> (one-dimensional): u8 length + Any * length
//   11 Sequence<Sequence<double>>: u8 rows, u8 cols, i16/100 values
//   12 Sequence<OUString>: u8 length + special texts
//   13 another type: u8 % 10 picks sal_Int16, sal_Int64, float, sal_Int8,
//      sal_Unicode, Type, XInterface, sal_uInt32, sal_uInt16, sal_uInt64
//   14 long OUString: u16 length, u16 fill unit
//   15 a 1 x 1 Sequence<Sequence<Any>> holding one Any
// Beyond depth 3 every value is void.
Any readAny(fuzz::Reader& in, int depth) {
    if (depth > kMaxDepth || in.done()) return Any();
    switch (in.u8() % 16) {
        case 0: return Any();
        case 1: return Any(in.f64());
        case 2: return Any(fuzz::specialNumber(in.u8()));
        case 3: return Any(static_cast<std::int16_t>(in.u16()) / 100.0);
        case 4: {
            sal_Int32 n = in.u8();
            std::vector<sal_Unicode> units(1);
            for (sal_Int32 i = 0; i < n; ++i) units.push_back(static_cast<sal_Unicode>(in.u16()));
            return Any(OUString(units.data() + 1, n));
        }
        case 5: return Any(specialOUString(in.u8()));
        case 6: return Any((in.u8() & 1) != 0);
        case 7: return Any(static_cast<sal_Int32>(in.u32()));
        case 8: {
            sal_Int32 rows = in.u8();
            AnyMatrix m(rows);
            for (sal_Int32 r = 0; r < rows; ++r) m.getArray()[r] = readRow(in, depth);
            return Any(m);
        }
        case 9: {
            sal_Int32 count = in.u16();
            Sequence<Any> row = readRow(in, depth);
            Sequence<Any> last = readRow(in, depth);
            std::size_t cells = 0, units = 0;
            measure(row, cells, units);
            cells = std::max<std::size_t>({cells, static_cast<std::size_t>(last.getLength()), 1});
            count = static_cast<sal_Int32>(std::min<std::size_t>(
                {static_cast<std::size_t>(count), kMaxRepeatedCells / cells, kMaxRepeatedTextUnits / std::max<std::size_t>(units, 1)}));
            AnyMatrix m(count + 1);
            for (sal_Int32 r = 0; r < count; ++r) m.getArray()[r] = row;  // shared, reference-counted
            m.getArray()[count] = last;
            return Any(m);
        }
        case 10: return Any(readRow(in, depth));
        case 11: {
            sal_Int32 rows = in.u8(), cols = in.u8();
            Sequence<Sequence<double>> m(rows);
            for (sal_Int32 r = 0; r < rows; ++r) {
                Sequence<double> row(cols);
                for (sal_Int32 c = 0; c < cols; ++c) row.getArray()[c] = static_cast<std::int16_t>(in.u16()) / 100.0;
                m.getArray()[r] = row;
            }
            return Any(m);
        }
        case 12: {
            sal_Int32 n = in.u8();
            Sequence<OUString> s(n);
            for (sal_Int32 i = 0; i < n; ++i) s.getArray()[i] = specialOUString(in.u8());
            return Any(s);
        }
        case 13:
            switch (in.u8() % 10) {
                case 0: return Any(static_cast<sal_Int16>(in.u16()));
                case 1: {
                    sal_Int64 v = static_cast<sal_Int64>(in.u32()) | (static_cast<sal_Int64>(in.u32()) << 32);
                    return Any(v);
                }
                case 2: {
                    std::uint32_t bits = in.u32();
                    float f;
                    std::memcpy(&f, &bits, sizeof f);
                    return Any(f);
                }
                case 3: return Any(static_cast<sal_Int8>(in.u8()));
                case 4: {
                    sal_Unicode c = static_cast<sal_Unicode>(in.u16());
                    return Any(&c, cppu::UnoType<cppu::UnoCharType>::get());
                }
                case 5: return Any(cppu::UnoType<double>::get());
                case 6: return Any(css::uno::Reference<css::uno::XInterface>());
                case 7: return Any(static_cast<sal_uInt32>(in.u32()));
                case 8: {
                    sal_uInt16 v = in.u16();
                    return Any(&v, cppu::UnoType<cppu::UnoUnsignedShortType>::get());
                }
                default: return Any(static_cast<sal_uInt64>(in.u32()) << 20);
            }
        case 14: {
            sal_Int32 n = in.u16();
            sal_Unicode unit = static_cast<sal_Unicode>(in.u16());
            std::vector<sal_Unicode> fill(static_cast<std::size_t>(n) + 1, unit);  // + 1: data() of n = 0
            return Any(OUString(fill.data(), n));
        }
        default: {
            AnyMatrix m(1);
            m.getArray()[0] = Sequence<Any>(1);
            m.getArray()[0].getArray()[0] = readAny(in, depth + 1);
            return Any(m);
        }
    }
}

bool validUtf16(const OUString& s) {
    for (sal_Int32 i = 0; i < s.getLength(); ++i) {
        sal_Unicode c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (i + 1 >= s.getLength() || !(s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)) return false;
            ++i;
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            return false;
        }
    }
    return true;
}

// The cell fromDataArray must make of one element (convert.hpp's rules).
void expectCell(const char* name, const Any& value, const ssf::Range& range, std::size_t r, std::size_t c) {
    const ssf::Cell& cell = range.at(r, c);
    switch (value.getValueTypeClass()) {
        case TypeClass::TypeClass_DOUBLE: {
            double d = *static_cast<const double*>(value.getValue());
            if (cell.kind != ssf::CellKind::Number || !(cell.number == d || (std::isnan(d) && std::isnan(cell.number))))
                fuzz::fail(name, "a number element did not become that number");
            return;
        }
        case TypeClass::TypeClass_BOOLEAN: {
            double d = *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0;
            if (cell.kind != ssf::CellKind::Number || cell.number != d)
                fuzz::fail(name, "a boolean element did not become 1 or 0");
            return;
        }
        case TypeClass::TypeClass_STRING: {
            const OUString& s = *static_cast<const OUString*>(value.getValue());
            if (s.isEmpty()) {
                if (cell.kind != ssf::CellKind::Blank) fuzz::fail(name, "\"\" did not become a blank cell");
                return;
            }
            if (cell.kind != ssf::CellKind::Text) fuzz::fail(name, "a text element did not become a text cell");
            if (range.textOf(cell).empty()) fuzz::fail(name, "a text became \"\"");
            if (validUtf16(s)) {  // then rtl's own converter is the oracle
                rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
                if (range.textOf(cell) != std::string_view(o.getStr(), static_cast<std::size_t>(o.getLength())))
                    fuzz::fail(name, "a text changed");
            }
            return;
        }
        default:
            if (cell.kind != ssf::CellKind::Error) fuzz::fail(name, "a non-cell value did not become an error cell");
            return;
    }
}

// fromDataArray(data) against the element-by-element rules.
void checkDataArray(const char* name, const AnyMatrix& data, const ssf::Range& range, std::size_t rows,
                    std::size_t cols) {
    if (range.rows() != rows || range.cols() != cols) fuzz::fail(name, "the range has the wrong size");
    for (std::size_t r = 0; r < rows && r < static_cast<std::size_t>(data.getLength()); ++r) {
        const Sequence<Any>& row = data[static_cast<sal_Int32>(r)];
        for (std::size_t c = 0; c < cols && c < static_cast<std::size_t>(row.getLength()); ++c)
            expectCell(name, row[static_cast<sal_Int32>(c)], range, r, c);
    }
}

void checkNumberAny(const char* name, const Any& a) {
    if (a.getValueTypeClass() != TypeClass::TypeClass_DOUBLE) fuzz::fail(name, "number() did not give a double");
    double d = *static_cast<const double*>(a.getValue());
    if (!std::isfinite(d) || (d == 0.0 && std::signbit(d)))
        fuzz::fail(name, "number() gave a non-finite number or -0: " + std::to_string(d));
}

bool isNotAvailableCode(const Any& a) {
    if (a.getValueTypeClass() != TypeClass::TypeClass_DOUBLE) return false;
    double d = *static_cast<const double*>(a.getValue()), na = ssf::uno::notAvailableNumber();
    return std::memcmp(&d, &na, sizeof d) == 0;
}

// One array cell against the value the core returned: that number (-0 as 0),
// or #N/A (the error-coded NaN, see convert.hpp) where a value is missing.
void checkCell(const char* name, const Any& cell, double expected) {
    checkNumberAny(name, cell);
    if (*static_cast<const double*>(cell.getValue()) != expected) fuzz::fail(name, "matrix() changed a number");
}
void checkCell(const char* name, const Any& cell, const std::optional<double>& expected) {
    if (expected)
        checkCell(name, cell, *expected);
    else if (!isNotAvailableCode(cell))
        fuzz::fail(name, "matrix() did not give #N/A for a missing value");
}

template <class Rows>
void checkMatrixAny(const char* name, const Rows& rows, const AnyMatrix& m) {
    if (static_cast<std::size_t>(m.getLength()) != rows.size()) fuzz::fail(name, "matrix() changed the row count");
    for (sal_Int32 r = 0; r < m.getLength(); ++r) {
        const auto& want = rows[static_cast<std::size_t>(r)];
        if (static_cast<std::size_t>(m[r].getLength()) != want.size()) fuzz::fail(name, "matrix() changed a row's length");
        for (sal_Int32 c = 0; c < m[r].getLength(); ++c) checkCell(name, m[r][c], want[static_cast<std::size_t>(c)]);
    }
}

// The result converters on one core result, as the add-in method does.
void convertResult(const char* name, const fuzz::Result& result) {
    contract(name, [&] {
        if (const double* d = std::get_if<double>(&result)) {
            checkNumberAny(name, ssf::uno::number(*d));
        } else if (const std::string* s = std::get_if<std::string>(&result)) {
            Any a = ssf::uno::text(*s);
            if (a.getValueTypeClass() != TypeClass::TypeClass_STRING) fuzz::fail(name, "text() did not give a string");
            if (ssf::uno::utf8(*static_cast<const OUString*>(a.getValue())) != *s) fuzz::fail(name, "text() changed the text");
        } else if (const fuzz::Matrix* m = std::get_if<fuzz::Matrix>(&result)) {
            checkMatrixAny(name, *m, ssf::uno::matrix(*m));
        } else if (const ssf::FitMatrix* fm = std::get_if<ssf::FitMatrix>(&result)) {
            checkMatrixAny(name, *fm, ssf::uno::matrix(*fm));
        }
    });
}

// Raw values for the result converters, whatever the core would return.
void readResults(fuzz::Reader& in) {
    std::size_t rows = in.u8() % 9, cols = in.u8() % 9;
    fuzz::Matrix m(rows, std::vector<double>(cols));
    ssf::FitMatrix fm(rows, std::vector<std::optional<double>>(cols));
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) {
            fuzz::CellValue v = fuzz::readCell(in);
            m[r][c] = v.number;
            if (v.kind == ssf::CellKind::Number) fm[r][c] = v.number;
        }
    contract("number()", [&] {
        for (const auto& row : m)
            for (double d : row) checkNumberAny("number()", ssf::uno::number(d));
    });
    contract("matrix(double)", [&] { checkMatrixAny("matrix(double)", m, ssf::uno::matrix(m)); });
    contract("matrix(optional)", [&] { checkMatrixAny("matrix(optional)", fm, ssf::uno::matrix(fm)); });
    contract("notAvailableMatrix", [&] {
        AnyMatrix na = ssf::uno::notAvailableMatrix();
        if (na.getLength() != 1 || na[0].getLength() != 1 || !isNotAvailableCode(na[0][0]))
            fuzz::fail("notAvailableMatrix", "not a 1 x 1 #N/A");
    });
    std::string bytes = in.bytes(in.left());
    contract("text()", [&] {
        Any a = ssf::uno::text(bytes);
        if (a.getValueTypeClass() != TypeClass::TypeClass_STRING) fuzz::fail("text()", "not a string");
        (void)ssf::uno::utf8(*static_cast<const OUString*>(a.getValue()));
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Reader in(data, size);
    std::vector<Any> rangeArgs, scalarArgs;
    for (std::size_t i = 0, n = in.u8() % 8; i < n; ++i) rangeArgs.push_back(readAny(in, 0));
    for (std::size_t i = 0, n = in.u8() % 7; i < n; ++i) scalarArgs.push_back(readAny(in, 0));
    const std::size_t declRows = in.size(fuzz::kSheetRows), declCols = in.size(fuzz::kSheetCols);
    // The read limit: refused exactly above kMaxReadCells cells, never by overflow.
    bool refused = !contract("requireReadableSize", [&] { ssf::uno::requireReadableSize(declRows, declCols); });
    if (refused != (static_cast<unsigned __int128>(declRows) * declCols > ssf::uno::kMaxReadCells))
        fuzz::fail("requireReadableSize", "the limit is not where it says");

    // Every converter on every value; range arguments become the ranges and
    // scalar arguments the scalars of the core calls, as in the add-in.
    fuzz::Args args;
    for (std::size_t k = 0; k < rangeArgs.size() + scalarArgs.size(); ++k) {
        const bool isRange = k < rangeArgs.size();
        const Any& v = isRange ? rangeArgs[k] : scalarArgs[k - rangeArgs.size()];
        AnyMatrix m;
        if (v >>= m) {
            contract("fromDataArray(data)", [&] {
                ssf::Range r = ssf::uno::fromDataArray(m);
                std::size_t cols = 0;
                for (const auto& row : m) cols = std::max<std::size_t>(cols, static_cast<std::size_t>(row.getLength()));
                checkDataArray("fromDataArray(data)", m, r, static_cast<std::size_t>(m.getLength()), cols);
            });
        }
        contract("requiredArray", [&] { (void)ssf::uno::requiredArray(v); });
        if (v.getValueTypeClass() == TypeClass::TypeClass_STRING) {  // as if it were a range's AbsoluteName
            const OUString& name = *static_cast<const OUString*>(v.getValue());
            if (ssf::uno::absoluteNameSpansSheets(name) && name.indexOf('.') == name.lastIndexOf('.'))
                fuzz::fail("absoluteNameSpansSheets", "one sheet part counted as two");
        }
        std::optional<ssf::Range> range;
        contract("optionalArray", [&] {
            range = ssf::uno::optionalArray(v);
            if (range.has_value() != v.hasValue()) fuzz::fail("optionalArray", "void is not 'left out'");
        });
        ssf::Scalar s;
        s.kind = ssf::Scalar::Kind::Error;  // what the add-in shows when scalar() refuses: an error
        contract("scalar", [&] { s = ssf::uno::scalar(v); });
        if (isRange)
            args.ranges.push_back(std::move(range));
        else
            args.scalars.push_back(std::move(s));
    }

    for (const fuzz::Call& call : fuzz::calls()) {
        std::optional<fuzz::Result> result = fuzz::runChecked(call, args);
        if (result && call.spreadsheetFunction) convertResult(call.name, *result);
    }
    readResults(in);
    return 0;
}
