# Included by the top-level CMakeLists when PLENARY_FUZZ is ON (clang only): builds each
# src/**/*_fuzz.cc as a libFuzzer binary with AddressSanitizer and UBSan.
file(GLOB_RECURSE FUZZ_SRCS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/*_fuzz.cc)
foreach(src ${FUZZ_SRCS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE plenary_engine)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endforeach()
