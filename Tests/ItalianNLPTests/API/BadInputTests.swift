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
        // Noise holds combining marks out of canonical order, which NFC reorders: a token's text
        // is then NFC and its span snaps outward to the normalisation segment it came from. So
        // the spans are in order and inside the text, and each covers at least its token.
        var previousEnd = 0
        for token in result.tokens {
            XCTAssertGreaterThanOrEqual(token.span.utf8.lowerBound, previousEnd - 8)
            XCTAssertLessThanOrEqual(token.span.utf8.upperBound, decoded.text.utf8.count)
            XCTAssertFalse(token.text.isEmpty)
            let original = String(decoded.text.unicodeScalars[token.span.range])
            XCTAssertGreaterThanOrEqual(original.unicodeScalars.count, 1)
            previousEnd = token.span.utf8.upperBound
        }
    }

    /// Random marks, letters and spaces that NFC leaves alone: every span is exactly its token.
    func testRandomPunctuationSoupSpansAreExact() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab Zè’'«»“”.,;:!?-—…@#_/0123456789 \n\u{301}😀".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<20_000 { scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
        let text = String(scalars)
        let result = Tokenizer().tokenize(text)
        XCTAssertFalse(result.tokens.isEmpty)
        for token in result.tokens {
            XCTAssertEqual(String(text.unicodeScalars[token.span.range]), token.text)
        }
    }
}
