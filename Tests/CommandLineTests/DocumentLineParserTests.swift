import XCTest

@testable import itnlp

/// The fast `--jsonl` line reader must give exactly what Foundation gives, or decline.
final class DocumentLineParserTests: XCTestCase {
    private func bothPaths(_ line: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
        let bytes = Array(line.utf8)
        XCTAssertEqual(
            JSONLines.parse(bytes, lineNumber: 1), JSONLines.parseWithFoundation(bytes, lineNumber: 1),
            line, file: file, line: lineNumber)
    }

    func testCommonLinesTakeTheFastPathWithFoundationsResult() {
        let lines = [
            #"{"id": "d1", "text": "Il sindaco ha detto che va bene."}"#,
            #"{"id":42,"text":"«Sì», ha detto."}"#,
            #"  {"text": "solo testo"}  "#,
            #"{"text": "x", "id": null}"#,
            #"{"id": -7, "text": ""}"#,
            #"{"id": "a_b-c.d:e", "text": "tab\tnewline\nquote\"slash\/back\\"}"#,
            #"{"id": 1, "text": "\u00e8 \u20AC \ud83d\ude00 \u0000"}"#,
            #"{"id": 123456789012345, "text": "perché l’IA"}"#,
        ]
        for line in lines {
            XCTAssertNotNil(DocumentLineParser.parse(Array(line.utf8)), line)
            bothPaths(line)
        }
        XCTAssertEqual(DocumentLineParser.parse(Array(#"{"id": 42, "text": "a\nb"}"#.utf8))?.text, "a\nb")
        XCTAssertEqual(DocumentLineParser.parse(Array(#"{"id": 42, "text": "a"}"#.utf8)).map { String(decoding: $0.idJSON, as: UTF8.self) }, "42")
        XCTAssertEqual(DocumentLineParser.parse(Array(#"{"text": "a"}"#.utf8)).map { String(decoding: $0.idJSON, as: UTF8.self) }, "null")
    }

    func testUncommonLinesAreLeftToFoundation() {
        let lines = [
            #"{"id": "a/b", "text": "x"}"#,  // Foundation writes "a\/b"
            #"{"id": "città", "text": "x"}"#,
            #"{"id": 1.5, "text": "x"}"#,
            #"{"id": 1e3, "text": "x"}"#,
            #"{"id": -0, "text": "x"}"#,
            #"{"id": 0123, "text": "x"}"#,
            #"{"id": 1234567890123456, "text": "x"}"#,
            #"{"id": true, "text": "x"}"#,
            #"{"id": [1], "text": "x"}"#,
            #"{"id": "d", "text": "x", "lang": "it"}"#,
            #"{"id": "d", "text": "x", "text": "y"}"#,
            #"{"i\u0064": "d", "text": "x"}"#,
            #"{"id": "d", "text": "\ud83d"}"#,
            #"{"id": "d", "text": "\x"}"#,
            "{\"id\": \"d\", \"text\": \"raw\ttab\"}",  // a raw tab inside the string
            #"{"id": "d", "text": 5}"#,
            #"{"id": "d"}"#,
            #"{}"#,
            #"{"id": "d", "text": "x",}"#,
            #"{"id": "d", "text": "x"} trailing"#,
            #"{"id": "d", "text": "unterminated}"#,
            #"["not", "an object"]"#,
            "",
            "not json",
        ]
        for line in lines {
            XCTAssertNil(DocumentLineParser.parse(Array(line.utf8)), line)
            bothPaths(line)
        }
        // Invalid UTF-8 inside the text.
        let invalid = Array(#"{"id": "d", "text": "a"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        XCTAssertNil(DocumentLineParser.parse(invalid))
    }

    func testRandomLinesGiveTheSameDocumentBothWays() {
        // Lines built from pieces that the fast path reads and pieces it declines, in many orders.
        let ids = [#""d1""#, "7", "-3", "null", #""x/y""#, "2.5", #""è""#, "true"]
        let texts = [
            #""plain""#, #""esc \" \\ \/ \b \f \n \r \t""#, #""\u00e0\uD83D\uDE00""#, #""\uD800""#, #""«»’…""#, "12", #""""#,
        ]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<500 {
            var members: [String] = []
            if Bool.random(using: &generator) { members.append(#""id": "# + ids.randomElement(using: &generator)!) }
            if Int.random(in: 0..<8, using: &generator) > 0 { members.append(#""text":"# + texts.randomElement(using: &generator)!) }
            if Int.random(in: 0..<6, using: &generator) == 0 { members.append(#""extra": 1"#) }
            members.shuffle(using: &generator)
            let space = [" ", "", "\t"].randomElement(using: &generator)!
            bothPaths("{" + space + members.joined(separator: "," + space) + space + "}")
        }
    }
}

/// A seeded generator, so that the random lines are the same on every run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
