// One workbook in one worker: load (hidden, read-only, no macros, no link
// updates), recalculate everything, report error cells and extracts, write
// the requested copies.
#pragma once
#include <string>

#include "address.hpp"
#include "claims.hpp"
#include "corpus.hpp"
#include "office.hpp"
#include "options.hpp"
#include "rollup.hpp"

namespace ssfb {

// Fills everything but `seconds`. Failures that concern the document become
// row.reason; a lost office surfaces as css::lang::DisposedException (or
// another UNO RuntimeException), for the caller to tell a crash from a
// timeout.
Row processDocument(Office& office, const Document& doc, const Options& opt, const Corpus& corpus,
                    const Workspace& ws, OutputClaims& claims, unsigned long sequence);

}  // namespace ssfb
