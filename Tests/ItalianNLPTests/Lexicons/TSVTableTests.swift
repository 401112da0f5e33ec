import XCTest

@testable import ItalianNLP

final class TSVTableTests: XCTestCase {
    /// The rows a Character-wise split gives (how the table was read before it scanned bytes).
    private func characterWiseRows(_ text: String) -> [[Substring]] {
        text.split(separator: "\n").compactMap { line in
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    func testCommentsAndEmptyLinesAreSkipped() {
        let table = TSVTable(text: "# form\tscore\n\nbello\t0.8\n# a note\nbrutto\t-0.7\n")
        XCTAssertEqual(table.rows, [["bello", "0.8"], ["brutto", "-0.7"]])
    }

    func testEmptyFieldsAreKept() {
        let table = TSVTable(text: "a\t\tc\nb\t\n\tx")
        XCTAssertEqual(table.rows, [["a", "", "c"], ["b", ""], ["", "x"]])
        XCTAssertEqual(table.rows[1].column(5), "")
    }

    func testCarriageReturnsEndLines() {
        let table = TSVTable(text: "perché\tsì\r\nciò\tno\r\n\r\n")
        XCTAssertEqual(table.rows, [["perché", "sì"], ["ciò", "no"]])
    }

    func testNonASCIIAndCombiningMarksStayInTheirField() {
        // A combining accent right after a tab belongs to the next field: a tab always ends a
        // Character, so the byte cut and the Character cut agree.
        let text = "caffe\u{301}\t\u{301}x\t👍🏽\n"
        let table = TSVTable(text: text)
        XCTAssertEqual(table.rows, [["caffe\u{301}", "\u{301}x", "👍🏽"]])
        XCTAssertEqual(table.rows, characterWiseRows(text))
    }

    func testEmptyText() {
        XCTAssertEqual(TSVTable(text: "").rows, [])
        XCTAssertEqual(TSVTable(text: "\n\n# only a comment").rows, [])
    }

    func testEveryEmbeddedLexiconReadsAsACharacterWiseSplitDoes() {
        XCTAssertFalse(EmbeddedLexiconData.files.isEmpty)
        for (path, text) in EmbeddedLexiconData.files where path.hasSuffix(".tsv") {
            let rows = TSVTable(text: text).rows
            XCTAssertFalse(rows.isEmpty, path)
            XCTAssertEqual(rows, characterWiseRows(text), path)
        }
    }
}
