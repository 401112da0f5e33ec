import Foundation
import XCTest
@testable import ItalianNLP

/// `Tokenizer.writeCoNLLU(of:)` and `writePlainText(of:)` write without building `Token` values;
/// they must give exactly the bytes of `tokenize(text).writeCoNLLU(to:)` and `writePlainText(to:)`.
final class CoNLLUWriterTests: XCTestCase {
    private let tokenizer = Tokenizer()

    private func assertDirectPathAgrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let tokenized = tokenizer.tokenize(text)
        var expected: [UInt8] = []
        tokenized.writeCoNLLU(to: &expected, firstSentenceID: 7)
        var direct: [UInt8] = []
        let count = tokenizer.writeCoNLLU(of: text, to: &direct, firstSentenceID: 7)
        XCTAssertEqual(count, tokenized.sentences.count, file: file, line: line)
        XCTAssertEqual(String(decoding: direct, as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
        var expectedText: [UInt8] = []
        tokenized.writePlainText(to: &expectedText)
        var directText: [UInt8] = []
        tokenizer.writePlainText(of: text, to: &directText)
        XCTAssertEqual(String(decoding: directText, as: UTF8.self), String(decoding: expectedText, as: UTF8.self), file: file, line: line)
    }

    func testShapesAgree() {
        assertDirectPathAgrees("")
        assertDirectPathAgrees("   \n\n\t ")
        assertDirectPathAgrees("Il Dott. Rossi ha detto: «Non è lo stipendio, ma la missione dell’azienda».")
        // Decomposed accents (NFC rewrites them: the sentence text comes from the original).
        assertDirectPathAgrees("Perche\u{301} e\u{300} cosi\u{300}?\nDella casa\tdel\r\nnonno.")
        assertDirectPathAgrees("portarlo, dandoglielo e negli anni '90 al 35' — 1.000,50 € #hashtag @nome :-) 👍🏽\u{0}\u{7F}")
    }

    func testFixturesAgree() throws {
        let texts = try PackageFolders.fixtureTexts()
        XCTAssertFalse(texts.isEmpty)
        for text in texts { assertDirectPathAgrees(text) }
    }

    /// Fields never hold tabs or line breaks: a sentence's text with them is written on one line.
    func testSentenceTextIsOneLine() {
        var output: [UInt8] = []
        tokenizer.writeCoNLLU(of: "Riga\tcon tab\r\ne poi.", to: &output)
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "# sent_id = 1")
        XCTAssertEqual(lines.dropFirst().first, "# text = Riga con tab  e poi.")
        XCTAssertTrue(lines.contains("1\tRiga\t_\t_\t_\t_\t0\troot\t_\t_"))
    }
}
