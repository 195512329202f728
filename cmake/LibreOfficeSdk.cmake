# The LibreOffice SDK as Debian ships it (libreoffice-dev): tools, headers and
# the UNO runtime libraries, and the one lo_uno target every UNO target links.
# This file is the one place that finds the office: every script and test
# reads what it found (SSF_OFFICE_ENV, and ${CMAKE_BINARY_DIR}/office.env for
# the shell scripts), so no other file names /usr/lib/libreoffice.
#
# The program folder is where the real soffice lives (/usr/bin/soffice is a
# link into it); the SDK sits beside it. Both can be given on the command line.
find_program(LO_SOFFICE_LINK soffice PATHS /usr/lib/libreoffice/program /opt/libreoffice/program)
if(NOT LO_SOFFICE_LINK)
  message(FATAL_ERROR "LibreOffice's soffice is not on PATH: install libreoffice-calc-nogui (scripts/deps.sh does)")
endif()
get_filename_component(lo_soffice_real "${LO_SOFFICE_LINK}" REALPATH)
get_filename_component(lo_program_found "${lo_soffice_real}" DIRECTORY)
set(LO_PROGRAM_DIR "${lo_program_found}" CACHE PATH "LibreOffice program directory (holds soffice.bin)")
get_filename_component(lo_sdk_guess "${LO_PROGRAM_DIR}/../sdk" ABSOLUTE)
set(LO_SDK_DIR "${lo_sdk_guess}" CACHE PATH "LibreOffice SDK directory (libreoffice-dev)")

# unoidl-read (tools/catalogue.py) and unopkg (tests/office/test_extension.py)
# are not run by CMake: they are looked for here so that a missing one fails
# the configure, not a test.
find_program(LO_UNOIDL_WRITE unoidl-write HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_UNOIDL_READ unoidl-read HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_SOFFICE soffice HINTS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH REQUIRED)
find_program(LO_UNOPKG unopkg HINTS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH REQUIRED)

# The office's version, for the test log and the README's table of tested versions.
execute_process(COMMAND ${LO_SOFFICE} --version OUTPUT_VARIABLE lo_version_text
  ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE TIMEOUT 60)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+(\\.[0-9]+)?" LO_VERSION "${lo_version_text}")
message(STATUS "LibreOffice ${LO_VERSION} in ${LO_PROGRAM_DIR}, SDK in ${LO_SDK_DIR}")

# What tests and scripts read instead of assuming paths.
set(SSF_OFFICE_ENV "SSF_LO_PROGRAM=${LO_PROGRAM_DIR}" "SSF_LO_SDK=${LO_SDK_DIR}")
file(WRITE ${CMAKE_BINARY_DIR}/office.env
  "SSF_LO_PROGRAM='${LO_PROGRAM_DIR}'\nSSF_LO_SDK='${LO_SDK_DIR}'\nSSF_LO_VERSION='${LO_VERSION}'\n")

set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
foreach(f ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${LO_SDK_DIR}/include/sal/config.h)
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "LibreOffice SDK file ${f} is missing: install libreoffice-dev")
  endif()
endforeach()

# The office API headers (com/sun/star/...), generated once per build tree:
# the SDK ships none. cppumaker needs absolute rdb paths.
set(LO_API_INCLUDE "${CMAKE_BINARY_DIR}/uno-include/office")
add_custom_command(
  OUTPUT ${LO_API_INCLUDE}/.stamp
  COMMAND ${CMAKE_COMMAND} -E make_directory ${LO_API_INCLUDE}
  COMMAND ${LO_CPPUMAKER} -Gc -O ${LO_API_INCLUDE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${LO_API_INCLUDE}/.stamp
  COMMENT "Generating LibreOffice API headers (cppumaker)"
  VERBATIM)
add_custom_target(lo_api_headers DEPENDS ${LO_API_INCLUDE}/.stamp)

add_library(lo_uno INTERFACE)
add_dependencies(lo_uno lo_api_headers)
target_include_directories(lo_uno SYSTEM INTERFACE ${LO_SDK_DIR}/include ${LO_API_INCLUDE})
target_compile_definitions(lo_uno INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
target_link_directories(lo_uno INTERFACE ${LO_SDK_DIR}/lib ${LO_PROGRAM_DIR})
target_link_libraries(lo_uno INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal uno_salhelpergcc3)
