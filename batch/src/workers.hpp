// The workers: one thread per office, taking documents from a shared queue;
// the watchdog state behind per-document and startup deadlines.
#pragma once
#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "claims.hpp"
#include "corpus.hpp"
#include "office.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "rollup.hpp"

namespace ssfb {

using Clock = std::chrono::steady_clock;

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
    enum class Fired { None, Timeout, Memory };
    std::unique_ptr<Office> office;
    std::thread thread;
    std::mutex mutex;
    bool armed = false;  // a deadline is running
    Clock::time_point deadline;
    unsigned memoryLimitMb = 0;  // 0: none
    Fired fired = Fired::None;
    std::string gaveUp;  // set when its office could not be started
    std::atomic<bool> finished{false};

    void arm(double seconds, unsigned limitMb = 0) {
        std::lock_guard<std::mutex> lock(mutex);
        armed = true;
        fired = Fired::None;
        memoryLimitMb = limitMb;
        deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    }
    // What stopped the office meanwhile, if anything.
    Fired disarm() {
        std::lock_guard<std::mutex> lock(mutex);
        armed = false;
        return fired;
    }
    // Called every 50 ms: the deadline, and the office's resident memory
    // (a workbook can make LibreOffice grow by gigabytes a second).
    void watch(Clock::time_point now) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!armed || fired != Fired::None) return;
        if (now >= deadline)
            fired = Fired::Timeout;
        else if (memoryLimitMb && office->residentMb() > memoryLimitMb)
            fired = Fired::Memory;
        if (fired != Fired::None) office->kill();
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
    OutputClaims& claims;

    Run(const Options& o, const Corpus& c, const Workspace& w, OutputClaims& cl)
        : opt(o), corpus(c), ws(w), queue(c.documents.size()), progress(c.documents.size(), o.quiet),
          rows(c.documents.size()), claims(cl) {}

    void record(const Item& item, Row row) {
        progress.finished(row.path, row.ok, row.reason, row.seconds);
        std::lock_guard<std::mutex> lock(rowsMutex);
        rows[item.index] = std::move(row);
    }
};

// Takes documents until the queue is empty or the run is interrupted; gives
// up (w.gaveUp) when its office cannot be started three times in a row.
void workerLoop(Run& run, Worker& w);

std::string secondsText(double s);

}  // namespace ssfb
