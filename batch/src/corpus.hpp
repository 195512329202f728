// The documents of a run: inputs expanded (folders recursed), sorted,
// given collision-free output names, then cut to this shard.
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>
#include <sys/types.h>

#include "options.hpp"

namespace ssfb {

struct Document {
    std::string path;   // as shown in the rollup: the input joined with the path below it
    std::string stem;   // output name below --out without extension, e.g. "units/north"
    std::string problem;  // set when the input is unusable before LibreOffice sees it
};

struct Corpus {
    std::vector<Document> documents;  // this shard's, in path order
    std::size_t total = 0;            // documents in all shards
    // Every input file (device, inode), so that no output can replace one.
    std::set<std::pair<dev_t, ino_t>> inputIds;
};

// Folders are searched for .ods .fods .xlsx .xls (any case); files named
// explicitly are taken whatever their extension. Anything under outDir and
// LibreOffice lock files (.~lock.*#) are skipped.
Corpus collectCorpus(const std::vector<std::string>& inputs, const std::string& outDir, Shard shard);

bool isInput(const Corpus& corpus, const std::string& path);

}  // namespace ssfb
