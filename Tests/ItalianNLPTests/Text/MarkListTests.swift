import XCTest

@testable import ItalianNLP

/// `MarkList.contains` must answer exactly as `Array.contains` (String equality) does, whether the
/// text takes the byte path or the general one.
final class MarkListTests: XCTestCase {
    private let markLists: [[String]] = [
        ["«", "“", "\"", "(", "-", "–", "—", ":", "‘", "„"],
        [".", "!", "?", "…", "...", "»", "”", "\"", ":"],
        ["é", "e\u{301}", ";"],
        ["\u{1F600}", "x"],
    ]

    private let texts: [String] = [
        "", "«", "»", "“", "”", "\"", "(", "-", "–", "—", ":", "‘", "’", "„", ".", "!", "?", "…", "...", "..", ",", ";",
        "\u{37E}",  // GREEK QUESTION MARK, canonically equivalent to ";"
        "é", "e\u{301}", "e", "«\u{301}", "\u{2026}\u{301}", "\u{1F600}", "x", "xx", "«»", "::", "\u{2000}", "\u{2001}",
        "\u{205F}", "\u{2060}", "ab", String(repeating: "-", count: 40),
    ]

    func testAnswersAsArrayContains() {
        for marks in markLists {
            let list = MarkList(marks)
            for text in texts {
                XCTAssertEqual(list.contains(text), marks.contains(text), "\(marks) contains \(text.unicodeScalars.map { $0.value })")
            }
        }
    }

    /// A text equal to a mark in another storage than a literal (built from its bytes) is found.
    func testFindsMarksBuiltAtRunTime() {
        let list = MarkList(["«", "—", ":"])
        for mark in ["«", "—", ":"] {
            let built = String(decoding: Array(mark.utf8), as: UTF8.self)
            XCTAssertTrue(list.contains(built))
            XCTAssertTrue(list.contains(String(Substring(mark + " ").dropLast())))
        }
        XCTAssertFalse(list.contains("»"))
    }

    func testPlainBytes() {
        func plain(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer(MarkList.isPlain)
        }
        XCTAssertTrue(plain("abc é «»"))
        XCTAssertTrue(plain("–—“”‘’„…"))
        XCTAssertFalse(plain("e\u{301}"))
        XCTAssertFalse(plain("\u{2000}"))
        XCTAssertFalse(plain("\u{205F}"))
        XCTAssertFalse(plain("\u{1F600}"))
        XCTAssertFalse(plain("\u{37E}"))
    }
}
