// The output names of a run: each file below --out is written for one
// workbook only, and an existing file is replaced only when an earlier
// ssf-batch run wrote it (the rollup.json already in --out lists it).
#pragma once
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace ssfb {

// `rel` with its last component cut to the file system's 255 bytes when
// longer: the start of the name (whole UTF-8 characters), "~", 8 hex digits
// of a hash of the whole name, and `suffix` (e.g. "-Impact.csv") kept.
std::string fitName(const std::string& stemRel, const std::string& suffix);

class OutputClaims {
public:
    // The outputs listed by the rollup already in the output folder.
    void allowReplacing(std::set<std::string> earlierOutputs);
    // "" when `rel` (a path below --out) is now `doc`'s; otherwise why not.
    std::string claim(const std::string& rel, const std::string& doc);
    bool mayReplace(const std::string& rel) const;

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::string> owners_;  // rel -> the workbook it is written for
    std::set<std::string> earlier_;
};

}  // namespace ssfb
