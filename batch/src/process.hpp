// Child processes the tool owns: each in its own process group, killed with
// the group, with PR_SET_PDEATHSIG so that they die with us even when we are
// killed by SIGKILL; as root, they run as the unprivileged uid 65534.
#pragma once
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>
#include <sys/types.h>

namespace ssfb {

// Who the office side runs as. As root we drop to 65534 (nobody): unopkg
// refuses root profiles, and a document-processing office needs no privilege.
struct Identity {
    bool drop = false;
    uid_t uid = 0;
    gid_t gid = 0;
};
Identity officeIdentity();

struct SpawnSpec {
    std::vector<std::string> argv;   // argv[0] is an absolute path
    std::vector<std::string> env;    // complete environment, NAME=value
    std::string cwd;                 // "" keeps ours
    std::string logPath;             // stdout and stderr are appended here
    Identity identity;
};

// Every process group we started and have not reaped yet; the signal thread
// and the exit path kill them all.
class ChildRegistry {
public:
    static ChildRegistry& instance();
    void add(pid_t pgid);
    void remove(pid_t pgid);
    void killAll(int sig);
    std::vector<pid_t> snapshot();

private:
    std::mutex mutex_;
    std::set<pid_t> groups_;
};

// Starts a child in a new process group (pgid == pid), registered in
// ChildRegistry. Throws std::runtime_error when fork/exec fails.
pid_t spawn(const SpawnSpec& spec);

// Non-blocking: the wait status when the child has exited (and is reaped).
std::optional<int> reapIfExited(pid_t pid);

// Waits up to `seconds` for the child; the status, or nothing on timeout.
std::optional<int> waitFor(pid_t pid, double seconds);

// SIGKILL to the whole group, then reap the leader. Returns its status.
int killGroupAndReap(pid_t pid);

// Runs a command to completion (killing its group after `timeoutSeconds`).
// Returns the wait status; sets timedOut.
int runToCompletion(const SpawnSpec& spec, double timeoutSeconds, bool& timedOut);

// "exit code 1", "killed by signal 11 (SIGSEGV)".
std::string describeStatus(int status);

}  // namespace ssfb
