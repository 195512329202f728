// Reading a recalculated workbook: sheets, error cells, --extract values.
#include "workbook.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/IndexOutOfBoundsException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>

#include "address.hpp"

using namespace css::uno;
using css::table::CellRangeAddress;

namespace ssfb {
namespace {

std::string cellText(const Reference<css::table::XCell>& cell) {
    Reference<css::text::XText> text(cell, UNO_QUERY);
    return text.is() ? toUtf8(text->getString()) : std::string();
}

CellValue readCell(const Reference<css::table::XCell>& cell) {
    CellValue v;
    switch (cell->getType()) {
    case css::table::CellContentType_EMPTY: v.kind = CellValue::Kind::Empty; break;
    case css::table::CellContentType_VALUE:
        v.kind = CellValue::Kind::Number;
        v.number = cell->getValue();
        break;
    case css::table::CellContentType_TEXT:
        v.kind = CellValue::Kind::Text;
        v.text = cellText(cell);
        break;
    default: {  // a formula
        if (cell->getError() != 0) {
            v.kind = CellValue::Kind::Error;
            v.text = cellText(cell);
            break;
        }
        sal_Int32 resultType = css::sheet::FormulaResult::VALUE;
        Reference<css::beans::XPropertySet> ps(cell, UNO_QUERY);
        if (ps.is()) ps->getPropertyValue("FormulaResultType2") >>= resultType;
        if (resultType == css::sheet::FormulaResult::STRING) {
            v.kind = CellValue::Kind::Text;
            v.text = cellText(cell);
        } else {
            v.kind = CellValue::Kind::Number;
            v.number = cell->getValue();
        }
    }
    }
    return v;
}

std::string address(const std::string& sheet, long column, long row) {
    return sheet + "." + columnName(column) + std::to_string(row + 1);
}

}  // namespace

std::string sheetName(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::container::XNamed> named(sheet, UNO_QUERY);
    return named.is() ? toUtf8(named->getName()) : std::string("?");
}

SheetList allSheets(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    SheetList out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out.emplace_back(sheets->getByIndex(i), UNO_QUERY_THROW);
    return out;
}

Sequence<CellRangeAddress> errorRanges(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
    return query->queryFormulaCells(css::sheet::FormulaResult::ERROR)->getRangeAddresses();
}

// Counts every formula cell with an error result; lists the first `samples`.
void scanErrors(const SheetList& sheets, unsigned samples, Row& row) {
    for (const auto& sheet : sheets) {
        Sequence<CellRangeAddress> ranges = errorRanges(sheet);
        if (ranges.getLength() == 0) continue;
        const std::string name = sheetName(sheet);
        for (sal_Int32 i = 0; i < ranges.getLength(); ++i) {
            const CellRangeAddress& a = ranges[i];
            row.errorCells += static_cast<long>(a.EndColumn - a.StartColumn + 1) * (a.EndRow - a.StartRow + 1);
            for (sal_Int32 r = a.StartRow; r <= a.EndRow && row.errors.size() < samples; ++r)
                for (sal_Int32 c = a.StartColumn; c <= a.EndColumn && row.errors.size() < samples; ++c)
                    row.errors.push_back({address(name, c, r), cellText(sheet->getCellByPosition(c, r))});
        }
    }
}

CellValue extract(const Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& spec, Row& row) {
    std::string sheet;
    long column = 0, r = 0;
    Reference<css::container::XNameAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    std::string why;
    if (parseCellAddress(spec, sheet, column, r)) {
        if (sheets->hasByName(fromUtf8(sheet))) {
            Reference<css::sheet::XSpreadsheet> s(sheets->getByName(fromUtf8(sheet)), UNO_QUERY_THROW);
            try {
                return readCell(s->getCellByPosition(column, r));
            } catch (const css::lang::IndexOutOfBoundsException&) {
                // Beyond this office's sheet size (7.4 has 1,024 columns):
                // the workbook's fault is none, the office stays usable.
                row.warnings.push_back("extract " + spec + ": outside the sheet (this LibreOffice's sheets are smaller)");
                return {};
            }
        }
        why = "no sheet '" + sheet + "'";
    }
    Reference<css::beans::XPropertySet> docProps(doc, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> names(docProps->getPropertyValue("NamedRanges"), UNO_QUERY);
    if (names.is() && names->hasByName(fromUtf8(spec))) {
        Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(fromUtf8(spec)), UNO_QUERY);
        Reference<css::table::XCellRange> cells = referrer.is() ? referrer->getReferredCells() : nullptr;
        if (cells.is()) return readCell(cells->getCellByPosition(0, 0));
        row.warnings.push_back("extract " + spec + ": the name is not a cell range");
        return {};
    }
    row.warnings.push_back("extract " + spec + ": not found (" + (why.empty() ? "" : why + ", ") + "no such named range)");
    return {};
}

std::string kindOfDocument(const Reference<css::lang::XComponent>& comp) {
    Reference<css::lang::XServiceInfo> info(comp, UNO_QUERY);
    if (!info.is()) return "an unknown kind of document";
    if (info->supportsService("com.sun.star.text.TextDocument")) return "a text document (Writer)";
    if (info->supportsService("com.sun.star.presentation.PresentationDocument")) return "a presentation (Impress)";
    if (info->supportsService("com.sun.star.drawing.DrawingDocument")) return "a drawing (Draw)";
    if (info->supportsService("com.sun.star.formula.FormulaProperties")) return "a formula (Math)";
    return "an unknown kind of document";
}

}  // namespace ssfb
