#include "claims.hpp"

namespace ssfb {

void OutputClaims::allowReplacing(std::set<std::string> earlierOutputs) {
    std::lock_guard<std::mutex> lock(mutex_);
    earlier_ = std::move(earlierOutputs);
}

std::string OutputClaims::claim(const std::string& rel, const std::string& doc) {
    std::lock_guard<std::mutex> lock(mutex_);
    // rollup.csv and rollup.json are the run's own.
    if (rel == "rollup.csv" || rel == "rollup.json") return "the name is the rollup's; rename the workbook";
    auto [it, fresh] = owners_.emplace(rel, doc);
    if (fresh || it->second == doc) return {};
    return "another workbook of this run (" + it->second +
           ") writes a file of the same name; rename one of them (nothing was overwritten)";
}

bool OutputClaims::mayReplace(const std::string& rel) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return earlier_.count(rel) > 0;
}

}  // namespace ssfb
