import XCTest

@testable import ItalianNLP

/// "ha chiesto a Cotral un piano": the addressee before the noun object opens the claim.
final class AddresseeBeforeNounObjectTests: XCTestCase {
    func testAskingANamedBody() {
        let claim = claimSummaries("La sindaca ha chiesto a Trenitalia un incontro urgente.").first
        XCTAssertEqual(claim?.kind, .indirect)
        XCTAssertEqual(claim?.content, "a Trenitalia un incontro urgente")
    }

    func testPromisingResidents() {
        let claim = claimSummaries("Il sindaco ha promesso ai residenti nuovi parcheggi.").first
        XCTAssertEqual(claim?.content, "ai residenti nuovi parcheggi")
    }

    func testAClauseAfterTheAddresseeIsNotANounObject() {
        let claim = claimSummaries("Il sindaco ha chiesto alla Regione di intervenire subito.").first
        XCTAssertEqual(claim?.content, "intervenire subito")
    }
}
