// CFuzzerDriver.h — libFuzzer's driver entry point, declared for Swift.
//
// SwiftPM links every executable on Linux with `--defsym main=<module>_main`, so a Swift target
// built with -parse-as-library (which emits no `main`) fails to link, and libFuzzer's own `main`
// cannot be used. Instead the fuzz target keeps a Swift `main` that hands control to libFuzzer
// through LLVMFuzzerRunDriver, which libclang_rt.fuzzer exports since LLVM 11.
#ifndef CFUZZERDRIVER_H
#define CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Parses libFuzzer's command-line flags and runs the fuzzer with `callback` as the test.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
