// SSF_WHY: explains in a sentence what another cell's SSF_ function shows.
// It reads that cell's formula, rebuilds each argument of each SSF_ call the
// way Calc passes it, calls the function through UNO reflection (as Calc
// does), and turns the core's reason and place (guard.hpp's lastProblem)
// into a sentence naming the argument and the cell. It never writes to the
// document; the pure half (formula reading, error meanings) is ssf/why.hpp.
#include "functions.hpp"
#include "why_explainer.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/reflection/theCoreReflection.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace ssf::uno {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using rtl::OUString;
using namespace why_detail;

// SSF_WHY cells explained while another is (reading a cell may calculate it).
constexpr int kMaxActive = 4;

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

// Calc's own error in a double (see convert.hpp): the code, or 0.
int errorIn(double v) {
    if (!std::isnan(v)) return 0;
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    return static_cast<int>(bits & 0xFFFF);
}

std::string sheetNameOf(const Reference<css::table::XCellRange>& r) {
    Reference<css::sheet::XSheetCellRange> onSheet(r, UNO_QUERY);
    Reference<css::container::XNamed> named(onSheet.is() ? onSheet->getSpreadsheet() : nullptr, UNO_QUERY);
    return named.is() ? utf8(named->getName()) : std::string();
}

// "gives -4.65", "gives "Qualified"", "gives a block of 6 rows x 6 columns ..."
std::string described(const css::uno::Any& value, std::size_t& rows, std::size_t& cols, std::size_t& notKnown) {
    rows = cols = 1;
    notKnown = 0;
    double d = 0;
    OUString s;
    AnyMatrix block;
    if (value >>= d) return "gives " + number(d);
    if (value >>= s) return "gives \"" + why::shown(utf8(s)) + "\"";
    if (value >>= block) {
        rows = static_cast<std::size_t>(block.getLength());
        cols = rows ? static_cast<std::size_t>(block[0].getLength()) : 0;
        for (const auto& row : block)
            for (const auto& cell : row)
                if ((cell >>= d) && errorIn(d) == 32767) ++notKnown;
        return "gives a block of " + std::to_string(rows) + (rows == 1 ? " row" : " rows") + " x " +
               std::to_string(cols) + (cols == 1 ? " column" : " columns");
    }
    return "gives a value";
}

// Whether the selected block shows all of an array result.
std::string blockFit(const Session& x, const Reference<css::table::XCellRange>& target, bool arrayFormula,
                     std::size_t rows, std::size_t cols) {
    css::table::CellRangeAddress here = addressOf(target);
    const std::string size = std::to_string(rows) + (rows == 1 ? " row x " : " rows x ") + std::to_string(cols) +
                             (cols == 1 ? " column" : " columns");
    auto wanted = [&] {
        return cellName(x, here, here.StartColumn, here.StartRow, here.StartColumn + static_cast<sal_Int32>(cols) - 1,
                      here.StartRow + static_cast<sal_Int32>(rows) - 1);
    };
    if (!arrayFormula)
        return rows * cols > 1 ? " The cell holds it as a plain formula, which shows only the top-left value: select " +
                                     wanted() + " (" + size + ") and press Ctrl+Shift+Enter."
                               : "";
    Reference<css::sheet::XSheetCellRange> onSheet(target, UNO_QUERY);
    Reference<css::sheet::XSheetCellCursor> cursor(x.sheet.is() && onSheet.is() ? x.sheet->createCursorByRange(onSheet)
                                                                                : nullptr);
    if (!cursor.is()) return "";
    cursor->collapseToCurrentArray();
    Reference<css::table::XCellRange> blockRange(cursor, UNO_QUERY);
    css::table::CellRangeAddress b = addressOf(blockRange);
    const auto haveRows = static_cast<std::size_t>(b.EndRow - b.StartRow + 1);
    const auto haveCols = static_cast<std::size_t>(b.EndColumn - b.StartColumn + 1);
    const std::string block = rangeName(x, blockRange) + " (" + std::to_string(haveRows) + " x " + std::to_string(haveCols) + ")";
    here = b;
    if (haveRows < rows || haveCols < cols)
        return " The selected block " + block + " is too small and shows only part of it: select " + wanted() +
               " and enter the formula again with Ctrl+Shift+Enter.";
    if (haveRows > rows || haveCols > cols)
        return " The selected block " + block + " is larger: its cells beyond " + size + " show #N/A.";
    return " The selected block " + block + " fits it.";
}

