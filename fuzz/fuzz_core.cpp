// fuzz_core: every public core function on fuzzed ranges and scalars.
//
// Input format (see fuzz_input.hpp for ranges, cells and scalars):
//   u8  ranges: count = b % 8; bit 3 + i set leaves range i (0-4) out (an
//       omitted optional argument; it is still decoded)
//   Range * count
//   u8  scalars: count = b % 7
//   Scalar * count
// Each input is run through the whole table of core_calls.cpp.
#include "core_calls.hpp"
#include "fuzz_input.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Reader in(data, size);
    fuzz::Args args;
    try {
        std::uint8_t head = in.u8();
        std::size_t ranges = head % 8;
        for (std::size_t i = 0; i < ranges; ++i) {
            ssf::Range r = fuzz::readRange(in);
            if (head & (8u << i))
                args.ranges.emplace_back(std::nullopt);
            else
                args.ranges.emplace_back(std::move(r));
        }
        std::size_t scalars = in.u8() % 7;
        for (std::size_t i = 0; i < scalars; ++i) args.scalars.push_back(fuzz::readScalar(in));
    } catch (const ssf::InputError&) {
        return 0;  // a range the Range constructor refuses: not an input Calc can make
    }
    for (const fuzz::Call& call : fuzz::calls()) fuzz::runChecked(call, args);
    return 0;
}
