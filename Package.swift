// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ItalianNLP",
    products: [
        .library(name: "ItalianNLP", targets: ["ItalianNLP"]),
        .executable(name: "itnlp", targets: ["itnlp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // A small C shim over the system ICU (libicu-dev). Debian's ICU exports only
        // version-suffixed symbols (ubrk_open_72), and ICU headers visible to Swift clash with
        // Foundation's bundled ICU, so the ICU headers stay inside shim.c and Swift sees only
        // the stable `cicu_` names of include/cicu.h.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "ItalianNLP",
            dependencies: ["CICU"]
        ),
        .executableTarget(
            name: "itnlp",
            dependencies: [
                "ItalianNLP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ItalianNLPTests",
            dependencies: ["ItalianNLP"]
        ),
        // Runs the examples (Examples/spark) as a user would, through the built itnlp; it skips
        // when their tools (python3 with pyspark, Java) are missing.
        .testTarget(
            name: "ExampleTests"
        ),
        // Runs the built itnlp binary (found beside the test bundle); depending on the executable
        // target makes `swift test` build it first.
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["itnlp"]
        ),
    ]
)
