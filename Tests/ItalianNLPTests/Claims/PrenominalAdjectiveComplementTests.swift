import XCTest

@testable import ItalianNLP

/// "i consiglieri della stessa maggioranza": the complement's noun after an adjective that
/// stands before it belongs to the role.
final class PrenominalAdjectiveComplementTests: XCTestCase {
    func testTheNounAfterStessa() {
        let claim = claimSummaries("Secondo i deputati della stessa coalizione, il testo va riscritto.").first
        XCTAssertEqual(claim?.source, "deputati della stessa coalizione")
        XCTAssertEqual(claim?.content, "il testo va riscritto")
    }

    func testTheNounAfterNuovo() {
        let text = "Il segretario del nuovo partito ha detto che correrà da solo."
        XCTAssertEqual(claimSummaries(text).first?.source, "segretario del nuovo partito")
    }
}
