#include "corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace ssfb {
namespace {

bool spreadsheetExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls";
}

bool under(const fs::path& p, const fs::path& dir) {
    if (dir.empty()) return false;
    auto pi = p.begin();
    for (auto di = dir.begin(); di != dir.end(); ++di, ++pi)
        if (pi == p.end() || *pi != *di) return false;
    return true;
}

fs::path canonicalOrAbsolute(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? fs::absolute(p).lexically_normal() : c;
}

std::string withoutExtension(const fs::path& rel) {
    fs::path p = rel;
    return p.replace_extension().generic_string();
}

struct Found {
    std::string path;
    std::string stem;
    std::string problem;
    fs::path canonical;
};

}  // namespace

Corpus collectCorpus(const std::vector<std::string>& inputs, const std::string& outDir, Shard shard) {
    const fs::path outCanon = canonicalOrAbsolute(outDir);
    std::vector<Found> found;
    for (const auto& input : inputs) {
        fs::path in(input);
        std::error_code ec;
        auto st = fs::status(in, ec);
        if (ec || !fs::exists(st)) {
            std::string why = !ec || ec == std::errc::no_such_file_or_directory
                                  ? "not found (no such file or folder)"
                                  : "cannot access: " + ec.message();
            found.push_back({in.lexically_normal().string(), withoutExtension(in.filename()), why,
                             canonicalOrAbsolute(in)});
            continue;
        }
        if (fs::is_directory(st)) {
            const fs::path root = canonicalOrAbsolute(in);
            fs::path base = root.filename();
            if (base.empty()) base = "root";
            // An output folder inside this input folder is skipped (a
            // previous run's copies are not inputs); one that contains the
            // input folder skips nothing.
            const bool outInside = under(outCanon, root) && outCanon != root;
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                const fs::path& p = it->path();
                if (outInside && it->is_directory() && under(canonicalOrAbsolute(p), outCanon)) {
                    it.disable_recursion_pending();  // our own outputs
                    continue;
                }
                std::string name = p.filename().string();
                if (!it->is_regular_file() || !spreadsheetExtension(p) || name.rfind(".~lock.", 0) == 0) continue;
                fs::path rel = p.lexically_relative(in);
                found.push_back({p.lexically_normal().string(), withoutExtension(base / rel), "", canonicalOrAbsolute(p)});
            }
            if (ec)
                found.push_back({in.lexically_normal().string(), withoutExtension(in.filename()),
                                 "cannot list folder: " + ec.message(), canonicalOrAbsolute(in)});
        } else {
            found.push_back({in.lexically_normal().string(), withoutExtension(in.filename()), "", canonicalOrAbsolute(in)});
        }
    }

    // Sorted by the path shown, the same on every machine given the same
    // arguments and files; one entry per real file.
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.path < b.path; });
    std::vector<Found> unique;
    std::set<std::string> seen;
    for (auto& f : found)
        if (seen.insert(f.canonical.string()).second) unique.push_back(std::move(f));

    // Output names over the whole corpus (not just this shard): the same file
    // gets the same name whichever shard processes it. Two inputs with the
    // same stem (a.ods, a.xlsx or two folders' x.ods) are told apart by their
    // extension, then by a counter.
    std::map<std::string, int> stemCount;
    for (const auto& f : unique) stemCount[f.stem]++;
    std::set<std::string> used;
    Corpus corpus;
    corpus.total = unique.size();
    for (std::size_t k = 0; k < unique.size(); ++k) {
        Found& f = unique[k];
        std::string stem = f.stem;
        if (stemCount[stem] > 1) {
            std::string ext = fs::path(f.path).extension().string();
            if (!ext.empty()) stem += "_" + ext.substr(1);
        }
        std::string candidate = stem;
        for (int n = 2; used.count(candidate); ++n) candidate = stem + "~" + std::to_string(n);
        used.insert(candidate);

        struct stat sb;
        if (f.problem.empty() && ::stat(f.canonical.c_str(), &sb) == 0) corpus.inputIds.insert({sb.st_dev, sb.st_ino});
        if (k % shard.count == shard.index) corpus.documents.push_back({f.path, candidate, f.problem});
    }
    return corpus;
}

bool isInput(const Corpus& corpus, const std::string& path) {
    struct stat sb;
    if (::stat(path.c_str(), &sb) != 0) return false;
    return corpus.inputIds.count({sb.st_dev, sb.st_ino}) > 0;
}

}  // namespace ssfb
