#include "batch.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <memory>
#include <thread>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include <com/sun/star/lang/DisposedException.hpp>

#include "corpus.hpp"
#include "document.hpp"
#include "fsutil.hpp"
#include "office.hpp"
#include "process.hpp"
#include "progress.hpp"
#include "rollup.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace ssfb {
namespace {

std::atomic<int> g_interrupt{0};

// SIGINT, SIGTERM and SIGHUP are blocked in every thread and taken here:
// record which, kill every office we started at once (their UNO calls then
// fail fast), and let the workers wind down.
std::atomic<bool> g_signalThreadStop{false};

void signalThread(sigset_t set) {
    for (;;) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0) continue;
        if (sig == SIGUSR1) {
            if (g_signalThreadStop.load()) return;  // our own "stop listening"
            continue;                               // someone else's SIGUSR1: ignored
        }
        int expected = 0;
        g_interrupt.compare_exchange_strong(expected, sig);
        ChildRegistry::instance().killAll(SIGKILL);
    }
}

class SignalGuard {
public:
    SignalGuard() {
        sigemptyset(&set_);
        for (int s : {SIGINT, SIGTERM, SIGHUP, SIGUSR1}) sigaddset(&set_, s);
        pthread_sigmask(SIG_BLOCK, &set_, &old_);
        std::signal(SIGPIPE, SIG_IGN);
        thread_ = std::thread(signalThread, set_);
    }
    ~SignalGuard() {
        g_signalThreadStop = true;
        pthread_kill(thread_.native_handle(), SIGUSR1);
        thread_.join();
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }

private:
    sigset_t set_, old_;
    std::thread thread_;
};

struct Item {
    std::size_t index;  // into corpus.documents
    int crashes = 0;
};

// Work queue shared by the workers.
class Queue {
public:
    explicit Queue(std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) items_.push_back({i, 0});
    }
    std::optional<Item> take() {
        std::lock_guard<std::mutex> lock(mutex_);
        if (items_.empty()) return std::nullopt;
        Item it = items_.front();
        items_.pop_front();
        return it;
    }
    void putBack(Item it) {
        std::lock_guard<std::mutex> lock(mutex_);
        items_.push_front(it);
    }
    std::vector<Item> drain() {
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<Item> out(items_.begin(), items_.end());
        items_.clear();
        return out;
    }

private:
    std::mutex mutex_;
    std::deque<Item> items_;
};

// One worker thread's state, as seen by the watchdog.
struct Worker {
    std::unique_ptr<Office> office;
    std::thread thread;
    std::mutex mutex;
    bool armed = false;  // a deadline is running
    Clock::time_point deadline;
    bool timedOut = false;
    std::string gaveUp;  // set when its office could not be started
    std::atomic<bool> finished{false};

    void arm(double seconds) {
        std::lock_guard<std::mutex> lock(mutex);
        armed = true;
        timedOut = false;
        deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    }
    // Returns whether the watchdog fired meanwhile.
    bool disarm() {
        std::lock_guard<std::mutex> lock(mutex);
        armed = false;
        return timedOut;
    }
    void watch(Clock::time_point now) {
        std::lock_guard<std::mutex> lock(mutex);
        if (armed && !timedOut && now >= deadline) {
            timedOut = true;
            office->kill();
        }
    }
};

struct Run {
    const Options& opt;
    const Corpus& corpus;
    const Workspace& ws;
    Queue queue;
    Progress progress;
    std::vector<std::optional<Row>> rows;
    std::mutex rowsMutex;
    std::atomic<unsigned long> sequence{0};
    std::condition_variable wake;
    std::mutex wakeMutex;

    Run(const Options& o, const Corpus& c, const Workspace& w)
        : opt(o), corpus(c), ws(w), queue(c.documents.size()), progress(c.documents.size(), o.quiet),
          rows(c.documents.size()) {}

    void record(const Item& item, Row row) {
        progress.finished(row.path, row.ok, row.reason, row.seconds);
        std::lock_guard<std::mutex> lock(rowsMutex);
        rows[item.index] = std::move(row);
    }
};

