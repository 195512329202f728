// One workbook in a worker: load, recalculate, read error cells and extracts, write copies.
#include "document.hpp"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <rtl/ref.hxx>

#include "fsutil.hpp"
#include "safefs.hpp"
#include "interaction.hpp"
#include "outputs.hpp"
#include "workbook.hpp"

namespace fs = std::filesystem;
using namespace css::uno;

namespace ssfb {
namespace {

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

// The staged copy of one document and what LibreOffice wrote for it: a
// folder of ours that only root and the office's group may enter (the
// office cannot plant anything in it; it writes into sub-folders of its own).
class StageFolder {
public:
    StageFolder(const Workspace& ws, const std::string& dir) : dir_(dir) { ws.makeDir(dir, DirOwner::OfficeGroup); }
    ~StageFolder() { removeTree(dir_); }
    const std::string& path() const { return dir_; }

private:
    std::string dir_;
};

// The staged copy's name: ours, short and ASCII (the input's own name may be
// too long once inside the stage, or not UTF-8, which a file URL cannot
// carry); the extension helps LibreOffice's type detection.
std::string stagedName(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    bool plain = ext.size() <= 6;
    for (unsigned char c : ext.size() > 1 ? ext.substr(1) : std::string()) plain = plain && std::isalnum(c);
    return "input" + (plain ? ext : std::string());
}

}  // namespace

Row processDocument(Office& office, const Document& doc, const Options& opt, const Corpus& corpus,
                    const Workspace& ws, OutputClaims& claims, unsigned long sequence) {
    Row row;
    row.path = doc.path;
    row.values.resize(opt.extracts.size());
    if (!doc.problem.empty()) {
        row.reason = doc.problem;
        return row;
    }

    // Opened by us, without following a link below the folder the user
    // named; what LibreOffice would turn into a vague error (or, for an
    // empty file, into a new empty document) is checked here.
    UniqueFd input;
    try {
        input = openInputFile(doc.root, doc.rel);
    } catch (const std::exception& e) {
        row.reason = std::string("cannot read: ") + e.what();
        return row;
    }
    struct stat sb;
    if (::fstat(input.get(), &sb) != 0) {
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

    // The office reads a copy in a folder of ours: it may not be able to
    // read the original (other uid), and it can never write next to it.
    StageFolder stage(ws, office.stageDir() + "/doc-" + std::to_string(sequence));
    const std::string staged = stage.path() + "/" + stagedName(doc.path);
    try {
        copyToNewFile(input.get(), staged);
    } catch (const std::exception& e) {
        row.reason = std::string("cannot copy the file for LibreOffice: ") + e.what();
        return row;
    }
    input = UniqueFd();

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
    // Loaded although LibreOffice asked something (answered "abort"): e.g.
    // "the data could not be loaded completely". No number from it is sure.
    if (std::string asked = interaction->reason(); !asked.empty()) {
        row.reason = asked;
        return row;
    }
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
    OutputWriter(storable, opt, corpus, ws, claims, stage.path(), doc, row).writeFormats(sheets);
    if (opt.valuesOnly) {
        // Calc refuses API edits of a document loaded read-only, and the
        // input stays loaded read-only: the values-only copy is made from
        // our own recalculated ODS copy, loaded editable.
        const std::string source = stage.path() + "/values/source.ods";
        try {
            ws.makeDir(stage.path() + "/values", DirOwner::Office);
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
            OutputWriter valuesOut(Reference<css::frame::XStorable>(copy, UNO_QUERY_THROW), opt, corpus, ws, claims,
                                   stage.path(), doc, row, "values-");
            valuesOut.write("calc8", "", ".values.ods");
        } catch (const css::lang::DisposedException&) {
            throw;
        } catch (const Exception& e) {
            row.ok = false;
            if (row.reason.empty()) row.reason = "recalculated, but the values-only copy failed: " + describe(e);
        } catch (const OfficeError& e) {
            row.ok = false;
            if (row.reason.empty()) row.reason = std::string("recalculated, but the values-only copy failed: ") + e.what();
        }
    }
    return row;
}

}  // namespace ssfb
