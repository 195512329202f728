// Command line: `ssf-batch [options] --out DIR INPUT...` and
// `ssf-batch merge --out DIR ROLLUP.json...` (Boost.program_options).
#pragma once
#include <stdexcept>
#include <string>
#include <vector>

namespace ssfb {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Shard {
    unsigned index = 0;  // 0-based
    unsigned count = 1;
};

struct Options {
    std::vector<std::string> inputs;
    std::string outDir;
    unsigned jobs = 1;
    double timeout = 120;
    double startupTimeout = 60;
    unsigned maxDocsPerWorker = 200;
    std::vector<std::string> formats;   // subset of ods, xlsx, pdf, csv
    std::vector<std::string> extracts;  // Sheet.A1 or a named range
    bool valuesOnly = false;
    bool quiet = false;
    bool verbose = false;
    std::string extension;   // the .oxt to install
    std::string officeDir;   // LibreOffice's program folder
    std::string workDir;     // where the temporary profiles live
    bool keepWork = false;
    bool thumbnails = false;
    bool followLinks = false;  // links to files inside input folders
    unsigned memoryLimitMb = 2048;  // resident memory of one worker; 0 = none
    unsigned errorSamples = 5;
    Shard shard;
};

struct MergeOptions {
    std::string outDir;
    std::vector<std::string> rollups;  // rollup.json files or folders holding one
    bool quiet = false;
};

struct Command {
    enum class Kind { Run, Merge, Done } kind = Kind::Done;  // Done: --help/--version printed
    Options run;
    MergeOptions merge;
};

// Throws UsageError with a message for the user.
Command parseCommandLine(int argc, char** argv);

// Whole numbers and durations of the command line, validated (UsageError).
unsigned parseCount(const std::string& option, const std::string& text, unsigned low, unsigned high);
double parseSeconds(const std::string& option, const std::string& text);

// "i/n" with 0 <= i < n.
Shard parseShard(const std::string& text);

}  // namespace ssfb
