import XCTest
@testable import ItalianNLP

final class TokenKindTests: XCTestCase {
    /// The ASCII table used on the hot path says what the Unicode general categories say.
    func testASCIITableAgreesWithUnicodeProperties() {
        for value in UInt32(0)..<0x80 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: TokenKind
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                expected = .punctuation
            case .decimalNumber: expected = .number
            case .uppercaseLetter, .lowercaseLetter: expected = .word
            default: expected = .symbol
            }
            XCTAssertEqual(WordSegmenter.kind(ofScalar: value, segmentLength: 1), expected, "U+\(String(value, radix: 16))")
        }
    }

    func testKindsOfCommonTokens() {
        let tokens = Tokenizer().tokenize("Costa 10 € + 5$, vero? «Sì» ~ 👍").tokens
        XCTAssertEqual(tokens.map(\.kind), [.word, .number, .symbol, .symbol, .number, .symbol, .punctuation, .word, .punctuation, .punctuation, .word, .punctuation, .symbol, .emoji])
    }
}
