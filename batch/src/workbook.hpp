// Reading a recalculated workbook: its sheets, its error cells, the values
// asked for with --extract.
#pragma once
#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>

#include "rollup.hpp"
#include "uno_util.hpp"

namespace ssfb {

using SheetList = std::vector<css::uno::Reference<css::sheet::XSpreadsheet>>;

SheetList allSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);
std::string sheetName(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The formula cells of a sheet whose result is an error.
css::uno::Sequence<css::table::CellRangeAddress> errorRanges(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Counts every formula cell with an error result into row.errorCells and
// lists the first `samples` (Sheet.A1 and the text Calc shows, e.g. #N/A).
void scanErrors(const SheetList& sheets, unsigned samples, Row& row);

// The value of a cell (Sheet.A1) or of a named range's top-left cell; a
// missing one is Kind::Missing with a warning added to the row.
CellValue extract(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const std::string& spec, Row& row);

// "a text document (Writer)" and the like, for "not a spreadsheet" reasons.
std::string kindOfDocument(const css::uno::Reference<css::lang::XComponent>& comp);

}  // namespace ssfb
