import Foundation
import XCTest

@testable import ItalianNLP

final class JSONBufferTests: XCTestCase {
    private func written(_ write: (inout JSONBuffer) -> Void) -> String {
        var json = JSONBuffer()
        write(&json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    func testIntegersOfEverySize() {
        for value in [0, 7, 10, 42, 999, -1, -10, 1_234_567, Int.max, Int.min] {
            XCTAssertEqual(written { $0.int(value) }, String(value))
        }
    }

    func testStringsNeedingNoEscapeAreCopiedAsTheyAre() {
        XCTAssertEqual(written { $0.string("perché l’IA è «così»") }, "\"perché l’IA è «così»\"")
        XCTAssertEqual(written { $0.string("") }, "\"\"")
    }

    func testQuotesBackslashesAndControlCharactersAreEscaped() {
        XCTAssertEqual(written { $0.string("a\"b\\c\nd\re\tf\u{0}g\u{1F}") }, #""a\"b\\c\nd\re\tf\u0000g\u001f""#)
        XCTAssertEqual(written { $0.string("\"") }, #""\"""#)
        XCTAssertEqual(written { $0.string("fine\n") }, #""fine\n""#)
    }

    func testSubstringsAndOtherStringsAreWrittenAlike() {
        let text = "Il sindaco: «va \"bene\"»."
        let slice = text[text.index(text.startIndex, offsetBy: 12)...]
        XCTAssertEqual(written { $0.string(slice) }, written { $0.string(String(slice)) })
        // A bridged or otherwise non-contiguous string takes the copying path, with the same bytes.
        let bridged = NSString(string: "città \"vecchia\"") as String
        XCTAssertEqual(written { $0.string(bridged) }, #""città \"vecchia\"""#)
    }

    func testTheOutputIsValidJSONThatReadsBackTheSameString() throws {
        let samples = ["", "plain", "«quoted» \"straight\"", "back\\slash", "line\nbreak\u{7}bell", "emoji 👍🏽 and tab\t"]
        for sample in samples {
            let json = written { $0.raw("["); $0.string(sample); $0.raw("]") }
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            XCTAssertEqual(decoded, [sample])
        }
    }
}
