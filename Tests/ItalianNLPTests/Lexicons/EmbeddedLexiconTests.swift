import Foundation
import XCTest

@testable import ItalianNLP

/// The lexicons compiled into the library must equal the TSV files in Lexicons/: run
/// `python3 Scripts/embed-lexicons.py` after editing one.
final class EmbeddedLexiconTests: XCTestCase {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lexicons")

    func testEveryLexiconFileIsEmbeddedAndCurrent() throws {
        let enumerator = FileManager.default.enumerator(atPath: Self.lexicons.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".tsv") { files.append(path) }
        }
        XCTAssertFalse(files.isEmpty)
        for path in files {
            let disk = try String(contentsOf: Self.lexicons.appendingPathComponent(path), encoding: .utf8)
            let trimmed = disk.hasSuffix("\n") ? String(disk.dropLast()) : disk
            XCTAssertEqual(EmbeddedLexiconData.files[path], trimmed, "\(path) is stale: run Scripts/embed-lexicons.py")
        }
        XCTAssertEqual(EmbeddedLexiconData.files.count, files.count, "an embedded lexicon has no file")
    }

    func testLexiconsLoad() {
        XCTAssertGreaterThan(AbbreviationLexicon.shared.count, 300)
        XCTAssertGreaterThan(MultiwordExpansion.infinitives.count, 4_000)
        XCTAssertGreaterThan(SpeakerLexicons.shared.roles.count, 300)
        XCTAssertGreaterThan(SpeakerLexicons.shared.givenNames.count, 900)
    }
}
