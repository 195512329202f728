// The progress bar or per-workbook lines on stderr.
#include "progress.hpp"

#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace ssfb {

std::string formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return "--:--";
    long s = std::lround(seconds);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

Progress::Progress(std::size_t total, bool quiet)
    : total_(total), quiet_(quiet), tty_(::isatty(2)), start_(std::chrono::steady_clock::now()) {}

void Progress::clearLocked() {
    if (tty_) std::fputs("\r\033[K", stderr);
}

void Progress::drawLocked() {
    if (quiet_ || !tty_) return;
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double rate = elapsed > 0 ? done_ / elapsed : 0;
    double eta = rate > 0 ? (total_ - done_) / rate : NAN;
    const int width = 24;
    int filled = total_ ? static_cast<int>(width * done_ / total_) : width;
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar += std::string(static_cast<std::size_t>(width - filled), '.');
    std::fprintf(stderr, "\r\033[K[%s] %zu/%zu", bar.c_str(), done_, total_);
    if (failed_) std::fprintf(stderr, " (%zu failed)", failed_);
    std::fprintf(stderr, "  %.1f docs/s  %s left  %s elapsed", rate, formatDuration(eta).c_str(),
                 formatDuration(elapsed).c_str());
    std::fflush(stderr);
}

void Progress::finished(const std::string& path, bool ok, const std::string& reason, double seconds) {
    std::lock_guard<std::mutex> lock(mutex_);
    ++done_;
    if (!ok) ++failed_;
    if (quiet_) return;
    if (tty_) {
        if (!ok) {
            clearLocked();
            std::fprintf(stderr, "failed: %s: %s\n", path.c_str(), reason.c_str());
        }
        drawLocked();
    } else {
        std::fprintf(stderr, "ssf-batch: [%zu/%zu] %s %s (%.2f s)%s%s\n", done_, total_, ok ? "ok" : "FAILED",
                     path.c_str(), seconds, ok ? "" : ": ", ok ? "" : reason.c_str());
    }
}

void Progress::note(const std::string& text) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (quiet_) return;
    clearLocked();
    std::fprintf(stderr, "ssf-batch: %s\n", text.c_str());
    drawLocked();
}

void Progress::tick() {
    std::lock_guard<std::mutex> lock(mutex_);
    drawLocked();
}

void Progress::done(std::size_t failed) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (quiet_) return;
    double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    clearLocked();
    std::fprintf(stderr, "ssf-batch: %zu workbooks, %zu ok, %zu failed in %s (%.1f docs/s)\n", total_,
                 total_ - failed, failed, formatDuration(elapsed).c_str(), elapsed > 0 ? done_ / elapsed : 0.0);
}

}  // namespace ssfb
