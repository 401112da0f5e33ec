import CICU
import XCTest

@testable import ItalianNLP

/// The NFC bit tables, filled by one C call, say for every code point of the Basic Multilingual
/// Plane what ICU says when asked about that point alone.
final class NFCTablesTests: XCTestCase {
    func testTablesAgreeWithICUPointByPoint() {
        let tables = ICUNormalization.Tables(form: CICU_NORM_NFC)
        XCTAssertEqual(tables.inert.count, 1024)
        XCTAssertEqual(tables.boundaryBefore.count, 1024)
        for codePoint in 0..<0x10000 {
            let bit = UInt64(1) << UInt64(codePoint & 63)
            XCTAssertEqual(tables.inert[codePoint >> 6] & bit != 0, cicu_norm_is_inert(CICU_NORM_NFC, UInt32(codePoint)) != 0, "U+\(String(codePoint, radix: 16))")
            XCTAssertEqual(
                tables.boundaryBefore[codePoint >> 6] & bit != 0, cicu_norm_has_boundary_before(CICU_NORM_NFC, UInt32(codePoint)) != 0,
                "U+\(String(codePoint, radix: 16))")
        }
        // A few answers that do not depend on the ICU version: "a" is inert, a combining acute is
        // not and has no boundary before it.
        XCTAssertTrue(ICUNormalization.isNFCInert(0x61))
        XCTAssertFalse(ICUNormalization.isNFCInert(0x301))
        XCTAssertFalse(ICUNormalization.hasNFCBoundaryBefore(0x301))
    }
}
