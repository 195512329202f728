// The command line of `ssf-batch` and `ssf-batch merge` (Boost.program_options).
#include "options.hpp"

#include <algorithm>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include <boost/program_options.hpp>

#include "address.hpp"

namespace po = boost::program_options;

namespace ssfb {
namespace {

const char* const kUsage = "Usage: ssf-batch [options] --out DIR INPUT...\n"
                           "       ssf-batch merge --out DIR ROLLUP.json...\n";

const char* const kIntro =
    "Recalculates spreadsheets (.ods .fods .xlsx .xls; folders are searched\n"
    "recursively) in headless LibreOffice with the ssfcalc extension installed,\n"
    "writes the requested copies under DIR and one row per workbook to\n"
    "DIR/rollup.csv and DIR/rollup.json. It starts and owns its LibreOffice\n"
    "workers (each with a private profile) and stops them all on exit.\n"
    "Documents are loaded hidden and read-only; macros are never run, links\n"
    "never updated, and nothing is fetched over HTTP, HTTPS or FTP (linked\n"
    "images, fills and objects stay unloaded).\n"
    "\n"
    "Started as root, it runs LibreOffice as uid 65534 (nobody). Root reads the\n"
    "inputs and writes DIR itself (both may be in folders only root may enter);\n"
    "the office sees only a copy of each workbook in a work folder of root's\n"
    "(mode 0711) and writes its copies into folders of its own there, which\n"
    "root reads without following links and only when the file belongs to\n"
    "uid 65534. Root never changes the owner of a path, only of a folder it\n"
    "has just made and opened. Inside input folders, symbolic links are not\n"
    "followed (a link to a file that is itself an input is that input; other\n"
    "links and link loops are rows saying they were skipped) unless\n"
    "--follow-links; files named on the command line are read as named.\n"
    "DIR may not overlap an input folder; a file in DIR is replaced only when\n"
    "the rollup.json already there lists it as written by ssf-batch; two\n"
    "workbooks never write the same output (the second fails saying why); DIR\n"
    "is locked (DIR/.ssf-batch.lock) against a second run.\n";

const char* const kExamples =
    "Examples:\n"
    "  ssf-batch --out results --extract Impact.B12 --extract NetImpact units/\n"
    "  ssf-batch --jobs 4 --timeout 60 --formats ods,pdf --values-only --out out a.xlsx b.ods\n"
    "  ssf-batch --shard 2/8 --out out/shard-2 /data/corpus   (machine 3 of 8)\n"
    "  ssf-batch merge --out all out/shard-*/rollup.json\n"
    "\n"
    "Rollup columns: path, status (ok or failed), reason, seconds, error_cells\n"
    "(formula cells showing an error after recalculation), first_errors (the\n"
    "first few, e.g. Impact.B7=#N/A), one column per --extract, warnings, outputs.\n"
    "Outputs: DIR/<folder>/<name>.<format>; csv writes DIR/<name>-<sheet>.csv per\n"
    "sheet; --values-only writes DIR/<name>.values.ods. Inputs are never written.\n"
    "\n"
    "Exit status: 0 all workbooks ok; 1 at least one failed (see the rollup);\n"
    "2 usage or setup error (nothing or not everything could be processed);\n"
    "130/143 interrupted by SIGINT/SIGTERM (a partial rollup is written).\n";

std::vector<std::string> splitList(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) {
        std::stringstream ss(item);
        std::string part;
        while (std::getline(ss, part, ',')) {
            part.erase(0, part.find_first_not_of(' '));
            part.erase(part.find_last_not_of(' ') + 1);
            if (part.empty()) continue;
            std::transform(part.begin(), part.end(), part.begin(), [](unsigned char c) { return std::tolower(c); });
            if (std::find(out.begin(), out.end(), part) == out.end()) out.push_back(part);
        }
    }
    return out;
}

Command parseMerge(int argc, char** argv) {
    Command cmd;
    cmd.kind = Command::Kind::Merge;
    po::options_description desc("Options of merge");
    desc.add_options()
        ("help,h", "show this help and exit")
        ("out,o", po::value<std::string>(&cmd.merge.outDir)->value_name("DIR"),
         "folder for the merged rollup.csv and rollup.json (required)")
        ("quiet,q", po::bool_switch(&cmd.merge.quiet), "print nothing but errors");
    po::options_description hidden;
    hidden.add_options()("rollup", po::value<std::vector<std::string>>(&cmd.merge.rollups));
    po::options_description all;
    all.add(desc).add(hidden);
    po::positional_options_description pos;
    pos.add("rollup", -1);
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
        std::cout << "Usage: ssf-batch merge --out DIR ROLLUP.json...\n\n"
                     "Joins the rollups of several runs (e.g. the shards of a --shard i/n job)\n"
                     "into DIR/rollup.csv and DIR/rollup.json, sorted by path. A ROLLUP may be a\n"
                     "folder holding rollup.json. The extract columns are the union of the inputs'.\n"
                     "A workbook present in two rollups keeps the row of the later one (warned).\n"
                     "Exit status: 0 all rows ok, 1 some rows failed, 2 unreadable input.\n\n"
                  << desc << "\nExample:\n  ssf-batch merge --out all out/shard-0 out/shard-1 out/shard-2\n";
        cmd.kind = Command::Kind::Done;
        return cmd;
    }
    if (cmd.merge.outDir.empty()) throw UsageError("merge: --out DIR is required");
    if (cmd.merge.rollups.empty()) throw UsageError("merge: give at least one rollup.json (or a folder holding one)");
    return cmd;
}

}  // namespace

