import XCTest

@testable import ItalianNLP

final class BadInputTests: XCTestCase {
    func testInvalidUTF8IsReplacedWithAWarningAtTheFirstBadByte() {
        let bytes: [UInt8] = Array("ciao ".utf8) + [0xFF, 0xFE] + Array(" mondo".utf8)
        let decoded = DecodedText(utf8: bytes)
        XCTAssertEqual(decoded.firstInvalidByteOffset, 5)
        XCTAssertEqual(decoded.warning?.code, "invalid-utf8")
        XCTAssertEqual(Tokenizer().tokenize(decoded.text).tokens.first?.text, "ciao")
    }

    func testValidUTF8HasNoWarning() {
        XCTAssertNil(DecodedText(utf8: Array("perché".utf8)).warning)
    }

    func testControlCharactersAndNUL() {
        let result = Tokenizer().tokenize("a\u{0}b\u{1}c\u{7F} d")
        XCTAssertFalse(result.tokens.isEmpty)
    }

    func testRunsOfQuotesAndApostrophesDoNotCrash() {
        let text = String(repeating: "'", count: 5_000) + String(repeating: "«", count: 5_000) + String(repeating: "’a", count: 3_000)
        let result = Tokenizer().tokenize(text)
        XCTAssertGreaterThan(result.tokens.count, 5_000)
    }

    func testOneLongLineWithoutSpaces() {
        let text = String(repeating: "abcdefghij", count: 100_000)
        let result = Tokenizer().tokenize(text)
        XCTAssertEqual(result.tokens.count, 1)
        XCTAssertEqual(result.tokens[0].span.scalars, 0..<1_000_000)
    }

    func testBinaryNoise() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let decoded = DecodedText(utf8: bytes)
        let result = Tokenizer().tokenize(decoded.text)
        for token in result.tokens {
            XCTAssertEqual(String(decoded.text[token.span.range]), token.text)
        }
    }
}
