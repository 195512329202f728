# Runs one libFuzzer target for ctest (fuzz/CMakeLists.txt).
#   MODE=replay : every committed corpus file once (regressions)
#   MODE=explore: fuzz for SECONDS from a fresh writable copy of the corpus,
#                 so new inputs go to the build tree, never to the repository
# Fails on any crash, leak, timeout, out-of-memory or contract violation.
foreach(v FUZZER CORPUS WORK MODE)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "run_fuzzer.cmake: ${v} is not set")
  endif()
endforeach()
if(NOT DEFINED SECONDS)
  set(SECONDS 25)
endif()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(GLOB seeds LIST_DIRECTORIES false ${CORPUS}/*)
list(SORT seeds)
list(LENGTH seeds nseeds)
if(nseeds EQUAL 0)
  message(FATAL_ERROR "no seed files in ${CORPUS}")
endif()

set(common -timeout=5 -rss_limit_mb=2048 -malloc_limit_mb=2048 -artifact_prefix=${WORK}/artifacts/ -print_final_stats=1)
if(MODE STREQUAL "replay")
  execute_process(COMMAND ${FUZZER} ${common} ${seeds} RESULT_VARIABLE rc)
elseif(MODE STREQUAL "explore")
  file(COPY ${seeds} DESTINATION ${WORK}/corpus)
  execute_process(COMMAND ${FUZZER} ${common} -max_total_time=${SECONDS} -max_len=4096
                          ${WORK}/corpus RESULT_VARIABLE rc)
else()
  message(FATAL_ERROR "MODE must be replay or explore")
endif()

file(GLOB found ${WORK}/artifacts/*)
if(NOT rc EQUAL 0 OR found)
  message(FATAL_ERROR "${FUZZER} failed (exit ${rc}); inputs that did it: ${found}\n"
                      "Reproduce: ${FUZZER} <file>; then add the file to ${CORPUS} and a test to tests/core/test_regressions.cpp")
endif()
message(STATUS "${MODE}: ${nseeds} seed files, no finding")
