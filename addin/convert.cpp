// Argument conversion between Calc's UNO values and the core's input model
// (convert.hpp): reading cell ranges, arrays and scalars, writing results.
#include "convert.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace ssf::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::TypeClass;
using css::uno::UNO_QUERY;
using rtl::OUString;

// UTF-16 -> UTF-8, written out because rtl's converter drops or replaces
// lone surrogates (and a character after them): "\uD800" became "", so a
// text cell looked blank, and different labels became equal. Here a lone
// surrogate is encoded like any other code unit (WTF-8), so every text stays
// non-empty and distinct texts stay distinct. Found by fuzz_convert.
std::string utf8(const OUString& s) {
    const sal_Unicode* p = s.getStr();
    const sal_Int32 n = s.getLength();
    std::string out;
    out.reserve(static_cast<std::size_t>(n));
    for (sal_Int32 i = 0; i < n; ++i) {
        std::uint32_t c = p[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (p[++i] - 0xDC00u);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

namespace {

// Calc hands equal cell texts over as one shared string buffer: a long text
// filled down a column arrives as a million references to one buffer. Copying
// it once per cell took cells x length bytes (gigabytes from a few hundred
// megabytes of sheet; found by fuzz_convert), so long texts are stored once
// per buffer. Short ones are copied: cheaper than the lookup.
class TextCache {
public:
    std::uint32_t add(ssf::Range& range, const OUString& s) {
        if (s.getLength() < kShareFrom) return range.addText(utf8(s));
        auto it = seen_.find(s.pData);
        if (it != seen_.end()) return it->second;
        std::uint32_t index = range.addText(utf8(s));
        seen_.emplace(s.pData, index);
        return index;
    }

private:
    static constexpr sal_Int32 kShareFrom = 64;
    std::unordered_map<const rtl_uString*, std::uint32_t> seen_;
};

void setCell(ssf::Range& range, ssf::Cell& cell, const Any& value, TextCache& texts) {
    switch (value.getValueTypeClass()) {
        case TypeClass::TypeClass_DOUBLE:
            cell.kind = ssf::CellKind::Number;
            cell.number = *static_cast<const double*>(value.getValue());
            return;
        case TypeClass::TypeClass_STRING: {
            const OUString& s = *static_cast<const OUString*>(value.getValue());
            if (s.isEmpty()) return;  // Calc's blank cell
            cell.kind = ssf::CellKind::Text;
            cell.text = texts.add(range, s);
            return;
        }
        case TypeClass::TypeClass_BOOLEAN:
            cell.kind = ssf::CellKind::Number;
            cell.number = *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0;
            return;
        default:  // void: an error cell; any other type is not a cell value
            cell.kind = ssf::CellKind::Error;
            return;
    }
}

}  // namespace

namespace {

// The width of a rectangle of rows. Calc always hands over rectangles; a
// ragged array (a macro's) is refused: padding it would let one long row
// blow up the size of every other.
std::size_t rectangleWidth(const AnyMatrix& data) {
    std::size_t width = data.getLength() ? static_cast<std::size_t>(data[0].getLength()) : 0;
    for (const auto& row : data)
        if (static_cast<std::size_t>(row.getLength()) != width) throw ssf::InputError("the array's rows differ in length");
    return width;
}

// Columns firstCol .. firstCol + cols - 1 of `data` as a range declared
// rows x cols (data beyond what `data` holds is blank).
ssf::Range columnsOf(const AnyMatrix& data, std::size_t rows, std::size_t cols, std::size_t firstCol) {
    std::size_t width = rectangleWidth(data);
    std::size_t storedRows = std::min<std::size_t>(rows, static_cast<std::size_t>(data.getLength()));
    std::size_t storedCols = firstCol < width ? std::min(width - firstCol, cols) : 0;
    ssf::Range range(rows, cols, storedRows, storedCols);
    ssf::Cell* cells = range.data();
    TextCache texts;
    for (std::size_t r = 0; r < storedRows; ++r) {
        const Any* values = data[static_cast<sal_Int32>(r)].getConstArray() + firstCol;
        ssf::Cell* out = cells + r * storedCols;
        for (std::size_t c = 0; c < storedCols; ++c) setCell(range, out[c], values[c], texts);
    }
    return range;
}

}  // namespace

ssf::Range fromDataArray(const AnyMatrix& data) {
    return columnsOf(data, static_cast<std::size_t>(data.getLength()), rectangleWidth(data), 0);
}

// A reference through several sheets ($Sheet1.B2:$Sheet3.B6) arrives as one
// range whose address and data are its first sheet's only: its absolute
// name is the one place the other sheets show, as a second sheet part
// ("$Sheet1.$B$2:$Sheet3.$B$6"; a quoted sheet name may hold dots).
bool absoluteNameSpansSheets(const OUString& name) {
    bool quoted = false;
    int sheetParts = 0;
    for (sal_Int32 i = 0; i < name.getLength(); ++i) {
        if (name[i] == '\'') quoted = !quoted;  // '' inside a quoted name toggles twice
        else if (name[i] == '.' && !quoted) ++sheetParts;
    }
    return sheetParts > 1;
}

void requireReadableSize(std::size_t rows, std::size_t cols) {
    if (cols != 0 && rows > kMaxReadCells / cols)
        throw ssf::InputError("the range has more than 4,194,304 cells with content: select the table only");
}

namespace {

// Reading a range costs time per cell, blank or not: beyond this many cells,
// ask Calc first where the content ends (whole-column references).
constexpr std::size_t kClipAbove = 4096;
// Side-by-side columns are read as one block from this many rows on
// (measured: below it the block's extra calls cost more than they save).
constexpr sal_Int32 kBlockFromRows = 256;

bool spansSheets(const Reference<css::table::XCellRange>& range) {
    Reference<css::beans::XPropertySet> props(range, UNO_QUERY);
    OUString name;
    return props.is() && (props->getPropertyValue("AbsoluteName") >>= name) && absoluteNameSpansSheets(name);
}

css::table::CellRangeAddress rawAddressOf(const Reference<css::table::XCellRange>& range) {
    Reference<css::sheet::XCellRangeAddressable> addressable(range, UNO_QUERY);
    if (!addressable.is()) throw ssf::InputError("a cell reference is missing");
    return addressable->getRangeAddress();
}

// The address of a range argument (one property read more than the raw
// address: about 1 us per argument).
css::table::CellRangeAddress addressOf(const Reference<css::table::XCellRange>& range) {
    if (spansSheets(range))
        throw ssf::InputError("a range through several sheets is not supported: give a range on one sheet");
    return rawAddressOf(range);
}

// What a cell reference holds: its declared size and the data array of its
// top-left part that can have content (whole-column references are cut to
// the sheet's used area: asking a cursor for it is cheap, while reading a
// million blank cells is not).
struct SheetData {
    AnyMatrix data;
    std::size_t rows = 0, cols = 0;
};

SheetData fetch(const Reference<css::table::XCellRange>& range, const css::table::CellRangeAddress& a) {
    Reference<css::sheet::XCellRangeData> data(range, UNO_QUERY);
    if (!data.is()) throw ssf::InputError("not a cell range");
    SheetData out;
    out.rows = static_cast<std::size_t>(a.EndRow - a.StartRow) + 1;
    out.cols = static_cast<std::size_t>(a.EndColumn - a.StartColumn) + 1;
    if (out.rows * out.cols > kClipAbove) {
        Reference<css::sheet::XSheetCellRange> onSheet(range, UNO_QUERY);
        Reference<css::sheet::XSpreadsheet> sheet(onSheet.is() ? onSheet->getSpreadsheet() : nullptr);
        Reference<css::sheet::XSheetCellCursor> cursor(sheet.is() ? sheet->createCursor() : nullptr);
        Reference<css::sheet::XUsedAreaCursor> usedArea(cursor, UNO_QUERY);
        Reference<css::sheet::XCellRangeAddressable> cursorAddress(cursor, UNO_QUERY);
        if (usedArea.is() && cursorAddress.is()) {
            usedArea->gotoEndOfUsedArea(false);
            const css::table::CellRangeAddress end = cursorAddress->getRangeAddress();
            if (end.EndRow < a.StartRow || end.EndColumn < a.StartColumn) return out;  // all blank
            sal_Int32 lastRow = std::min(end.EndRow, a.EndRow) - a.StartRow;
            sal_Int32 lastCol = std::min(end.EndColumn, a.EndColumn) - a.StartColumn;
            requireReadableSize(static_cast<std::size_t>(lastRow) + 1, static_cast<std::size_t>(lastCol) + 1);
            if (static_cast<std::size_t>(lastRow) + 1 < out.rows || static_cast<std::size_t>(lastCol) + 1 < out.cols) {
                data.set(range->getCellRangeByPosition(0, 0, lastCol, lastRow), UNO_QUERY);
                if (!data.is()) throw ssf::InputError("not a cell range");
            }
        } else {
            requireReadableSize(out.rows, out.cols);  // no used area to cut to: never read it all
        }
    }
    out.data = data->getDataArray();
    return out;
}

// `range` read from the sheet, its address `a` already known.
ssf::Range readRangeAt(const Reference<css::table::XCellRange>& range, const css::table::CellRangeAddress& a) {
    SheetData d = fetch(range, a);
    return columnsOf(d.data, d.rows, d.cols, 0);
}

}  // namespace

ssf::Range readRange(const Reference<css::table::XCellRange>& range) { return readRangeAt(range, addressOf(range)); }

std::vector<ssf::Range> readRanges(std::initializer_list<Reference<css::table::XCellRange>> ranges) {
    std::vector<css::table::CellRangeAddress> addresses;
    addresses.reserve(ranges.size());
    for (const auto& range : ranges) addresses.push_back(addressOf(range));
    const css::table::CellRangeAddress& first = addresses.front();
    sal_Int32 minCol = first.StartColumn, maxCol = first.StartColumn;
    bool sideBySide = ranges.size() > 1;
    for (const auto& a : addresses) {
        sideBySide = sideBySide && a.Sheet == first.Sheet && a.StartRow == first.StartRow &&
                     a.EndRow == first.EndRow && a.StartColumn == a.EndColumn;
        minCol = std::min(minCol, a.StartColumn);
        maxCol = std::max(maxCol, a.StartColumn);
    }
    // Read one block unless the columns are far apart (then the block would
    // mostly hold cells nobody asked for).
    sideBySide = sideBySide && static_cast<std::size_t>(maxCol - minCol + 1) <= 2 * ranges.size();
    // For a few rows the block's extra calls cost more than they save.
    sideBySide = sideBySide && first.EndRow - first.StartRow >= kBlockFromRows;
    // A block too large to read whole (long columns far apart) is read per range.
    sideBySide = sideBySide && static_cast<std::size_t>(first.EndRow - first.StartRow + 1) <=
                                   kMaxReadCells / static_cast<std::size_t>(maxCol - minCol + 1);
    std::vector<ssf::Range> out;
    out.reserve(ranges.size());
    if (sideBySide) {  // the sheet is only asked for here: it costs a call on every small read
        Reference<css::sheet::XSheetCellRange> onSheet(*ranges.begin(), UNO_QUERY);
        Reference<css::table::XCellRange> sheet(onSheet.is() ? onSheet->getSpreadsheet() : nullptr, UNO_QUERY);
        if (sheet.is()) {
            // Each column converted straight from the block's data array.
            Reference<css::table::XCellRange> block =
                sheet->getCellRangeByPosition(minCol, first.StartRow, maxCol, first.EndRow);
            SheetData d = fetch(block, rawAddressOf(block));  // our own block: on one sheet
            for (const auto& a : addresses)
                out.push_back(columnsOf(d.data, d.rows, 1, static_cast<std::size_t>(a.StartColumn - minCol)));
            return out;
        }
    }
    std::size_t i = 0;
    for (const auto& range : ranges) out.push_back(readRangeAt(range, addresses[i++]));
    return out;
}

std::optional<ssf::Range> optionalArray(const Any& value) {
    if (!value.hasValue()) return std::nullopt;
    AnyMatrix data;
    if (value >>= data) return fromDataArray(data);
    // A single value (a one-cell reference or a constant) is a 1x1 range.
    ssf::Range one(1, 1);
    TextCache texts;
    setCell(one, *one.data(), value, texts);
    return one;
}

ssf::Range requiredArray(const Any& value) {
    std::optional<ssf::Range> range = optionalArray(value);
    if (!range) throw ssf::InputError("a required range is missing");
    return std::move(*range);
}

ssf::Scalar scalar(const Any& value) {
    ssf::Scalar s;
    switch (value.getValueTypeClass()) {
        case TypeClass::TypeClass_VOID: return s;  // omitted
        case TypeClass::TypeClass_DOUBLE: return ssf::Scalar::of(*static_cast<const double*>(value.getValue()));
        case TypeClass::TypeClass_BOOLEAN:
            return ssf::Scalar::of(*static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0);
        case TypeClass::TypeClass_STRING: {
            const OUString& str = *static_cast<const OUString*>(value.getValue());
            if (str.isEmpty()) {
                s.kind = ssf::Scalar::Kind::Blank;
                return s;
            }
            return ssf::Scalar::ofText(utf8(str));
        }
        case TypeClass::TypeClass_SEQUENCE: {
            ssf::Range range = requiredArray(value);
            if (range.rows() != 1 || range.cols() != 1) throw ssf::InputError("a single value is expected, not a range");
            const ssf::Cell& cell = range.at(0, 0);
            switch (cell.kind) {
                case ssf::CellKind::Number: return ssf::Scalar::of(cell.number);
                case ssf::CellKind::Text: return ssf::Scalar::ofText(std::string(range.textOf(cell)));
                case ssf::CellKind::Blank: s.kind = ssf::Scalar::Kind::Blank; return s;
                case ssf::CellKind::Error: s.kind = ssf::Scalar::Kind::Error; return s;
            }
            return s;
        }
        default:
            s.kind = ssf::Scalar::Kind::Error;
            return s;
    }
}

Any number(double value) { return Any(ssf::finite(value)); }

Any text(const std::string& value) {
    return Any(rtl::OStringToOUString(rtl::OString(value.data(), static_cast<sal_Int32>(value.size())),
                                      RTL_TEXTENCODING_UTF8));
}

namespace {

template <class Row, class Fill>
AnyMatrix toMatrix(const std::vector<Row>& rows, Fill fill) {
    if (rows.size() > static_cast<std::size_t>(std::numeric_limits<sal_Int32>::max()))
        throw ssf::InputError("result too large");
    AnyMatrix out(static_cast<sal_Int32>(rows.size()));
    Sequence<Any>* outRows = out.getArray();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(rows[r].size()));
        Any* cells = row.getArray();
        for (std::size_t c = 0; c < rows[r].size(); ++c) fill(cells[c], rows[r][c]);
        outRows[r] = row;
    }
    return out;
}

}  // namespace

double notAvailableNumber() {
    constexpr std::uint64_t kQuietNaN = 0x7FF8000000000000ULL;
    constexpr std::uint64_t kNotAvailable = 32767;  // FormulaError::NotAvailable
    const std::uint64_t bits = kQuietNaN | kNotAvailable;
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

AnyMatrix notAvailableMatrix() {
    AnyMatrix out(1);
    Sequence<Any> row(1);
    row.getArray()[0] <<= notAvailableNumber();
    out.getArray()[0] = row;
    return out;
}

AnyMatrix matrix(const std::vector<std::vector<double>>& rows) {
    return toMatrix(rows, [](Any& cell, double v) { cell <<= ssf::finite(v); });
}

AnyMatrix matrix(const std::vector<std::vector<std::optional<double>>>& rows) {
    return toMatrix(rows, [](Any& cell, const std::optional<double>& v) {
        cell <<= v ? ssf::finite(*v) : notAvailableNumber();
    });
}

}  // namespace ssf::uno
