// The core tests' one main(): Catch2 generates it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
