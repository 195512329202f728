// The documents of a run: inputs expanded (folders recursed), sorted,
// given collision-free output names, then cut to this shard.
#pragma once
#include <set>
#include <stdexcept>
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
    // How to open it: `rel` below the folder `root` without following links,
    // or (rel "") the file `root` itself, as the user named it.
    std::string root, rel;
};

struct Corpus {
    std::vector<Document> documents;  // this shard's, in path order
    std::size_t total = 0;            // documents in all shards
    // Every input file (device, inode), so that no output can replace one.
    std::set<std::pair<dev_t, ino_t>> inputIds;
};

// The inputs and the output folder overlap (one holds the other).
struct OverlapError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Folders are searched for .ods .fods .xlsx .xls (any case); files named
// explicitly are taken whatever their extension; LibreOffice lock files
// (.~lock.*#) are skipped. Inside a folder, symbolic links are not followed
// (followLinks: links to files are): a link to a file that is also found
// as itself is left out, any other link is a row saying why it was skipped.
// Throws OverlapError when outDir is inside an input folder or holds an input.
Corpus collectCorpus(const std::vector<std::string>& inputs, const std::string& outDir, Shard shard,
                     bool followLinks = false);

bool isInput(const Corpus& corpus, const std::string& path);

}  // namespace ssfb
