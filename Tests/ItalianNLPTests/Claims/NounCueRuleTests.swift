import XCTest

@testable import ItalianNLP

final class NounCueRuleTests: XCTestCase {
    func testClaimNounWithItsSpeakerBeforeAQuotation() {
        let claims = claimSummaries("Poco dopo è arrivata la replica dell'assessore Marco Riva: «Abbiamo tenuto i conti in ordine».")
        XCTAssertEqual(claims.first?.kind, .direct)
        XCTAssertEqual(claims.first?.rule, "NounCue")
        XCTAssertEqual(claims.first?.source, "Marco Riva")
    }

    func testClaimNounBeforeAClause() {
        let text = "Netta la dichiarazione dell'amministratore delegato Filippo Ardito: lo stabilimento non ha futuro."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.source, "Filippo Ardito")
        XCTAssertEqual(claims.first?.content, "lo stabilimento non ha futuro")
    }

    func testAClaimNounWithoutASpeakerIsNoClaim() {
        XCTAssertTrue(claimSummaries("La dichiarazione dei redditi: una scadenza da ricordare.").isEmpty)
    }
}
