// Copies of a recalculated workbook: stored by LibreOffice into a folder of
// its own in the stage, copied into --out atomically under a name no other
// workbook of the run claimed, never over a file ssf-batch did not write;
// the values-only copy.
#pragma once
#include <string>

#include <com/sun/star/frame/XStorable.hpp>

#include "claims.hpp"
#include "corpus.hpp"
#include "office.hpp"
#include "options.hpp"
#include "rollup.hpp"
#include "workbook.hpp"

namespace ssfb {

class OutputWriter {
public:
    OutputWriter(const css::uno::Reference<css::frame::XStorable>& storable, const Options& opt, const Corpus& corpus,
                 const Workspace& ws, OutputClaims& claims, const std::string& stage, const Document& doc, Row& row,
                 const std::string& prefix = "");

    // Stores through `filter` into the stage, then moves the result to
    // DIR/<stem><suffix> atomically. Returns false (row failed) on error;
    // a lost office surfaces as DisposedException.
    bool write(const char* filter, const std::string& filterOptions, const std::string& suffix);

    // Every format of --formats (csv: one file per sheet).
    void writeFormats(const SheetList& sheets);

private:
    bool fail(const std::string& why);
    css::uno::Reference<css::frame::XStorable> storable_;
    const Options& opt_;
    const Corpus& corpus_;
    const Workspace& ws_;
    OutputClaims& claims_;
    std::string stage_;
    const Document& doc_;
    Row& row_;
    std::string prefix_;
    int count_ = 0;
};

// Replaces every formula by its current value; error results become their
// text (#N/A), so the copy shows what the recalculated workbook showed. The
// document must have been loaded editable.
void replaceFormulasByValues(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc, const SheetList& sheets);

}  // namespace ssfb
