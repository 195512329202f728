// Expanding the inputs into the run's documents: folders, links, output names, shards.
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
    std::string root, rel;
    bool link = false;  // a link to a file (left out when its target is found itself)
};

std::string linkProblem(const fs::path& p, bool followLinks) {
    std::error_code ec;
    fs::file_status target = fs::status(p, ec);
    if (ec || !fs::exists(target))
        return "skipped: a symbolic link that leads nowhere (" +
               (ec ? ec.message() : std::string("its target does not exist")) + ")";
    if (fs::is_directory(target))
        return "skipped: a symbolic link to a folder (links are not followed; name the folder itself as an INPUT)";
    if (!fs::is_regular_file(target)) return "skipped: a symbolic link to something that is not a file";
    if (followLinks) return {};
    return "skipped: a symbolic link to a file outside the inputs (" + canonicalOrAbsolute(p).string() +
           "); links are not followed unless --follow-links is given";
}

}  // namespace

Corpus collectCorpus(const std::vector<std::string>& inputs, const std::string& outDir, Shard shard,
                     bool followLinks) {
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
                             canonicalOrAbsolute(in), input, ""});
            continue;
        }
        const fs::path canon = canonicalOrAbsolute(in);
        // Outputs written inside an input folder could replace the user's own
        // files (a report.pdf next to report.ods) or become the next run's
        // inputs; an output folder around an input would mix the two.
        if (under(outCanon, canon) || (under(canon, outCanon)))
            throw OverlapError("the output folder " + outDir + " and the input " + input +
                               " overlap (one is inside the other): choose an output folder outside the inputs");
        if (fs::is_directory(st)) {
            fs::path base = canon.filename();
            if (base.empty()) base = "root";
            for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                const fs::path& p = it->path();
                std::error_code sec;
                const fs::file_status own = it->symlink_status(sec);
                if (sec) continue;
                const std::string name = p.filename().string();
                const bool isLink = fs::is_symlink(own);
                if (name.rfind(".~lock.", 0) == 0) continue;
                if (!isLink && (!fs::is_regular_file(own) || !spreadsheetExtension(p))) continue;
                if (isLink && !spreadsheetExtension(p) && !fs::is_directory(fs::status(p, sec))) continue;
                const fs::path rel = p.lexically_relative(in);
                Found f{p.lexically_normal().string(), withoutExtension(base / rel), "", canonicalOrAbsolute(p),
                        input, rel.string()};
                if (isLink) {
                    f.link = true;
                    f.problem = linkProblem(p, true);  // where it leads is judged below
                    f.root = p.string();               // --follow-links: opened as a named file
                    f.rel.clear();
                    if (!f.problem.empty()) f.canonical = fs::absolute(p).lexically_normal();  // its own row
                }
                found.push_back(std::move(f));
            }
            if (ec)
                found.push_back({in.lexically_normal().string(), withoutExtension(in.filename()),
                                 "cannot list folder: " + ec.message(), canon, input, ""});
        } else {
            found.push_back({in.lexically_normal().string(), withoutExtension(in.filename()), "", canon, input, ""});
        }
    }

    // A link whose target is found as itself is a duplicate; links that
    // lead outside are rows of their own (problem set). The target wins
    // over the link whatever their order.
    std::set<std::string> targets;
    for (const auto& f : found)
        if (!f.link) targets.insert(f.canonical.string());
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const Found& f) { return f.link && targets.count(f.canonical.string()); }),
                found.end());
    if (!followLinks)
        for (auto& f : found)
            if (f.link && f.problem.empty()) f.problem = linkProblem(f.path, false);

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
        if (k % shard.count == shard.index) corpus.documents.push_back({f.path, candidate, f.problem, f.root, f.rel});
    }
    return corpus;
}

bool isInput(const Corpus& corpus, const std::string& path) {
    struct stat sb;
    if (::stat(path.c_str(), &sb) != 0) return false;
    return corpus.inputIds.count({sb.st_dev, sb.st_ino}) > 0;
}

}  // namespace ssfb
