import XCTest

@testable import ItalianNLP

/// "ha chiuso la serata con un invito: P": a claim noun after "con" and a colon.
final class ClaimNounAfterConTests: XCTestCase {
    func testAnInvitationThatClosesAMeeting() {
        let claim = claimSummaries("La presidente Maria Tosi ha chiuso l'assemblea con un invito: ogni socio porti un nuovo iscritto.").first
        XCTAssertEqual(claim?.content, "ogni socio porti un nuovo iscritto")
        XCTAssertEqual(claim?.source, "Maria Tosi")
    }

    func testANounThatIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il sindaco Paolo Gatti ha aperto la festa con un concerto: prima la banda, poi il coro.").isEmpty)
    }

    func testAQuotationAfterTheColonIsNotThisRules() {
        let claims = claimSummaries("Il vescovo Carlo Verdi ha concluso l'omelia con un appello: «Non lasciate soli i giovani».")
        XCTAssertFalse(claims.contains { $0.rule == RuleID.supportVerbNounCue.rawValue })
    }
}
