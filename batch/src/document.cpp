#include "document.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/CloseVetoException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <rtl/ref.hxx>

#include "fsutil.hpp"
#include "interaction.hpp"

namespace fs = std::filesystem;
using namespace css::uno;
using css::beans::PropertyValue;
using css::table::CellRangeAddress;

namespace ssfb {
namespace {

PropertyValue prop(const char* name, const Any& value) {
    PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

template <class... P>
Sequence<PropertyValue> props(const P&... ps) {
    const PropertyValue all[] = {ps...};
    return Sequence<PropertyValue>(all, static_cast<sal_Int32>(sizeof...(ps)));
}

// Closes the document whatever happens (close(true) hands ownership to the
// office; a veto or a dead bridge is not our concern any more).
class DocumentCloser {
public:
    explicit DocumentCloser(Reference<css::lang::XComponent> doc) : doc_(std::move(doc)) {}
    ~DocumentCloser() {
        try {
            Reference<css::util::XCloseable> closeable(doc_, UNO_QUERY);
            if (closeable.is())
                closeable->close(true);
            else if (doc_.is())
                doc_->dispose();
        } catch (...) {
        }
    }

private:
    Reference<css::lang::XComponent> doc_;
};

// The staged copy of one document and what LibreOffice wrote for it.
class StageFolder {
public:
    StageFolder(const Workspace& ws, const std::string& dir) : dir_(dir) { ws.makeOfficeDir(dir); }
    ~StageFolder() { removeTree(dir_); }
    const std::string& path() const { return dir_; }

private:
    std::string dir_;
};

std::string kindOfDocument(const Reference<css::lang::XComponent>& comp) {
    Reference<css::lang::XServiceInfo> info(comp, UNO_QUERY);
    if (!info.is()) return "an unknown kind of document";
    if (info->supportsService("com.sun.star.text.TextDocument")) return "a text document (Writer)";
    if (info->supportsService("com.sun.star.presentation.PresentationDocument")) return "a presentation (Impress)";
    if (info->supportsService("com.sun.star.drawing.DrawingDocument")) return "a drawing (Draw)";
    if (info->supportsService("com.sun.star.formula.FormulaProperties")) return "a formula (Math)";
    return "an unknown kind of document";
}

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

std::string sheetName(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::container::XNamed> named(sheet, UNO_QUERY);
    return named.is() ? toUtf8(named->getName()) : std::string("?");
}

std::string address(const std::string& sheet, long column, long row) {
    return sheet + "." + columnName(column) + std::to_string(row + 1);
}

std::vector<Reference<css::sheet::XSpreadsheet>> allSheets(const Reference<css::sheet::XSpreadsheetDocument>& doc) {
    Reference<css::container::XIndexAccess> sheets(doc->getSheets(), UNO_QUERY_THROW);
    std::vector<Reference<css::sheet::XSpreadsheet>> out;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out.emplace_back(sheets->getByIndex(i), UNO_QUERY_THROW);
    return out;
}

Sequence<CellRangeAddress> errorRanges(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XCellRangesQuery> query(sheet, UNO_QUERY_THROW);
    return query->queryFormulaCells(css::sheet::FormulaResult::ERROR)->getRangeAddresses();
}

// Counts every formula cell with an error result; lists the first `samples`.
void scanErrors(const std::vector<Reference<css::sheet::XSpreadsheet>>& sheets, unsigned samples, Row& row) {
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
            return readCell(s->getCellByPosition(column, r));
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

std::string safeFileName(const std::string& s) {
    std::string out;
    for (unsigned char c : s) out += (c < 0x20 || c == '/' || c == '\\') ? '_' : static_cast<char>(c);
    return out.empty() ? "_" : out;
}

class OutputWriter {
public:
    OutputWriter(const Reference<css::frame::XStorable>& storable, const Options& opt, const Corpus& corpus,
                 const Workspace& ws, const std::string& stage, const Document& doc, Row& row,
                 const std::string& prefix = "")
        : storable_(storable), opt_(opt), corpus_(corpus), ws_(ws), stage_(stage), doc_(doc), row_(row),
          prefix_(prefix) {}

    // Stores through `filter` into the stage, then moves the result to
    // DIR/<stem><suffix> atomically. Returns false (row failed) on error.
    bool write(const char* filter, const std::string& filterOptions, const std::string& suffix) {
        const std::string rel = doc_.stem + suffix;
        const std::string final = (fs::path(opt_.outDir) / rel).string();
        // Each output is stored into an empty folder of its own: the CSV
        // filter, given a sheet number, names its file after the sheet
        // (out-Sheet1.csv), so we take whatever single file appears there.
        const std::string folder = stage_ + "/" + prefix_ + "out-" + std::to_string(count_++);
        std::string staged = folder + "/out" + fs::path(suffix).extension().string();
        if (isInput(corpus_, final)) return fail("refusing to write " + rel + ": it is one of the inputs");
        try {
            ws_.makeOfficeDir(folder);
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
            std::vector<std::string> produced;
            for (const auto& e : fs::directory_iterator(folder)) produced.push_back(e.path().string());
            if (produced.size() != 1)
                return fail("recalculated, but LibreOffice wrote " + std::to_string(produced.size()) + " files for " + rel);
            staged = produced.front();
            installAtomically(staged, final);
            removeTree(folder);
        } catch (const std::exception& e) {
            return fail("recalculated, but " + rel + " could not be written: " + e.what());
        }
        row_.outputs.push_back(rel);
        return true;
    }

private:
    bool fail(const std::string& why) {
        row_.ok = false;
        if (row_.reason.empty()) row_.reason = why;
        return false;
    }
    Reference<css::frame::XStorable> storable_;
    const Options& opt_;
    const Corpus& corpus_;
    const Workspace& ws_;
    std::string stage_;
    const Document& doc_;
    Row& row_;
    std::string prefix_;
    int count_ = 0;
};

// CSV: comma, double quote, UTF-8, from line 1, default cell format,
// language default, quoted text not forced, numbers detected, contents as
// shown, no formulas, spaces kept, then token 12: the sheet (1-based).
std::string csvOptions(std::size_t sheetNumber) {
    return "44,34,76,1,,0,false,true,true,false,false," + std::to_string(sheetNumber);
}

// Replaces every formula by its current value; error results become their
// text (#N/A), so the copy shows what the recalculated workbook showed.
void replaceFormulasByValues(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                             const std::vector<Reference<css::sheet::XSpreadsheet>>& sheets) {
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

}  // namespace

Row processDocument(Office& office, const Document& doc, const Options& opt, const Corpus& corpus,
                    const Workspace& ws, unsigned long sequence) {
    Row row;
    row.path = doc.path;
    row.values.resize(opt.extracts.size());
    if (!doc.problem.empty()) {
        row.reason = doc.problem;
        return row;
    }

    // What LibreOffice would turn into a vague error (or, for an empty file,
    // into a new empty document) is checked here.
    struct stat sb;
    if (::stat(doc.path.c_str(), &sb) != 0) {
        row.reason = std::string("cannot read: ") + std::strerror(errno);
        return row;
    }
    if (!S_ISREG(sb.st_mode)) {
        row.reason = "not a regular file";
        return row;
    }
    if (sb.st_size == 0) {
        row.reason = "empty file (0 bytes): nothing to recalculate; the file was probably cut short when it was copied";
        return row;
    }
    int probe = ::open(doc.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (probe < 0) {
        row.reason = std::string("cannot read: ") + std::strerror(errno);
        return row;
    }
    ::close(probe);

    // The office reads a copy in its own folder: it may not be able to read
    // the original (other uid), and it can never write next to it.
    StageFolder stage(ws, office.stageDir() + "/doc-" + std::to_string(sequence));
    const std::string staged = stage.path() + "/" + fs::path(doc.path).filename().string();
    try {
        copyFile(doc.path, staged);
        ws.giveToOffice(staged);
    } catch (const std::exception& e) {
        row.reason = std::string("cannot copy the file for LibreOffice: ") + e.what();
        return row;
    }

    rtl::Reference<AbortingInteraction> interaction(new AbortingInteraction);
    Reference<css::lang::XComponent> component;
    try {
        component = office.loader()->loadComponentFromURL(
            fileUrl(staged), "_blank", 0,
            props(prop("Hidden", Any(true)), prop("ReadOnly", Any(true)),
                  prop("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
                  prop("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
                  prop("RepairPackage", Any(false)),
                  prop("InteractionHandler", Any(Reference<css::task::XInteractionHandler>(interaction.get())))));
    } catch (const css::lang::IllegalArgumentException& e) {
        row.reason = interaction->reason();
        if (row.reason.empty())
            row.reason = "LibreOffice cannot open it: no import filter recognised the file (not a spreadsheet, or damaged)";
        return row;
    } catch (const css::io::IOException& e) {
        row.reason = interaction->reason();
        if (row.reason.empty()) row.reason = "LibreOffice could not load it: " + describe(e);
        return row;
    }
    if (!component.is()) {
        row.reason = interaction->reason();
        if (row.reason.empty()) row.reason = "LibreOffice could not load it (damaged, or not a format it reads)";
        return row;
    }
    DocumentCloser closer(component);
    Reference<css::sheet::XSpreadsheetDocument> sdoc(component, UNO_QUERY);
    if (!sdoc.is()) {
        row.reason = "not a spreadsheet: LibreOffice opened it as " + kindOfDocument(component);
        return row;
    }

    Reference<css::sheet::XCalculatable>(sdoc, UNO_QUERY_THROW)->calculateAll();
    const auto sheets = allSheets(sdoc);
    scanErrors(sheets, opt.errorSamples, row);
    for (std::size_t k = 0; k < opt.extracts.size(); ++k) row.values[k] = extract(sdoc, opt.extracts[k], row);

    row.ok = true;
    Reference<css::frame::XStorable> storable(sdoc, UNO_QUERY_THROW);
    OutputWriter out(storable, opt, corpus, ws, stage.path(), doc, row);
    for (const auto& format : opt.formats) {
        if (format == "ods") out.write("calc8", "", ".ods");
        else if (format == "xlsx") out.write("Calc MS Excel 2007 XML", "", ".xlsx");
        else if (format == "pdf") out.write("calc_pdf_Export", "", ".pdf");
        else if (format == "csv")
            for (std::size_t s = 0; s < sheets.size(); ++s)
                out.write("Text - txt - csv (StarCalc)", csvOptions(s + 1), "-" + safeFileName(sheetName(sheets[s])) + ".csv");
    }
    if (opt.valuesOnly) {
        // Calc refuses API edits of a document loaded read-only, and the
        // input stays loaded read-only: the values-only copy is made from
        // our own recalculated ODS copy, loaded editable.
        const std::string source = stage.path() + "/values-source.ods";
        try {
            storable->storeToURL(fileUrl(source), props(prop("FilterName", Any(OUString("calc8")))));
            Reference<css::lang::XComponent> copy = office.loader()->loadComponentFromURL(
                fileUrl(source), "_blank", 0,
                props(prop("Hidden", Any(true)), prop("ReadOnly", Any(false)),
                      prop("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
                      prop("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
                      prop("InteractionHandler", Any(Reference<css::task::XInteractionHandler>(interaction.get())))));
            if (!copy.is()) throw css::io::IOException("could not reload the recalculated copy", nullptr);
            DocumentCloser closeCopy(copy);
            Reference<css::sheet::XSpreadsheetDocument> values(copy, UNO_QUERY_THROW);
            replaceFormulasByValues(values, allSheets(values));
            OutputWriter valuesOut(Reference<css::frame::XStorable>(copy, UNO_QUERY_THROW), opt, corpus, ws,
                                   stage.path(), doc, row, "values-");
            valuesOut.write("calc8", "", ".values.ods");
        } catch (const css::lang::DisposedException&) {
            throw;
        } catch (const Exception& e) {
            row.ok = false;
            if (row.reason.empty()) row.reason = "recalculated, but the values-only copy failed: " + describe(e);
        }
    }
    return row;
}

}  // namespace ssfb
