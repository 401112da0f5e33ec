import XCTest

@testable import ItalianNLP

final class OffsetTests: XCTestCase {
    func testSpansPointIntoTheOriginalString() {
        let text = "Perché 😂 l’IA?"
        for token in Tokenizer().tokenize(text).tokens {
            XCTAssertEqual(String(text[token.span.range]), token.text)
            let scalars = Array(text.unicodeScalars)
            let fromScalars = String(String.UnicodeScalarView(scalars[token.span.scalars]))
            XCTAssertEqual(fromScalars, token.text)
            let utf8 = Array(text.utf8)
            XCTAssertEqual(String(decoding: utf8[token.span.utf8], as: UTF8.self), token.text)
        }
    }

    func testScalarOffsetsCountEmojiAsOneAndAccentsAsOne() {
        let tokens = Tokenizer().tokenize("è 😂 sì").tokens
        XCTAssertEqual(tokens.map(\.span.scalars), [0..<1, 2..<3, 4..<6])
    }

    func testDecomposedInputMapsBackToTheOriginal() {
        // "perché" with a combining acute accent: NFC changes it, offsets still refer to the input.
        let text = "perche\u{301} no"
        let tokens = Tokenizer().tokenize(text).tokens
        XCTAssertEqual(tokens.map(\.text), ["perché", "no"])
        XCTAssertEqual(tokens[0].span.scalars, 0..<7)
        XCTAssertEqual(tokens[1].span.scalars, 8..<10)
        XCTAssertEqual(String(text[tokens[1].span.range]), "no")
    }

    func testSentenceSpansCoverTheirTokens() {
        let text = "Uno. Due tre.\n\nQuattro!"
        let sentences = Tokenizer().tokenize(text).sentences
        XCTAssertEqual(sentences.map { String(text[$0.span.range]) }, ["Uno.", "Due tre.", "Quattro!"])
        XCTAssertEqual(sentences[2].span.scalars, 15..<23)
    }
}

final class OffsetIndexTests: XCTestCase {
    /// The scalar count of every prefix, asked in order and out of order (the index keeps a
    /// cursor and starts again when asked backwards), equals a count of the prefix's scalars.
    func testScalarOffsetsMatchACountOfScalarsInAndOutOfOrder() {
        let pieces = ["a", "è", "€", "😂", "  ", "l’", "perche\u{301}", "\u{0}", "ZZZZZZZZZ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<40 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<60, using: &generator) { text += pieces.randomElement(using: &generator) ?? "" }
            let bytes = Array(text.utf8)
            var index = OffsetIndex(text: text, bytes: bytes)
            let offsets = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            for offset in offsets + offsets.shuffled(using: &generator) {
                let expected = text.unicodeScalars.distance(from: text.startIndex, to: index.stringIndex(ofUTF8: offset))
                XCTAssertEqual(index.scalarOffset(ofUTF8: offset), expected, "\(text.debugDescription) at \(offset)")
            }
        }
    }
}
