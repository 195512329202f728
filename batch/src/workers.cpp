// The worker threads, their document queue and the watchdog's deadlines.
#include "workers.hpp"

#include <cstdio>

#include <com/sun/star/uno/Exception.hpp>

#include "document.hpp"
#include "signals.hpp"

namespace ssfb {

std::string secondsText(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", s);
    return buf;
}

namespace {

bool startOffice(Run& run, Worker& w, const std::string& why) {
    std::string last;
    for (int attempt = 1; attempt <= 3 && !interruptSignal().load(); ++attempt) {
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
        bool fired = w.disarm() != Worker::Fired::None;
        w.office->stop();
        if (interruptSignal().load()) break;
        run.progress.note("worker " + std::to_string(w.office->index()) + ": LibreOffice did not start (attempt " +
                          std::to_string(attempt) + " of 3): " + (fired ? "startup took too long; " : "") + last);
    }
    w.gaveUp = last.empty() ? "interrupted" : last;
    return false;
}

}  // namespace

void workerLoop(Run& run, Worker& w) {
    Office& office = *w.office;
    std::string restartWhy;
    while (!interruptSignal().load()) {
        std::optional<Item> item = run.queue.take();
        if (!item) break;
        if (!office.running() && !startOffice(run, w, restartWhy)) {
            run.queue.putBack(*item);
            break;
        }
        restartWhy.clear();
        const Document& doc = run.corpus.documents[item->index];
        const auto t0 = Clock::now();
        w.arm(run.opt.timeout, run.opt.memoryLimitMb);
        Row row;
        bool unoFailure = false;
        try {
            row = processDocument(office, doc, run.opt, run.corpus, run.ws, run.claims, run.sequence++);
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
        const Worker::Fired fired = w.disarm();
        row.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        ++office.documentsSinceStart;

        if (int sig = interruptSignal().load()) {
            if (!row.ok || unoFailure) {
                row.ok = false;
                row.reason = "interrupted by " + signalName(sig) + " while processing";
            }
            run.record(*item, std::move(row));
            break;
        }
        if (fired == Worker::Fired::Timeout) {
            office.ended(5);
            office.stop();
            row.ok = false;
            row.reason = "timed out after " + secondsText(run.opt.timeout) +
                         " s (loading, recalculating or saving did not finish; LibreOffice was stopped; "
                         "raise --timeout if the workbook is just large)";
            restartWhy = "after a timeout";
        } else if (fired == Worker::Fired::Memory) {
            office.ended(5);
            office.stop();
            row.ok = false;
            row.reason = "memory limit: LibreOffice needed more than " + std::to_string(run.opt.memoryLimitMb) +
                         " MB for this workbook and was stopped (raise --memory-limit if the workbook is just large)";
            restartWhy = "after the memory limit";
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

}  // namespace ssfb
