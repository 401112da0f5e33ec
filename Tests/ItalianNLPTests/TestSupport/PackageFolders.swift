import Foundation

/// The package's own folders as the tests find them: from this file's path, so that `swift test`
/// works from any directory.
enum PackageFolders {
    /// The package root (the folder with Package.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // ItalianNLPTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// Fixtures/, the test corpus.
    static let fixtures = root.appendingPathComponent("Fixtures")

    /// The text of every `.txt` file under Fixtures/ (claims documents, their blind part
    /// included, and the sample article), in path order.
    static func fixtureTexts() throws -> [String] {
        let paths = (FileManager.default.enumerator(atPath: fixtures.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") }
            .sorted()
        return try paths.map { try String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
    }
}
