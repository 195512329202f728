// `ssf-batch merge --out DIR ROLLUP...`: joins the rollups of several runs.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "batch.hpp"
#include "rollup.hpp"

namespace fs = std::filesystem;

namespace ssfb {

int runMerge(const MergeOptions& opt) {
    Rollup merged;
    merged.shard = "merged";
    std::map<std::string, std::size_t> byPath;  // path -> index in merged.rows
    for (const auto& arg : opt.rollups) {
        std::string path = fs::is_directory(arg) ? (fs::path(arg) / "rollup.json").string() : arg;
        Rollup r;
        try {
            r = readRollupJson(path);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "ssf-batch merge: %s\n", e.what());
            return 2;
        }
        // The union of the extract columns, in order of first appearance.
        std::vector<std::size_t> column(r.extracts.size());
        for (std::size_t k = 0; k < r.extracts.size(); ++k) {
            auto it = std::find(merged.extracts.begin(), merged.extracts.end(), r.extracts[k]);
            column[k] = static_cast<std::size_t>(it - merged.extracts.begin());
            if (it == merged.extracts.end()) merged.extracts.push_back(r.extracts[k]);
        }
        for (auto& row : r.rows) {
            std::vector<CellValue> values(merged.extracts.size());
            for (std::size_t k = 0; k < row.values.size() && k < column.size(); ++k) values[column[k]] = row.values[k];
            row.values = std::move(values);
            auto found = byPath.find(row.path);
            if (found != byPath.end()) {
                if (!opt.quiet)
                    std::fprintf(stderr, "ssf-batch merge: %s appears twice; keeping the row from %s\n",
                                 row.path.c_str(), path.c_str());
                merged.rows[found->second] = std::move(row);
            } else {
                byPath[row.path] = merged.rows.size();
                merged.rows.push_back(std::move(row));
            }
        }
    }
    for (auto& row : merged.rows) row.values.resize(merged.extracts.size());
    std::sort(merged.rows.begin(), merged.rows.end(), [](const Row& a, const Row& b) { return a.path < b.path; });
    std::size_t failed = 0;
    for (const auto& row : merged.rows) failed += !row.ok;
    try {
        fs::create_directories(opt.outDir);
        writeRollup(opt.outDir, merged);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ssf-batch merge: cannot write the rollup: %s\n", e.what());
        return 2;
    }
    if (!opt.quiet)
        std::fprintf(stderr, "ssf-batch merge: %zu rollups, %zu workbooks, %zu failed -> %s/rollup.{csv,json}\n",
                     opt.rollups.size(), merged.rows.size(), failed, opt.outDir.c_str());
    return failed ? 1 : 0;
}

}  // namespace ssfb
