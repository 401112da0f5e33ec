// swift-tools-version:6.0
// The libFuzzer target lives in its own package so that users of ItalianNLP, and `swift build` or
// `swift test` of the root package, never build it. Build and run it with Scripts/fuzz.
import PackageDescription

let package = Package(
    name: "ItalianNLPFuzz",
    dependencies: [
        .package(name: "ItalianNLP", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (see its header for why).
        .target(name: "CFuzzerDriver"),
        // Built with -sanitize=fuzzer (see Scripts/fuzz): main.swift hands control to libFuzzer,
        // which calls LLVMFuzzerTestOneInput for every input.
        .executableTarget(
            name: "itnlp-fuzz",
            dependencies: ["CFuzzerDriver", .product(name: "ItalianNLP", package: "ItalianNLP")]
        ),
    ]
)
