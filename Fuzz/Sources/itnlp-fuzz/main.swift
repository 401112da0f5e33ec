// The fuzzer's entry point. libFuzzer is started through LLVMFuzzerRunDriver rather than through
// its own `main`, because SwiftPM on Linux always links an executable's `main` to the module's
// Swift entry point (see CFuzzerDriver.h); the flags (-max_len, -timeout, a corpus folder…) are
// libFuzzer's.
import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#endif

// Load the lexicons before the first input: their one-time set-up (most of a second) would
// otherwise count against that input's -timeout, and on a busy machine exceed it.
let warmUp = Array("«Non è lo stipendio», ha detto il ministro, secondo l'Ansa.".utf8)
_ = warmUp.withUnsafeBufferPointer { fuzz($0.baseAddress, $0.count) }

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) })