unsigned parseCount(const std::string& option, const std::string& text, unsigned low, unsigned high) {
    // Digits only: std::stoul would take "-1" as 4294967295.
    bool digits = !text.empty() && text.size() <= 10 && text.find_first_not_of("0123456789") == std::string::npos;
    unsigned long v = digits ? std::stoul(text) : 0;
    if (!digits || v < low || v > high)
        throw UsageError(option + " wants a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                         ", not '" + text + "'");
    return static_cast<unsigned>(v);
}

double parseSeconds(const std::string& option, const std::string& text) {
    // Up to a week: a deadline beyond what a clock can add is no deadline
    // (1e12 s overflowed into the past and every document timed out).
    const double week = 7 * 24 * 3600.0;
    std::size_t used = 0;
    double v = 0;
    try {
        v = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size() || !(v > 0) || v > week)
        throw UsageError(option + " wants seconds, more than 0 and at most 604800 (a week), not '" + text + "'");
    return v;
}

Shard parseShard(const std::string& text) {
    Shard s;
    auto slash = text.find('/');
    try {
        if (slash == std::string::npos) throw std::invalid_argument("no slash");
        std::size_t used = 0;
        unsigned long i = std::stoul(text.substr(0, slash), &used);
        if (used != slash) throw std::invalid_argument("index");
        std::string rest = text.substr(slash + 1);
        unsigned long n = std::stoul(rest, &used);
        if (used != rest.size() || text[0] == '-' || rest[0] == '-') throw std::invalid_argument("count");
        if (n == 0 || i >= n || n > 1000000) throw std::invalid_argument("range");
        s.index = static_cast<unsigned>(i);
        s.count = static_cast<unsigned>(n);
    } catch (const std::exception&) {
        throw UsageError("--shard wants i/n with 0 <= i < n (e.g. 0/4 ... 3/4), not '" + text + "'");
    }
    return s;
}

Command parseCommandLine(int argc, char** argv) {
    try {
        if (argc >= 2 && std::string(argv[1]) == "merge") return parseMerge(argc - 1, argv + 1);

        Command cmd;
        cmd.kind = Command::Kind::Run;
        Options& o = cmd.run;
        unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        std::vector<std::string> formats;
        std::string shard = "0/1";
        std::string jobsText, timeoutText, startupText, maxDocsText, samplesText, memoryText;
        o.extension = SSF_BATCH_DEFAULT_OXT;
        o.officeDir = SSF_BATCH_LO_PROGRAM;

        po::options_description main("Options");
        main.add_options()
            ("help,h", "show this help and exit")
            ("version", "print the version and exit")
            ("out,o", po::value<std::string>(&o.outDir)->value_name("DIR"),
             "output folder (required); created if missing; receives rollup.csv, "
             "rollup.json and the requested copies")
            ("jobs,j", po::value<std::string>(&jobsText)->default_value(std::to_string(cores))->value_name("N"),
             "LibreOffice worker processes run in parallel (default: the number of cores)")
            ("timeout,t", po::value<std::string>(&timeoutText)->default_value("120")->value_name("SECONDS"),
             "per-document time limit (load, recalculation, outputs); a worker over it is "
             "killed and restarted and the workbook is reported as failed")
            ("formats,f", po::value<std::vector<std::string>>(&formats)->composing()->value_name("LIST"),
             "copies to write after recalculation, comma separated: ods, xlsx, pdf, csv "
             "(csv: one file per sheet). Default: none, only the rollup")
            ("extract,x", po::value<std::vector<std::string>>(&o.extracts)->composing()->value_name("CELL|NAME"),
             "a value to collect into the rollup, one column each: a cell as Sheet.A1 "
             "(e.g. Impact.B12) or a named range (e.g. NetImpact); repeat the option for more. A cell "
             "or name a workbook lacks leaves its value empty and adds a warning (the row stays ok)")
            ("values-only", po::bool_switch(&o.valuesOnly),
             "also write <name>.values.ods, a copy in which every formula is replaced by its "
             "value (error cells keep their text, e.g. #N/A), for readers without the extension")
            ("quiet,q", po::bool_switch(&o.quiet), "no progress output; only fatal errors on stderr")
            ("verbose,v", po::bool_switch(&o.verbose), "also report worker starts and stops with their timings")
            ("shard", po::value<std::string>(&shard)->value_name("I/N"),
             "process only shard I of N (0-based): all inputs are sorted by path and the k-th "
             "goes to shard k mod N; run N machines with I = 0..N-1, then `ssf-batch merge`")
            ("max-docs-per-worker", po::value<std::string>(&maxDocsText)->default_value("200")->value_name("K"),
             "restart a worker after K documents (bounds memory growth); 0 = never")
            ("extension", po::value<std::string>(&o.extension)->value_name("OXT"),
             (std::string("the extension installed in every worker's profile (default: ") +
              SSF_BATCH_DEFAULT_OXT + ")").c_str())
            ("startup-timeout", po::value<std::string>(&startupText)->default_value("60")->value_name("SECONDS"),
             "time a worker may take to start and accept connections")
            ("office", po::value<std::string>(&o.officeDir)->value_name("DIR"),
             (std::string("LibreOffice's program folder, holding soffice.bin and unopkg (default: ") +
              SSF_BATCH_LO_PROGRAM + ")").c_str())
            ("work-dir", po::value<std::string>(&o.workDir)->value_name("DIR"),
             "where the temporary profiles and staging folders are made (default: $TMPDIR or /tmp; as root, "
             "uid 65534 must be able to pass through its parents); removed at exit")
            ("thumbnails", po::bool_switch(&o.thumbnails),
             "store the preview image in .ods copies (off by default: rendering it is most of the time of "
             "saving a small workbook)")
            ("follow-links", po::bool_switch(&o.followLinks),
             "also take symbolic links to files found inside input folders, wherever they lead (by default a "
             "link is skipped and reported unless its target is itself among the inputs; a root run would "
             "otherwise read, and publish in the rollup, any file a link in the inputs names)")
            ("memory-limit", po::value<std::string>(&memoryText)->default_value("2048")->value_name("MB"),
             "the memory (resident, MB) one LibreOffice worker may use; a worker over it is stopped and the "
             "workbook fails as \"memory limit\"; 0 = no limit")
            ("keep-work", po::bool_switch(&o.keepWork), "keep the temporary folder (profiles, office logs) for debugging")
            ("error-samples", po::value<std::string>(&samplesText)->default_value("5")->value_name("N"),
             "how many error cells (address and value) the rollup lists per workbook");
        po::options_description hidden;
        hidden.add_options()("input", po::value<std::vector<std::string>>(&o.inputs));
        po::options_description all;
        all.add(main).add(hidden);
        po::positional_options_description pos;
        pos.add("input", -1);
        po::variables_map vm;
        po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
        po::notify(vm);

        if (vm.count("help")) {
            std::cout << kUsage << "\n" << kIntro << "\n" << main << "\n" << kExamples;
            cmd.kind = Command::Kind::Done;
            return cmd;
        }
        if (vm.count("version")) {
            std::cout << "ssf-batch " SSF_BATCH_VERSION "\n";
            cmd.kind = Command::Kind::Done;
            return cmd;
        }
        if (o.outDir.empty()) throw UsageError("--out DIR is required");
        if (o.inputs.empty()) throw UsageError("no INPUT given: name spreadsheet files or folders");
        o.jobs = parseCount("--jobs", jobsText, 1, 256);
        o.timeout = parseSeconds("--timeout", timeoutText);
        o.startupTimeout = parseSeconds("--startup-timeout", startupText);
        o.maxDocsPerWorker = parseCount("--max-docs-per-worker", maxDocsText, 0, 1000000000);
        o.errorSamples = parseCount("--error-samples", samplesText, 0, 100000);
        o.memoryLimitMb = parseCount("--memory-limit", memoryText, 0, 1u << 30);
        if (o.memoryLimitMb != 0 && o.memoryLimitMb < 256)
            throw UsageError("--memory-limit below 256 MB leaves LibreOffice no room to start (0 = no limit)");
        o.formats = splitList(formats);
        static const std::set<std::string> known = {"ods", "xlsx", "pdf", "csv"};
        for (const auto& f : o.formats)
            if (!known.count(f)) throw UsageError("unknown format '" + f + "' in --formats (known: ods, xlsx, pdf, csv)");
        std::vector<std::string> extracts;
        for (const auto& e : o.extracts) {
            if (e.empty()) throw UsageError("--extract needs a cell (Sheet.A1) or a name");
            std::string sheet;
            long column = 0, row = 0;
            if (parseCellAddress(e, sheet, column, row) && (column > kLastColumn || row > kLastRow))
                throw UsageError("--extract " + e + " is outside every sheet (the last cell is XFD1048576)");
            if (std::find(extracts.begin(), extracts.end(), e) == extracts.end()) extracts.push_back(e);
        }
        o.extracts = extracts;
        o.shard = parseShard(shard);
        return cmd;
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
}

}  // namespace ssfb
