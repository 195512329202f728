// The InputError a call throws, for core tests that check its place and words.
#pragma once
#include "ssf/input.hpp"

#include <catch2/catch.hpp>

template <class F>
ssf::InputError inputError(F&& body) {
    try {
        body();
    } catch (const ssf::InputError& e) {
        return e;
    }
    FAIL("no InputError");
    return ssf::InputError("none");
}
