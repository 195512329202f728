// `ssf-batch` without merge: prepares --out, starts the workers and writes the rollup.
#include "batch.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <thread>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "corpus.hpp"
#include "fsutil.hpp"
#include "office.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "rollup.hpp"
#include "safefs.hpp"
#include "signals.hpp"
#include "workers.hpp"

namespace fs = std::filesystem;

namespace ssfb {
namespace {

Row notProcessed(const Document& doc, std::size_t extracts, const std::string& why) {
    Row row;
    row.path = doc.path;
    row.values.resize(extracts);
    row.reason = "not processed: " + why;
    return row;
}

// The output folder, before any work: made if missing, found writable now
// (not after the whole corpus), locked against a second run on it (the
// lock is held until we exit), and the outputs its earlier rollup lists
// (the only existing files a run may replace).
UniqueFd prepareOutput(const std::string& dir, OutputClaims& claims) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error("cannot create the output folder " + dir + ": " + ec.message());
    const std::string lockPath = (fs::path(dir) / ".ssf-batch.lock").string();
    UniqueFd lock(::open(lockPath.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!lock) throw std::runtime_error(sysError("the output folder is not writable: cannot create", lockPath));
    if (::flock(lock.get(), LOCK_EX | LOCK_NB) != 0)
        throw std::runtime_error("another ssf-batch run is writing into " + dir + " (it holds " + lockPath +
                                 "); wait for it to finish or choose another --out");
    const std::string probe = (fs::path(dir) / ".ssf-batch.probe").string();
    try {
        writeAtomically(probe, "ssf-batch checks that it can write here\n");
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the output folder is not writable: ") + e.what());
    }
    ::unlink(probe.c_str());
    const fs::path json = fs::path(dir) / "rollup.json";
    if (fs::exists(fs::symlink_status(json))) {
        Rollup earlier;
        try {
            earlier = readRollupJson(json.string());
        } catch (const std::exception& e) {
            throw std::runtime_error(std::string(e.what()) + ": ssf-batch does not overwrite it; choose another --out");
        }
        std::set<std::string> outputs;
        for (const auto& row : earlier.rows) outputs.insert(row.outputs.begin(), row.outputs.end());
        claims.allowReplacing(std::move(outputs));
    } else if (fs::exists(fs::symlink_status(fs::path(dir) / "rollup.csv"))) {
        throw std::runtime_error(dir + "/rollup.csv exists but no rollup.json of ssf-batch's next to it: ssf-batch "
                                 "does not overwrite it; choose another --out");
    }
    return lock;
}

}  // namespace

int runBatch(const Options& opt) {
    Corpus corpus;
    OutputClaims claims;
    UniqueFd outLock;
    try {
        corpus = collectCorpus(opt.inputs, opt.outDir, opt.shard, opt.followLinks);
        outLock = prepareOutput(opt.outDir, claims);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ssf-batch: %s\n", e.what());
        return 2;
    }
    if (corpus.total == 0) {
        std::fprintf(stderr, "ssf-batch: no spreadsheets (.ods .fods .xlsx .xls) found in the inputs\n");
        return 2;
    }
    Rollup rollup;
    rollup.extracts = opt.extracts;
    rollup.shard = std::to_string(opt.shard.index) + "/" + std::to_string(opt.shard.count);
    if (corpus.documents.empty()) {
        writeRollup(opt.outDir, rollup);
        if (!opt.quiet) std::fprintf(stderr, "ssf-batch: shard %s has no documents\n", rollup.shard.c_str());
        return 0;
    }
    for (const char* tool : {"soffice.bin", "unopkg"})
        if (::access((opt.officeDir + "/" + tool).c_str(), X_OK) != 0) {
            std::fprintf(stderr, "ssf-batch: LibreOffice not found: %s/%s is missing (install libreoffice-calc-nogui, "
                                 "or give --office DIR)\n", opt.officeDir.c_str(), tool);
            return 2;
        }
    if (::access(opt.extension.c_str(), R_OK) != 0) {
        std::fprintf(stderr, "ssf-batch: extension %s not found: build it (cmake --build ...) or give --extension\n",
                     opt.extension.c_str());
        return 2;
    }

    SignalGuard signals;
    Workspace ws;
    int status = 0;
    try {
        ws = createWorkspace(opt.workDir, opt.officeDir, opt.startupTimeout);
        ws.interrupted = &interruptSignal();
        ws.thumbnails = opt.thumbnails;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ssf-batch: %s\n", e.what());
        return 2;
    }
    std::string setupError;
    try {
        const auto t0 = Clock::now();
        installExtension(ws, opt.extension);
        if (opt.verbose && !opt.quiet)
            std::fprintf(stderr, "ssf-batch: %s installed into the template profile in %s s\n", opt.extension.c_str(),
                         secondsText(std::chrono::duration<double>(Clock::now() - t0).count()).c_str());
    } catch (const std::exception& e) {
        setupError = std::string("installing the extension failed: ") + e.what();
    }

    const std::size_t nWorkers = std::min<std::size_t>(opt.jobs, corpus.documents.size());
    Run run(opt, corpus, ws, claims);
    std::vector<std::unique_ptr<Worker>> workers;
    if (setupError.empty() && !interruptSignal().load()) {
        try {
            for (std::size_t i = 0; i < nWorkers; ++i) {
                auto w = std::make_unique<Worker>();
                w->office = std::make_unique<Office>(ws, static_cast<int>(i + 1));
                workers.push_back(std::move(w));
            }
        } catch (const std::exception& e) {
            setupError = e.what();
            workers.clear();
        }
        for (auto& w : workers) {
            Worker* wp = w.get();
            wp->thread = std::thread([&run, wp] {
                workerLoop(run, *wp);
                wp->finished = true;
            });
        }
        // The watchdog: per-document and startup deadlines, progress redraw.
        auto lastTick = Clock::now();
        for (;;) {
            bool all = true;
            const auto now = Clock::now();
            for (auto& w : workers) {
                w->watch(now);
                all = all && w->finished.load();
            }
            if (all) break;
            if (now - lastTick >= std::chrono::seconds(1)) {
                run.progress.tick();
                lastTick = now;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        for (auto& w : workers) w->thread.join();
    }

    // Whatever was not processed is said so in the rollup.
    std::vector<std::size_t> unprocessed;
    for (const Item& item : run.queue.drain()) unprocessed.push_back(item.index);
    for (std::size_t i = 0; i < run.rows.size(); ++i)
        if (!run.rows[i] && std::find(unprocessed.begin(), unprocessed.end(), i) == unprocessed.end())
            unprocessed.push_back(i);
    std::string why;
    if (int sig = interruptSignal().load())
        why = "the batch was interrupted by " + signalName(sig);
    else if (!setupError.empty())
        why = setupError;
    else
        for (auto& w : workers)
            if (!w->gaveUp.empty()) why = "no LibreOffice worker could be started: " + w->gaveUp;
    if (why.empty()) why = "internal error: no worker took it";
    for (std::size_t i : unprocessed) run.rows[i] = notProcessed(corpus.documents[i], opt.extracts.size(), why);

    workers.clear();  // offices stopped (no-op when already)
    ChildRegistry::instance().killAll(SIGKILL);

    std::size_t failed = 0;
    for (auto& r : run.rows) {
        failed += !r->ok;
        rollup.rows.push_back(std::move(*r));
    }
    try {
        writeRollup(opt.outDir, rollup);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ssf-batch: cannot write the rollup: %s\n", e.what());
        status = 2;
    }
    run.progress.done(failed);
    if (!unprocessed.empty() && !interruptSignal().load())
        std::fprintf(stderr, "ssf-batch: %zu workbooks not processed: %s\n", unprocessed.size(), why.c_str());
    if (!opt.keepWork)
        removeTree(ws.root);
    else if (!opt.quiet)
        std::fprintf(stderr, "ssf-batch: work folder kept: %s\n", ws.root.c_str());

    if (int sig = interruptSignal().load()) return 128 + sig;
    if (status) return status;
    if (!unprocessed.empty()) return 2;
    return failed ? 1 : 0;
}

}  // namespace ssfb
