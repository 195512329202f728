// Output names claimed per workbook, and which existing files a run may replace.
#include "claims.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace ssfb {

std::string fitName(const std::string& stemRel, const std::string& suffix) {
    const std::size_t limit = 255;
    const std::size_t slash = stemRel.rfind('/');
    const std::string dir = slash == std::string::npos ? "" : stemRel.substr(0, slash + 1);
    const std::string name = stemRel.substr(dir.size());
    if (name.size() + suffix.size() <= limit) return stemRel + suffix;
    std::uint32_t h = 2166136261u;  // FNV-1a: the same name on every machine
    for (unsigned char c : name + suffix) h = (h ^ c) * 16777619u;
    char tag[16];
    std::snprintf(tag, sizeof tag, "~%08x", static_cast<unsigned>(h));
    const std::size_t room = limit > suffix.size() + 9 ? limit - suffix.size() - 9 : 0;
    std::size_t cut = std::min(room, name.size());
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return dir + name.substr(0, cut) + tag + suffix;
}

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
