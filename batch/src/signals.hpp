// SIGINT, SIGTERM and SIGHUP: taken by one thread, which records the signal
// and kills every office at once (their pending UNO calls then fail fast), so
// that the workers wind down and a partial rollup is written.
#pragma once
#include <atomic>
#include <csignal>
#include <string>
#include <thread>

namespace ssfb {

// The signal that interrupted the run, 0 while none did.
std::atomic<int>& interruptSignal();

std::string signalName(int sig);

// Blocks the signals in every thread started after it and starts the thread
// that takes them; the destructor stops that thread and unblocks them.
class SignalGuard {
public:
    SignalGuard();
    ~SignalGuard();
    SignalGuard(const SignalGuard&) = delete;
    SignalGuard& operator=(const SignalGuard&) = delete;

private:
    sigset_t set_, old_;
    std::thread thread_;
};

}  // namespace ssfb
