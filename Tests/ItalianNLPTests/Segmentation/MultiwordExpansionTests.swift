import XCTest

@testable import ItalianNLP

final class MultiwordExpansionTests: XCTestCase {
    func testArticulatedPrepositions() {
        XCTAssertEqual(MultiwordExpansion.expand("del"), ["di", "il"])
        XCTAssertEqual(MultiwordExpansion.expand("negli"), ["in", "gli"])
        XCTAssertEqual(MultiwordExpansion.expand("sulla"), ["su", "la"])
        XCTAssertEqual(MultiwordExpansion.expand("col"), ["con", "il"])
        XCTAssertEqual(MultiwordExpansion.expand("ai"), ["a", "i"])
        XCTAssertEqual(MultiwordExpansion.expand("Nel"), ["In", "il"])
    }

    func testPlainWordsAreNotExpanded() {
        for word in ["della" + "rte", "alto", "colla", "delta", "nella" + "to"] {
            XCTAssertNil(MultiwordExpansion.expand(word), word)
        }
    }

    func testCliticsOnInfinitivesAndGerunds() {
        XCTAssertEqual(MultiwordExpansion.expand("portarlo"), ["portar", "lo"])
        XCTAssertEqual(MultiwordExpansion.expand("dirgli"), ["dir", "gli"])
        XCTAssertEqual(MultiwordExpansion.expand("dicendolo"), ["dicendo", "lo"])
        XCTAssertEqual(MultiwordExpansion.expand("dandoglielo"), ["dando", "glie", "lo"])
        XCTAssertEqual(MultiwordExpansion.expand("vedersela"), ["veder", "se", "la"])
        XCTAssertEqual(MultiwordExpansion.expand("glielo"), ["glie", "lo"])
    }

    func testWordsThatOnlyLookLikeVerbsWithClitics() {
        for word in ["esperti", "moderne", "scarsi", "commerci", "allarmi", "Carlo", "perla", "parla", "interne"] {
            XCTAssertNil(MultiwordExpansion.expand(word), word)
        }
    }
}
