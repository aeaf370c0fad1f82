# Locate LLVM 22 (Debian's llvm-22-dev) and refuse any other major version.
set(COROPACK_LLVM_HINT /usr/lib/llvm-22/lib/cmake/llvm)
find_package(LLVM CONFIG HINTS ${COROPACK_LLVM_HINT})
if(NOT LLVM_FOUND)
  message(FATAL_ERROR
    "coropack needs LLVM 22 (Debian: apt-get install llvm-22-dev llvm-22-tools "
    "clang-22 libclang-rt-22-dev), or -DLLVM_DIR=<prefix>/lib/cmake/llvm.")
endif()
if(NOT LLVM_VERSION_MAJOR EQUAL 22)
  message(FATAL_ERROR
    "coropack needs LLVM 22, but found LLVM ${LLVM_PACKAGE_VERSION} at ${LLVM_DIR}. "
    "Install llvm-22-dev or pass -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm.")
endif()
message(STATUS "coropack: LLVM ${LLVM_PACKAGE_VERSION} at ${LLVM_DIR}")
find_program(COROPACK_LLVM_CONFIG llvm-config HINTS ${LLVM_TOOLS_BINARY_DIR} NO_DEFAULT_PATH)
if(NOT COROPACK_LLVM_CONFIG)
  message(FATAL_ERROR "llvm-config not found in ${LLVM_TOOLS_BINARY_DIR}")
endif()
execute_process(COMMAND ${COROPACK_LLVM_CONFIG} --cxxflags
  OUTPUT_VARIABLE COROPACK_LLVM_CXXFLAGS OUTPUT_STRIP_TRAILING_WHITESPACE)
separate_arguments(COROPACK_LLVM_CXXFLAGS UNIX_COMMAND "${COROPACK_LLVM_CXXFLAGS}")
# llvm-config may carry -fno-exceptions/-std etc.; drop defines of optimisation level.
list(FILTER COROPACK_LLVM_CXXFLAGS EXCLUDE REGEX "^-O[0-3s]$|^-g")
