// swift-tools-version:6.0
// The benchmarks live in their own package so that users of ItalianNLP never build them.
// Run from this folder: swift run -c release itnlp-benchmark
import PackageDescription

let package = Package(
    name: "ItalianNLPBenchmarks",
    dependencies: [
        .package(name: "ItalianNLP", path: ".."),
    ],
    targets: [
        // Heap tuning for the linear-time checks (glibc's mallopt, which Swift does not see).
        .target(name: "CHeapTuning"),
        .executableTarget(
            name: "itnlp-benchmark",
            dependencies: [.product(name: "ItalianNLP", package: "ItalianNLP"), "CHeapTuning"],
        ),
    ]
)
