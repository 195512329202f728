// Progress on stderr: a redrawn bar (count, rate, remaining time) on a
// terminal, one plain line per workbook otherwise, nothing with --quiet.
#pragma once
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace ssfb {

class Progress {
public:
    Progress(std::size_t total, bool quiet);
    // A finished workbook (from any worker thread).
    void finished(const std::string& path, bool ok, const std::string& reason, double seconds);
    // A message that must not be torn by the bar (worker restarts, warnings).
    void note(const std::string& text);
    // Periodic redraw (remaining time changes even when nothing finishes).
    void tick();
    // Final line: counts and elapsed time.
    void done(std::size_t failed);

private:
    void drawLocked();
    void clearLocked();
    std::mutex mutex_;
    std::size_t total_, done_ = 0, failed_ = 0;
    bool quiet_, tty_;
    std::chrono::steady_clock::time_point start_;
};

std::string formatDuration(double seconds);

}  // namespace ssfb
