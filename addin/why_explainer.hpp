// SSF_WHY's UNO half, part 1: rebuilding an SSF_ call's arguments from the
// sheet the way Calc passes them, calling the function through reflection
// (as Calc does), and putting the core's reason and place into words.
// why_functions.cpp reads the cell and writes the whole sentence.
#pragma once

#include "convert.hpp"
#include "names.hpp"
#include "ssf/why.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/reflection/XIdlClass.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <string>
#include <vector>

namespace ssf::uno::why_detail {

// ODF's prefix of our functions in a formula (the service name, upper-cased).
constexpr const char* kPrefix = names::kFormulaPrefix;
// SSF_WHY's own Calc name, for its sentences.
const std::string kWhy = names::why::kName;

// The catalogue's entry (names.hpp) for a function as a formula writes it
// (ORG.SSFCALC.FUNCTIONS.GPDELTA, in any case), or nullptr.
const names::Function* functionOf(const std::string& written);
// Its Calc name, SSF_GPDELTA; for a function this version does not know,
// SSF_ and the method in capitals (the naming rule the catalogue checks).
std::string calcName(const std::string& written);

std::string upper(std::string s);
css::table::CellRangeAddress addressOf(const css::uno::Reference<css::table::XCellRange>& r);

// What SSF_WHY knows while explaining one cell.
struct Session {
    css::uno::Reference<css::sheet::XSpreadsheet> sheet;  // the explained cell's sheet
    std::string sheetName;
    css::uno::Reference<css::beans::XPropertySet> document;  // the caller; may be null
    css::uno::Reference<css::reflection::XIdlClass> functions;
    css::uno::Any self;  // the Functions object, to call
};

// One evaluated call: a value, or the sentence saying why there is none.
struct Outcome {
    bool ok = false;
    css::uno::Any value;
    std::string sentence;
};

// Calls `function` (as written, e.g. ORG.SSFCALC.FUNCTIONS.GPDELTA) again
// with `args` rebuilt from the sheet; SSF_ calls among them are evaluated first.
Outcome evaluate(const Session& session, const std::string& function, const std::vector<why::Argument>& args);

// "C4:D5", or "Data.C4:D5" on another sheet than the explained cell's.
std::string cellName(const Session& session, const css::table::CellRangeAddress& sheetOf, sal_Int32 col, sal_Int32 row,
                     sal_Int32 col2 = -1, sal_Int32 row2 = -1);
std::string rangeName(const Session& session, const css::uno::Reference<css::table::XCellRange>& r);

}  // namespace ssf::uno::why_detail
