// The run: corpus, workspace and template profile, N worker threads each
// owning one office, a watchdog for the per-document timeout, signals.
#pragma once
#include "options.hpp"

namespace ssfb {

// Returns the exit status (0 all ok, 1 some failed, 2 setup error, 128+sig).
int runBatch(const Options& options);

// `ssf-batch merge`.
int runMerge(const MergeOptions& options);

}  // namespace ssfb
