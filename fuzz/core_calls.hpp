// The table of every public core function the fuzzers call, and the contract
// each call must keep: return a valid result (finite numbers, well-formed
// arrays, the domain's invariants) or throw ssf::InputError / ssf::NotAvailable.
// Anything else (another exception, a non-finite number, a broken invariant)
// aborts the fuzzer with a message. ASan/UBSan/LSan and libFuzzer's -timeout
// and -rss_limit_mb catch crashes, leaks, hangs and memory blow-ups.
//
// Every spreadsheet function's call is generated from the catalogue's `fuzz`
// field (spreadsheet_calls.inc); core_calls.cpp adds the other public core
// functions, the domain invariants some results keep (invariants()), and the
// header of each group (a new group: include its header there).
#pragma once

#include "ssf/checklist.hpp"
#include "ssf/input.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fuzz {

// The arguments one input supplies, by position. A function's k-th range
// argument is ranges[k] and its k-th number argument scalars[k].
struct Args {
    std::vector<std::optional<ssf::Range>> ranges;  // nullopt: left out
    std::vector<ssf::Scalar> scalars;

    // A required range; one that is missing is the empty 0 x 0 range.
    const ssf::Range& range(std::size_t i) const;
    // An optional range; nullptr when missing or left out.
    const ssf::Range* optRange(std::size_t i) const;
    // A number argument. A number is passed raw (NaN, infinities and all:
    // the core must cope even though the add-in's requireNumber filters
    // them); anything else goes through requireNumber (an InputError).
    double num(std::size_t i, const char* what) const;
    double optNum(std::size_t i, double fallback, const char* what) const;
    const ssf::Scalar& scalar(std::size_t i) const;
};

using Matrix = std::vector<std::vector<double>>;
// What a call returns: nothing (a check-only call), a number, a text, an
// array, or an array with #N/A cells.
using Result = std::variant<std::monostate, double, std::string, Matrix, ssf::FitMatrix>;

// A rule one function's results keep; calls fail() when broken.
using Invariant = void (*)(const Result&, const Args&);

struct Call {
    const char* name;
    Result (*run)(const Args&);
    bool spreadsheetFunction;  // an SSF_* function (its result goes to a cell)
    Invariant invariant = nullptr;
};

const std::vector<Call>& calls();

// Aborts the fuzzer: prints the call and the broken rule, then traps.
[[noreturn]] void fail(const char* call, const std::string& why);

// Generic result checks: finite numbers, rectangular finite arrays.
void checkResult(const char* call, const Result& result);

// Runs one call under the contract. Returns its result, or nullopt when it
// threw InputError / NotAvailable; any other outcome aborts.
std::optional<Result> runChecked(const Call& call, const Args& args);

}  // namespace fuzz
