// The signal thread: SIGINT, SIGTERM, SIGHUP stop every office so the run winds down.
#include "signals.hpp"

#include <pthread.h>

#include "process.hpp"

namespace ssfb {
namespace {

std::atomic<bool> g_stopThread{false};

void signalThread(sigset_t set) {
    for (;;) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0) continue;
        if (sig == SIGUSR1) {
            if (g_stopThread.load()) return;  // our own "stop listening"
            continue;                         // someone else's SIGUSR1: ignored
        }
        int expected = 0;
        interruptSignal().compare_exchange_strong(expected, sig);
        ChildRegistry::instance().killAll(SIGKILL);
    }
}

}  // namespace

std::atomic<int>& interruptSignal() {
    static std::atomic<int> sig{0};
    return sig;
}

std::string signalName(int sig) { return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP"; }

SignalGuard::SignalGuard() {
    sigemptyset(&set_);
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGUSR1}) sigaddset(&set_, s);
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
    std::signal(SIGPIPE, SIG_IGN);
    thread_ = std::thread(signalThread, set_);
}

SignalGuard::~SignalGuard() {
    g_stopThread = true;
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
}

}  // namespace ssfb
