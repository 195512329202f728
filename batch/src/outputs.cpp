// Writing a recalculated workbook's copies into --out, and the values-only copy.
#include "outputs.hpp"

#include <filesystem>

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "fsutil.hpp"
#include "safefs.hpp"

namespace fs = std::filesystem;
using namespace css::uno;
using css::beans::PropertyValue;
using css::table::CellRangeAddress;

namespace ssfb {
namespace {

std::string safeFileName(const std::string& s) {
    std::string out;
    for (unsigned char c : s) out += (c < 0x20 || c == '/' || c == '\\') ? '_' : static_cast<char>(c);
    return out.empty() ? "_" : out;
}

// CSV: comma, double quote, UTF-8, from line 1, default cell format,
// language default, quoted text not forced, numbers detected, contents as
// shown, no formulas, spaces kept, then token 12: the sheet (1-based).
std::string csvOptions(std::size_t sheetNumber) {
    return "44,34,76,1,,0,false,true,true,false,false," + std::to_string(sheetNumber);
}

}  // namespace

OutputWriter::OutputWriter(const Reference<css::frame::XStorable>& storable, const Options& opt, const Corpus& corpus,
                           const Workspace& ws, OutputClaims& claims, const std::string& stage, const Document& doc,
                           Row& row, const std::string& prefix)
    : storable_(storable), opt_(opt), corpus_(corpus), ws_(ws), claims_(claims), stage_(stage), doc_(doc), row_(row),
      prefix_(prefix) {}

bool OutputWriter::write(const char* filter, const std::string& filterOptions, const std::string& suffix) {
    const std::string rel = fitName(doc_.stem, suffix);
    const std::string final = (fs::path(opt_.outDir) / rel).string();
    // Each output is stored into an empty folder of its own: the CSV
    // filter, given a sheet number, names its file after the sheet
    // (out-Sheet1.csv), so we take whatever single file appears there.
    const std::string folder = stage_ + "/" + prefix_ + "out-" + std::to_string(count_++);
    const std::string staged = folder + "/out" + fs::path(suffix).extension().string();
    if (isInput(corpus_, final)) return fail("refusing to write " + rel + ": it is one of the inputs");
    if (std::string why = claims_.claim(rel, doc_.path); !why.empty()) return fail("refusing to write " + rel + ": " + why);
    try {
        ws_.makeDir(folder, DirOwner::Office);
    } catch (const std::exception& e) {
        return fail(std::string("cannot prepare a staging folder: ") + e.what());
    }
    try {
        Sequence<PropertyValue> args = filterOptions.empty()
            ? props(prop("FilterName", Any(OUString::createFromAscii(filter))), prop("Overwrite", Any(true)))
            : props(prop("FilterName", Any(OUString::createFromAscii(filter))), prop("Overwrite", Any(true)),
                    prop("FilterOptions", Any(fromUtf8(filterOptions))));
        storable_->storeToURL(fileUrl(staged), args);
    } catch (const css::lang::DisposedException&) {
        throw;
    } catch (const Exception& e) {
        return fail("recalculated, but LibreOffice could not write " + rel + ": " + describe(e));
    }
    try {
        // The office's folder: read without following what it may hold.
        UniqueFd produced = openOfficeOutput(folder, ws_.identity);
        installFromFd(produced.get(), final, claims_.mayReplace(rel));
        removeTree(folder);
    } catch (const FileExists&) {
        return fail("not written: " + rel + " already exists in the output folder and an earlier ssf-batch run "
                    "did not write it (it is not in the rollup.json there); ssf-batch never overwrites other files");
    } catch (const std::exception& e) {
        return fail("recalculated, but " + rel + " could not be written: " + e.what());
    }
    row_.outputs.push_back(rel);
    return true;
}

void OutputWriter::writeFormats(const SheetList& sheets) {
    for (const auto& format : opt_.formats) {
        if (format == "ods")
            write("calc8", "", ".ods");
        else if (format == "xlsx")
            write("Calc MS Excel 2007 XML", "", ".xlsx");
        else if (format == "pdf")
            write("calc_pdf_Export", "", ".pdf");
        else if (format == "csv")
            for (std::size_t s = 0; s < sheets.size(); ++s)
                write("Text - txt - csv (StarCalc)", csvOptions(s + 1), "-" + safeFileName(sheetName(sheets[s])) + ".csv");
    }
}

bool OutputWriter::fail(const std::string& why) {
    row_.ok = false;
    if (row_.reason.empty()) row_.reason = why;
    return false;
}

void replaceFormulasByValues(const Reference<css::sheet::XSpreadsheetDocument>& doc, const SheetList& sheets) {
    Reference<css::sheet::XCalculatable> calc(doc, UNO_QUERY_THROW);
    calc->enableAutomaticCalculation(false);  // nothing may change while we copy
    struct Block {
        Reference<css::sheet::XCellRangeData> range;
        Sequence<Sequence<Any>> data;
    };
    struct ErrorText {
        Reference<css::table::XCell> cell;
        OUString text;
    };
    std::vector<Block> blocks;
    std::vector<ErrorText> errors;
    for (const auto& sheet : sheets) {
        Sequence<CellRangeAddress> errs = errorRanges(sheet);
        for (sal_Int32 i = 0; i < errs.getLength(); ++i)
            for (sal_Int32 r = errs[i].StartRow; r <= errs[i].EndRow; ++r)
                for (sal_Int32 c = errs[i].StartColumn; c <= errs[i].EndColumn; ++c) {
                    Reference<css::table::XCell> cell = sheet->getCellByPosition(c, r);
                    Reference<css::text::XText> t(cell, UNO_QUERY_THROW);
                    errors.push_back({cell, t->getString()});
                }
        Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
        Sequence<CellRangeAddress> formulas =
            query->queryContentCells(css::sheet::CellFlags::FORMULA)->getRangeAddresses();
        for (sal_Int32 i = 0; i < formulas.getLength(); ++i) {
            const CellRangeAddress& a = formulas[i];
            Reference<css::sheet::XCellRangeData> range(
                sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow), UNO_QUERY_THROW);
            blocks.push_back({range, range->getDataArray()});
        }
    }
    for (auto& b : blocks) b.range->setDataArray(b.data);
    for (auto& e : errors) Reference<css::text::XText>(e.cell, UNO_QUERY_THROW)->setString(e.text);
}

}  // namespace ssfb
