import XCTest

@testable import ItalianNLP

/// `JSONBuffer` writes integers as `String(value)` does, and escapes strings and slices of longer
/// strings (as a span's text is written) alike.
final class JSONBufferTests: XCTestCase {
    private func written(_ write: (inout JSONBuffer) -> Void) -> String {
        var json = JSONBuffer()
        write(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    func testIntegersAsStringWritesThem() {
        for value in [0, 7, 9, 10, 42, 99, 100, 12_345, 1_000_000, -1, -10, -98_765, Int.max, Int.min] {
            XCTAssertEqual(written { $0.int(value) }, String(value))
        }
    }

    func testStringEscapes() {
        let text = "Lei disse: \"basta\\ora\"\n\tpoi\r\u{01}fine è già"
        let expected = "\"Lei disse: \\\"basta\\\\ora\\\"\\n\\tpoi\\r\\u0001fine è già\""
        XCTAssertEqual(written { $0.string(text) }, expected)
        // A slice of a longer text, as a span's text is written.
        let longer = "«" + text + "»"
        let slice = longer[longer.index(after: longer.startIndex)..<longer.index(before: longer.endIndex)]
        XCTAssertEqual(written { $0.string(slice) }, expected)
        XCTAssertEqual(written { $0.string("") }, "\"\"")
        XCTAssertEqual(written { $0.string("senza escape") }, "\"senza escape\"")
    }
}
