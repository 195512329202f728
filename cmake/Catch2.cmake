# Catch2 as the distribution ships it: v2 on Debian 12 (one header), v3 on
# Debian 13 (a library with its own main). ssf_catch2(<target>) gives a test
# target the right headers and main; sources include <catch2/catch.hpp> on
# both (on v3 that is the shim in tests/catch2-v3/).
find_package(Catch2 REQUIRED CONFIG)
message(STATUS "Catch2 ${Catch2_VERSION} (${CMAKE_CURRENT_SOURCE_DIR})")
function(ssf_catch2 target)
  if(Catch2_VERSION VERSION_GREATER_EQUAL 3)
    target_include_directories(${target} SYSTEM PRIVATE ${PROJECT_SOURCE_DIR}/tests/catch2-v3)
    target_link_libraries(${target} PRIVATE Catch2::Catch2WithMain)
  else()
    target_link_libraries(${target} PRIVATE Catch2::Catch2)
  endif()
endfunction()
