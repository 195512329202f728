#include "convert.hpp"

#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <limits>

namespace ssf::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::TypeClass;
using css::uno::UNO_QUERY;
using rtl::OUString;

std::string utf8(const OUString& s) {
    rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

namespace {

void setCell(ssf::Range& range, ssf::Cell& cell, const Any& value) {
    switch (value.getValueTypeClass()) {
        case TypeClass::TypeClass_DOUBLE:
            cell.kind = ssf::CellKind::Number;
            cell.number = *static_cast<const double*>(value.getValue());
            return;
        case TypeClass::TypeClass_STRING: {
            const OUString& s = *static_cast<const OUString*>(value.getValue());
            if (s.isEmpty()) return;  // Calc's blank cell
            cell.kind = ssf::CellKind::Text;
            cell.text = range.addText(utf8(s));
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

ssf::Range fromDataArray(const AnyMatrix& data, std::size_t rows, std::size_t cols) {
    std::size_t storedRows = std::min<std::size_t>(rows, static_cast<std::size_t>(data.getLength()));
    std::size_t storedCols = 0;
    for (const auto& row : data)
        storedCols = std::max<std::size_t>(storedCols, static_cast<std::size_t>(row.getLength()));
    storedCols = std::min(storedCols, cols);
    ssf::Range range(rows, cols, storedRows, storedCols);
    ssf::Cell* cells = range.data();
    for (std::size_t r = 0; r < storedRows; ++r) {
        const Sequence<Any>& row = data[static_cast<sal_Int32>(r)];
        const Any* values = row.getConstArray();
        // A ragged row (never from Calc, possible from a fuzzer) is padded with errors.
        std::size_t have = std::min(storedCols, static_cast<std::size_t>(row.getLength()));
        ssf::Cell* out = cells + r * storedCols;
        for (std::size_t c = 0; c < have; ++c) setCell(range, out[c], values[c]);
        for (std::size_t c = have; c < storedCols; ++c) out[c].kind = ssf::CellKind::Error;
    }
    return range;
}

ssf::Range fromDataArray(const AnyMatrix& data) {
    std::size_t cols = 0;
    for (const auto& row : data) cols = std::max<std::size_t>(cols, static_cast<std::size_t>(row.getLength()));
    return fromDataArray(data, static_cast<std::size_t>(data.getLength()), cols);
}

namespace {

// Reading a range costs time per cell, blank or not: beyond this many cells,
// ask Calc first where the content ends (whole-column references).
constexpr std::size_t kClipAbove = 4096;

}  // namespace

ssf::Range readRange(const Reference<css::table::XCellRange>& range) {
    if (!range.is()) throw ssf::InputError("a cell reference is missing");
    Reference<css::sheet::XCellRangeAddressable> addressable(range, UNO_QUERY);
    Reference<css::sheet::XCellRangeData> data(range, UNO_QUERY);
    if (!addressable.is() || !data.is()) throw ssf::InputError("not a cell range");
    css::table::CellRangeAddress a = addressable->getRangeAddress();
    std::size_t rows = static_cast<std::size_t>(a.EndRow - a.StartRow) + 1;
    std::size_t cols = static_cast<std::size_t>(a.EndColumn - a.StartColumn) + 1;
    if (rows * cols <= kClipAbove) return fromDataArray(data->getDataArray(), rows, cols);

    // Cut to the bounding box of the cells with content inside the range.
    Reference<css::sheet::XCellRangesQuery> query(range, UNO_QUERY);
    if (!query.is()) return fromDataArray(data->getDataArray(), rows, cols);
    using namespace css::sheet::CellFlags;
    Reference<css::sheet::XSheetCellRanges> content =
        query->queryContentCells(static_cast<sal_Int16>(VALUE | DATETIME | STRING | FORMULA));
    sal_Int32 endRow = -1, endCol = -1;
    if (content.is())
        for (const auto& part : content->getRangeAddresses()) {
            endRow = std::max(endRow, part.EndRow);
            endCol = std::max(endCol, part.EndColumn);
        }
    if (endRow < a.StartRow || endCol < a.StartColumn) return ssf::Range(rows, cols, 0, 0);  // all blank
    sal_Int32 lastRow = endRow - a.StartRow, lastCol = endCol - a.StartColumn;
    Reference<css::sheet::XCellRangeData> used(range->getCellRangeByPosition(0, 0, lastCol, lastRow), UNO_QUERY);
    if (!used.is()) throw ssf::InputError("not a cell range");
    return fromDataArray(used->getDataArray(), rows, cols);
}

std::optional<ssf::Range> optionalArray(const Any& value) {
    if (!value.hasValue()) return std::nullopt;
    AnyMatrix data;
    if (value >>= data) return fromDataArray(data);
    // A single value (a one-cell reference or a constant) is a 1x1 range.
    ssf::Range one(1, 1);
    setCell(one, *one.data(), value);
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

AnyMatrix matrix(const std::vector<std::vector<double>>& rows) {
    return toMatrix(rows, [](Any& cell, double v) { cell <<= ssf::finite(v); });
}

AnyMatrix matrix(const std::vector<std::vector<std::optional<double>>>& rows) {
    return toMatrix(rows, [](Any& cell, const std::optional<double>& v) {
        if (v) cell <<= ssf::finite(*v);  // else void: #N/A
    });
}

}  // namespace ssf::uno
