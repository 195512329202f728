// Spawning, watching and killing child process groups (as uid 65534 under root).
#include "process.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <fcntl.h>
#include <grp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ssfb {

Identity officeIdentity() {
    Identity id;
    if (::geteuid() == 0) {
        id.drop = true;
        id.uid = 65534;
        id.gid = 65534;
    } else {
        id.uid = ::geteuid();
        id.gid = ::getegid();
    }
    return id;
}

ChildRegistry& ChildRegistry::instance() {
    static ChildRegistry r;
    return r;
}

void ChildRegistry::add(pid_t pgid) {
    std::lock_guard<std::mutex> lock(mutex_);
    groups_.insert(pgid);
}

void ChildRegistry::remove(pid_t pgid) {
    std::lock_guard<std::mutex> lock(mutex_);
    groups_.erase(pgid);
}

void ChildRegistry::killAll(int sig) {
    std::lock_guard<std::mutex> lock(mutex_);
    // A group stays registered until its leader is reaped, so its id cannot
    // have been reused by an unrelated process.
    for (pid_t g : groups_) ::kill(-g, sig);
}

std::vector<pid_t> ChildRegistry::snapshot() {
    std::lock_guard<std::mutex> lock(mutex_);
    return {groups_.begin(), groups_.end()};
}

namespace {

// Only async-signal-safe calls between fork and exec: everything is prepared
// before the fork, and failures are reported through a CLOEXEC pipe.
[[noreturn]] void childFail(int errPipe, int step) {
    int code[2] = {step, errno};
    ssize_t ignored = ::write(errPipe, code, sizeof code);
    (void)ignored;
    ::_exit(127);
}

// Closes every descriptor >= lowest except `keep` (keep >= lowest).
void closeFrom(int lowest, int keep) {
#ifdef SYS_close_range
    bool below = keep == lowest || ::syscall(SYS_close_range, lowest, keep - 1, 0) == 0;
    if (below && ::syscall(SYS_close_range, keep + 1, ~0U, 0) == 0) return;
#endif
    long maxFd = ::sysconf(_SC_OPEN_MAX);
    if (maxFd < 0 || maxFd > 65536) maxFd = 65536;
    for (int fd = lowest; fd < maxFd; ++fd)
        if (fd != keep) ::close(fd);
}

const char* const kSteps[] = {"", "setpgid", "open log", "dup2", "chdir", "setgroups", "setgid", "setuid",
                              "prctl", "parent gone", "exec"};

}  // namespace

pid_t spawn(const SpawnSpec& spec) {
    if (spec.argv.empty()) throw std::runtime_error("spawn: empty command");
    std::vector<char*> argv, envp;
    for (const auto& a : spec.argv) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    for (const auto& e : spec.env) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    const char* logPath = spec.logPath.empty() ? "/dev/null" : spec.logPath.c_str();
    const char* cwd = spec.cwd.empty() ? nullptr : spec.cwd.c_str();

    int pipeFd[2];
    if (::pipe2(pipeFd, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    const pid_t parent = ::getpid();
    sigset_t none;
    sigemptyset(&none);

    pid_t pid = ::fork();
    if (pid < 0) {
        int e = errno;
        ::close(pipeFd[0]);
        ::close(pipeFd[1]);
        throw std::runtime_error(std::string("fork: ") + std::strerror(e));
    }
    if (pid == 0) {
        int err = pipeFd[1];
        if (::setpgid(0, 0) != 0) childFail(err, 1);
        int log = ::open(logPath, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (log < 0) childFail(err, 2);
        int devnull = ::open("/dev/null", O_RDONLY);
        if (devnull < 0 || ::dup2(devnull, 0) < 0 || ::dup2(log, 1) < 0 || ::dup2(log, 2) < 0) childFail(err, 3);
        // The error pipe is needed until exec; everything else we hold (other
        // offices' sockets, files) must not leak into the child.
        if (err < 3) childFail(err, 3);
        closeFrom(3, err);
        if (cwd && ::chdir(cwd) != 0) childFail(err, 4);
        if (spec.identity.drop) {
            // Raw syscalls: glibc's wrappers synchronise threads, which do not
            // exist in the child of a multithreaded parent.
            if (::syscall(SYS_setgroups, 0, nullptr) != 0) childFail(err, 5);
            if (::syscall(SYS_setresgid, spec.identity.gid, spec.identity.gid, spec.identity.gid) != 0)
                childFail(err, 6);
            if (::syscall(SYS_setresuid, spec.identity.uid, spec.identity.uid, spec.identity.uid) != 0)
                childFail(err, 7);
        }
        // After the uid change: changing credentials clears the death signal.
        if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) childFail(err, 8);
        if (::getppid() != parent) childFail(err, 9);
        // Signals blocked in our threads (for sigwait) must not stay blocked.
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) ::signal(s, SIG_DFL);
        ::execve(argv[0], argv.data(), envp.data());
        childFail(err, 10);
    }
    ::close(pipeFd[1]);
    // Registered at once (before exec is confirmed) so that a signal arriving
    // now still reaches the child.
    ChildRegistry::instance().add(pid);
    int code[2] = {0, 0};
    ssize_t n;
    do {
        n = ::read(pipeFd[0], code, sizeof code);
    } while (n < 0 && errno == EINTR);
    ::close(pipeFd[0]);
    if (n > 0) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        ChildRegistry::instance().remove(pid);
        int step = (code[0] > 0 && code[0] <= 10) ? code[0] : 0;
        throw std::runtime_error("cannot start " + spec.argv[0] + ": " + kSteps[step] + ": " + std::strerror(code[1]));
    }
    return pid;
}

std::optional<int> reapIfExited(pid_t pid) {
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(pid, &status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == pid) {
        // The leader is gone; anything left in its group goes too.
        ::kill(-pid, SIGKILL);
        ChildRegistry::instance().remove(pid);
        return status;
    }
    if (r < 0) {  // not our child any more (already reaped)
        ChildRegistry::instance().remove(pid);
        return 0;
    }
    return std::nullopt;
}

std::optional<int> waitFor(pid_t pid, double seconds) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (;;) {
        if (auto st = reapIfExited(pid)) return st;
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

int killGroupAndReap(pid_t pid) {
    ::kill(-pid, SIGKILL);
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(pid, &status, 0);
    } while (r < 0 && errno == EINTR);
    ::kill(-pid, SIGKILL);  // stragglers that were forked meanwhile
    ChildRegistry::instance().remove(pid);
    return r == pid ? status : 0;
}

int runToCompletion(const SpawnSpec& spec, double timeoutSeconds, bool& timedOut) {
    pid_t pid = spawn(spec);
    timedOut = false;
    if (auto st = waitFor(pid, timeoutSeconds)) return *st;
    timedOut = true;
    return killGroupAndReap(pid);
}

std::string describeStatus(int status) {
    if (WIFEXITED(status)) return "exit code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        const char* name = sigabbrev_np(sig);
        return "killed by signal " + std::to_string(sig) + (name ? std::string(" (SIG") + name + ")" : "");
    }
    return "status " + std::to_string(status);
}

}  // namespace ssfb
