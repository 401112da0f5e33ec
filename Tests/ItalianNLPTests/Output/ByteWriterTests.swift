import XCTest
@testable import ItalianNLP

final class ByteWriterTests: XCTestCase {
    private func written(_ write: (inout ByteWriter) -> Void, capacity: Int = 4096) -> String {
        var writer = ByteWriter(capacity: capacity)
        write(&writer)
        var output: [UInt8] = Array("prefix|".utf8)
        writer.flush(into: &output)
        XCTAssertEqual(writer.count, 0, "flush empties the buffer")
        return String(decoding: output, as: UTF8.self)
    }

    func testIntegersMatchTheirDescription() {
        for value in [0, 7, 9, 10, 99, 100, 12_345, -1, -7, -10, -12_345, Int.max, Int.min] {
            XCTAssertEqual(written { $0.appendInteger(value) }, "prefix|\(value)")
        }
    }

    func testGrowsPastItsCapacityKeepingEveryByte() {
        let word = "dell’attrazione "
        let expected = String(repeating: word, count: 500)
        let result = written({ writer in
            for _ in 0..<500 {
                var copy = word
                copy.withUTF8 { writer.append($0) }
            }
        }, capacity: 1)
        XCTAssertEqual(result, "prefix|" + expected)
    }

    func testStaticPiecesSingleBytesAndLineBreaks() {
        let result = written { writer in
            writer.append("# text = ")
            Array("a\tb\nc\rd".utf8).withUnsafeBufferPointer { writer.appendReplacingLineBreaks($0) }
            writer.append(0x0A)
            writer.append(UnsafeBufferPointer(start: nil, count: 0))
        }
        XCTAssertEqual(result, "prefix|# text = a b c d\n")
    }
}
