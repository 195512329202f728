// One LibreOffice worker: a headless soffice.bin with a private profile
// (a fresh copy of the template holding the extension), reached over a
// loopback socket through a URP bridge.
#pragma once
#include <atomic>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include "process.hpp"
#include "safefs.hpp"
#include "uno_util.hpp"

namespace ssfb {

struct OfficeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The temporary folder of a run (root's when we are root, mode 0711): HOME,
// TMPDIR and the template profile of the office side (the office's uid's),
// one folder per worker (ours) holding its profile (the office's) and its
// staging folder (ours; one folder per document inside, see document.cpp).
struct Workspace {
    std::string root;
    std::string home, tmp, templateProfile;
    std::string programDir;  // LibreOffice's program folder
    Identity identity;
    double startupTimeout = 60;
    bool thumbnails = false;  // ODF copies with a preview image (slow to render)
    const std::atomic<int>* interrupted = nullptr;  // set by the signal thread

    // The environment the office side runs with.
    std::vector<std::string> officeEnvironment() const;
    // mkdir of a new folder (see DirOwner); throws OfficeError.
    void makeDir(const std::string& path, DirOwner owner) const;
    // cp -R from/. to, run as the office's uid; "" or what went wrong.
    std::string copyAsOffice(const std::string& from, const std::string& to) const;
};

// Creates the workspace under `base` (or $TMPDIR, /tmp).
Workspace createWorkspace(const std::string& base, const std::string& programDir, double startupTimeout);

// unopkg add into the template profile (as the office's uid). Throws
// OfficeError with unopkg's output when it fails.
void installExtension(const Workspace& ws, const std::string& oxt);

class Office {
public:
    Office(const Workspace& ws, int index);
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    // A fresh office: new profile copy, start, connect. Throws OfficeError.
    void start();
    // Asks the office to quit (Desktop.terminate), kills what is left after
    // a grace period, disposes the bridge. Idempotent.
    void stop();
    // Kills the process group at once (from the watchdog or a signal).
    void kill();
    bool running();
    // The office process's resident memory (MB), 0 when not running.
    unsigned long residentMb();
    // When the office process has ended (waiting up to `wait` seconds for it
    // to finish dying): how it ended. The office is then marked stopped.
    std::optional<std::string> ended(double wait);

    css::uno::Reference<css::frame::XComponentLoader> loader() const { return loader_; }
    const std::string& stageDir() const { return stage_; }
    const std::string& logPath() const { return log_; }
    int index() const { return index_; }
    int documentsSinceStart = 0;
    int starts = 0;

private:
    void spawnOffice(int port);
    void connect(int port, double deadline);
    void dropBridge();
    // The office's settings for documents from outside (see office.cpp).
    void configure();
    void setConfiguration(const char* nodePath, const char* property, const css::uno::Any& value);
    // Polls for the office's end for up to `seconds` (the lock is held only
    // for each check); the wait status, or nothing.
    std::optional<int> waitForExit(double seconds);

    const Workspace& ws_;
    int index_;
    std::string dir_, profile_, stage_, log_;
    std::mutex mutex_;  // guards pid_ against kill-after-reap
    pid_t pid_ = 0;
    css::uno::Reference<css::lang::XComponent> bridge_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XComponentLoader> loader_;
};

}  // namespace ssfb
