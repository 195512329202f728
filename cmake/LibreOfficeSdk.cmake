# The LibreOffice SDK as Debian ships it (libreoffice-dev): tools, headers and
# the UNO runtime libraries, plus two helpers shared by every UNO target:
#   ssf_uno_types(<target> <rdb> <out-include-dir>)  generated C++ headers
#   ssf_uno_target(<target>)                         compile and link flags
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")

find_program(LO_UNOIDL_WRITE unoidl-write HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_UNOIDL_READ unoidl-read HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_SOFFICE soffice HINTS ${LO_PROGRAM_DIR} /usr/bin REQUIRED)
find_program(LO_UNOPKG unopkg HINTS ${LO_PROGRAM_DIR} /usr/bin REQUIRED)

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
