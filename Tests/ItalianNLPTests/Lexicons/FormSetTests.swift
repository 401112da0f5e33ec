import XCTest
@testable import ItalianNLP

/// A rule's word set answers `contains` as a `Set<String>` of the same words does.
final class FormSetTests: XCTestCase {
    func testContainsAsASetOfStrings() {
        let words = ["che", "perché", "né", "già", "così", "no", "«", "…", "🙄"]
        let formSet = FormSet(words)
        let set = Set(words)
        for query in words + ["perche\u{301}", "ne\u{301}", "gia\u{300}", "Che", "ch", "", "perchè", "noi"] {
            XCTAssertEqual(formSet.contains(query), set.contains(query), query)
        }
        XCTAssertEqual(Set(formSet), set)
        XCTAssertEqual(formSet.count, set.count)
        XCTAssertFalse(formSet.isEmpty)
    }

    func testLiteralAndUnion() {
        let first: FormSet = ["soldi", "stipendio"]
        let both = first.union(["paga", "soldi"])
        XCTAssertEqual(Set(both), ["soldi", "stipendio", "paga"])
        XCTAssertTrue(both.contains("paga"))
        XCTAssertFalse(first.contains("paga"))
    }
}
