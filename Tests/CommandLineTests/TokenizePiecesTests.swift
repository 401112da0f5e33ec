import Foundation
import XCTest

/// `itnlp tokenize --format text|conllu` tokenises a large input a piece at a time, cut where a
/// sentence always starts: the output must be byte-identical to tokenising the whole text.
final class TokenizePiecesTests: XCTestCase {
    /// Every fixture text, joined by blank lines, single line breaks and a line that starts in
    /// lower case (a hard-wrapped sentence, where no cut may fall).
    private func corpus() throws -> Data {
        let fixtures = packageRoot.appendingPathComponent("Fixtures")
        let paths = (FileManager.default.enumerator(atPath: fixtures.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(paths.isEmpty)
        var text = ""
        for (index, path) in paths.enumerated() {
            text += try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
            text += ["\n\n", "\n", "\n  \r\n", " e poi\ncontinua la frase\n"][index % 4]
        }
        return Data(text.utf8)
    }

    func testPiecesGiveTheWholeTextsOutput() throws {
        guard let itnlp = ItnlpProcess.locate() else {
            throw XCTSkip("the itnlp binary was not found beside the test bundle (run swift build first)")
        }
        let input = try corpus()
        for format in ["conllu", "text"] {
            let whole = try itnlp.run(["tokenize", "-", "--format", format, "--piece-bytes", "\(input.count * 2)"], input: input)
            let pieces = try itnlp.run(["tokenize", "-", "--format", format, "--piece-bytes", "200"], input: input)
            XCTAssertEqual(whole.status, 0)
            XCTAssertEqual(pieces.status, 0)
            XCTAssertGreaterThan(whole.stdout.count, input.count)
            XCTAssertTrue(whole.stdout == pieces.stdout, "\(format): pieced output differs from whole-text output")
        }
    }
}
