import XCTest

@testable import ItalianNLP

/// A short complement between the verb and its noun object: the claim runs from the complement.
final class ComplementBeforeNounObjectTests: XCTestCase {
    func testATimeBeforeTheObject() {
        let claim = claimSummaries("Il ministro del Turismo, Anna Sarti, ha annunciato per febbraio un tavolo con le regioni.").first
        XCTAssertEqual(claim?.content, "per febbraio un tavolo con le regioni")
        XCTAssertEqual(claim?.source, "Anna Sarti")
    }

    func testAnAddresseeBeforeANumber() {
        let claim = claimSummaries("La Ceramiche Valli ha comunicato ai sindacati 90 esuberi su 300 dipendenti.").first
        XCTAssertEqual(claim?.content, "ai sindacati 90 esuberi su 300 dipendenti")
    }

    func testAnInvertedSubjectIsNoObject() {
        let text = "Il ponte riaprirà a maggio. Lo ha annunciato in serata il sindaco di Pavia."
        XCTAssertFalse(claimSummaries(text).contains { $0.content.hasPrefix("in serata") })
    }
}