std::string explain(const Reference<css::table::XCellRange>& target, const Reference<css::beans::XPropertySet>& document,
                    const Reference<css::uno::XComponentContext>& context, const css::uno::Any& self) {
    if (!target.is()) return kWhy + " needs a cell reference, e.g. =" + kWhy + "(F2).";
    Session x;
    x.document = document;
    css::table::CellRangeAddress a = addressOf(target);
    Reference<css::sheet::XSheetCellRange> onSheet(target, UNO_QUERY);
    x.sheet = onSheet.is() ? onSheet->getSpreadsheet() : nullptr;
    x.sheetName = sheetNameOf(target);
    const std::string name = rangeName(x, target);
    const std::size_t cells = static_cast<std::size_t>(a.EndRow - a.StartRow + 1) * static_cast<std::size_t>(a.EndColumn - a.StartColumn + 1);
    if (cells != 1)
        return kWhy + " explains one cell at a time: give it a single cell, not " + name + " (" + std::to_string(cells) +
               " cells).";
    Reference<css::table::XCell> c = target->getCellByPosition(0, 0);
    if (!c.is()) return kWhy + " cannot read cell " + name + ".";
    const css::table::CellContentType type = c->getType();
    if (type == css::table::CellContentType_EMPTY)
        return "Cell " + name + " is blank: " + kWhy + " explains a cell that holds an SSF_ function.";
    if (type != css::table::CellContentType_FORMULA)
        return "Cell " + name + " holds a value, not a formula: " + kWhy + " explains a cell that holds an SSF_ function.";
    const std::string formula = utf8(c->getFormula());
    const int error = static_cast<int>(c->getError());
    std::vector<why::Call> calls = why::findCalls(formula, kPrefix);
    for (const auto& call : calls)
        if (calcName(call.function) == kWhy)
            return "Cell " + name + " holds " + kWhy + " itself: point " + kWhy + " at the cell with the SSF_ function to explain.";
    if (calls.empty())
        return "Cell " + name + " has no SSF_ function" + (error ? ": it shows " + why::calcError(error) : std::string()) + ".";

    x.functions =
        css::reflection::theCoreReflection::get(context)->forName(rtl::OUString::createFromAscii(names::kInterface));
    x.self = self;
    if (!x.functions.is()) return kWhy + " cannot find the ssfcalc functions.";
    std::string fine;
    std::size_t rows = 1, cols = 1, notKnown = 0;
    // An error Calc made itself (not our Err:502 or #N/A) is said first.
    const std::string calcMade = (error && error != 502 && error != 32767)
                                     ? "Cell " + name + " shows " + why::calcError(error) + ". "
                                     : std::string();
    for (const auto& call : calls) {
        Outcome o = evaluate(x, call.function, call.args);
        // (Not when the sentence already says that Calc refused the argument.)
        if (!o.ok) return (o.sentence.find("Calc refuses") == std::string::npos ? calcMade : std::string()) + o.sentence;
        fine += (fine.empty() ? "" : "; ") + calcName(call.function) + " " +
                described(o.value, rows, cols, notKnown);
    }
    std::string out = "No problem: " + fine + ".";
    if (calls.size() == 1 && rows * cols > 1) {
        out += blockFit(x, target, formula.rfind("{=", 0) == 0, rows, cols);
        if (notKnown)
            out += " " + std::to_string(notKnown) + (notKnown == 1 ? " of its cells shows" : " of its cells show") +
                   " #N/A, not known yet (a product whose profile has a blank label).";
    }
    if (error) out += " The cell shows " + why::calcError(error) + ", from the rest of its formula.";
    return out;
}

}  // namespace

Any Functions::why(const CellRange& target, const css::uno::Reference<css::beans::XPropertySet>& document) {
    // Reading a cell may calculate it, and it may hold SSF_WHY: bound the nesting.
    thread_local int active = 0;
    struct Active {
        Active() { ++active; }
        ~Active() { --active; }
    } guard;
    if (active > kMaxActive) return text(kWhy + " is nested too deeply here to explain this cell.");
    const Problem saved = lastProblem();
    std::string sentence;
    try {
        sentence = explain(target, document, context_, Any(Reference<org::ssfcalc::XFunctions>(this)));
    } catch (const std::exception& e) {
        sentence = kWhy + " could not explain this cell: " + e.what() + ".";
    } catch (const css::uno::Exception& e) {
        sentence = kWhy + " could not explain this cell: " + utf8(e.Message) + ".";
    }
    lastProblem() = saved;
    return text(sentence);
}

}  // namespace ssf::uno