std::string interruptedBy(int sig) { return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP"; }

std::string secondsText(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", s);
    return buf;
}

bool startOffice(Run& run, Worker& w, const std::string& why) {
    std::string last;
    for (int attempt = 1; attempt <= 3 && !g_interrupt.load(); ++attempt) {
        w.arm(run.opt.startupTimeout + 5);
        try {
            const auto t0 = Clock::now();
            w.office->start();
            w.disarm();
            if (run.opt.verbose)
                run.progress.note("worker " + std::to_string(w.office->index()) + ": LibreOffice started in " +
                                  secondsText(std::chrono::duration<double>(Clock::now() - t0).count()) + " s" +
                                  (why.empty() ? "" : " (" + why + ")"));
            else if (!why.empty())
                run.progress.note("worker " + std::to_string(w.office->index()) + " restarted (" + why + ")");
            return true;
        } catch (const std::exception& e) {
            last = e.what();
        } catch (const css::uno::Exception& e) {
            last = describe(e);
        }
        bool fired = w.disarm();
        w.office->stop();
        if (g_interrupt.load()) break;
        run.progress.note("worker " + std::to_string(w.office->index()) + ": LibreOffice did not start (attempt " +
                          std::to_string(attempt) + " of 3): " + (fired ? "startup took too long; " : "") + last);
    }
    w.gaveUp = last.empty() ? "interrupted" : last;
    return false;
}

void workerLoop(Run& run, Worker& w) {
    Office& office = *w.office;
    std::string restartWhy;
    while (!g_interrupt.load()) {
        std::optional<Item> item = run.queue.take();
        if (!item) break;
        if (!office.running() && !startOffice(run, w, restartWhy)) {
            run.queue.putBack(*item);
            break;
        }
        restartWhy.clear();
        const Document& doc = run.corpus.documents[item->index];
        const auto t0 = Clock::now();
        w.arm(run.opt.timeout);
        Row row;
        bool unoFailure = false;
        try {
            row = processDocument(office, doc, run.opt, run.corpus, run.ws, run.sequence++);
        } catch (const css::uno::Exception& e) {
            unoFailure = true;
            row = Row{};
            row.path = doc.path;
            row.values.resize(run.opt.extracts.size());
            row.reason = "LibreOffice failed: " + describe(e);
        } catch (const std::exception& e) {
            row = Row{};
            row.path = doc.path;
            row.values.resize(run.opt.extracts.size());
            row.reason = e.what();
        }
        const bool timedOut = w.disarm();
        row.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        ++office.documentsSinceStart;

        if (int sig = g_interrupt.load()) {
            if (!row.ok || unoFailure) {
                row.ok = false;
                row.reason = "interrupted by " + interruptedBy(sig) + " while processing";
            }
            run.record(*item, std::move(row));
            break;
        }
        if (timedOut) {
            office.ended(5);
            office.stop();
            row.ok = false;
            row.reason = "timed out after " + secondsText(run.opt.timeout) +
                         " s (loading, recalculating or saving did not finish; LibreOffice was stopped; "
                         "raise --timeout if the workbook is just large)";
            restartWhy = "after a timeout";
        } else if (auto how = office.ended(unoFailure ? 2 : 0)) {
            // The office died under this document.
            office.stop();
            restartWhy = "LibreOffice ended: " + *how;
            if (item->crashes == 0) {
                // Once more on a fresh office: the crash may have been caused
                // by an earlier document.
                ++item->crashes;
                run.progress.note("LibreOffice ended (" + *how + ") while processing " + doc.path +
                                  "; trying it once more on a fresh worker");
                run.queue.putBack(*item);
                continue;
            }
            row.ok = false;
            row.reason = "LibreOffice crashed (" + *how + ") while processing this workbook, twice, on fresh workers";
            if (how->find("SIGKILL") != std::string::npos)
                row.reason += " (SIGKILL from outside ssf-batch: often the out-of-memory killer; try fewer --jobs)";
        } else if (unoFailure) {
            // The office lives but said something unexpected: do not trust
            // its state for the next document.
            office.stop();
            restartWhy = "after an unexpected error";
        }
        run.record(*item, std::move(row));
        if (run.opt.maxDocsPerWorker && office.documentsSinceStart >= static_cast<int>(run.opt.maxDocsPerWorker) &&
            office.running()) {
            const auto t0 = Clock::now();
            office.stop();
            if (run.opt.verbose)
                run.progress.note("worker " + std::to_string(office.index()) + ": LibreOffice stopped in " +
                                  secondsText(std::chrono::duration<double>(Clock::now() - t0).count()) + " s");
            restartWhy = "after " + std::to_string(run.opt.maxDocsPerWorker) + " documents (--max-docs-per-worker)";
        }
    }
    office.stop();
}

Row notProcessed(const Document& doc, std::size_t extracts, const std::string& why) {
    Row row;
    row.path = doc.path;
    row.values.resize(extracts);
    row.reason = "not processed: " + why;
    return row;
}

}  // namespace

int runBatch(const Options& opt) {
    Corpus corpus;
    try {
        fs::create_directories(opt.outDir);
        corpus = collectCorpus(opt.inputs, opt.outDir, opt.shard);
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
        ws.interrupted = &g_interrupt;
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
    Run run(opt, corpus, ws);
    std::vector<std::unique_ptr<Worker>> workers;
    if (setupError.empty() && !g_interrupt.load()) {
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
    if (int sig = g_interrupt.load())
        why = "the batch was interrupted by " + interruptedBy(sig);
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
    if (!unprocessed.empty() && !g_interrupt.load())
        std::fprintf(stderr, "ssf-batch: %zu workbooks not processed: %s\n", unprocessed.size(), why.c_str());
    if (!opt.keepWork)
        removeTree(ws.root);
    else if (!opt.quiet)
        std::fprintf(stderr, "ssf-batch: work folder kept: %s\n", ws.root.c_str());

    if (int sig = g_interrupt.load()) return 128 + sig;
    if (status) return status;
    if (!unprocessed.empty()) return 2;
    return failed ? 1 : 0;
}

}  // namespace ssfb
