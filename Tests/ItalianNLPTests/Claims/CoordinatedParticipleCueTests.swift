import XCTest

@testable import ItalianNLP

/// "ha ringraziato i volontari e annunciato che …": a participle that shares an earlier auxiliary.
final class CoordinatedParticipleCueTests: XCTestCase {
    func testAnAnnouncementAfterAnotherVerb() {
        let claims = claimSummaries("Il sindaco di Cles, Ruggero Mucchi, ha ringraziato i vigili del fuoco e annunciato che la strada riaprirà domani.")
        XCTAssertEqual(claims.first?.content, "la strada riaprirà domani")
        XCTAssertEqual(claims.first?.source, "Ruggero Mucchi")
    }

    func testAPassiveAuxiliaryIsNotShared() {
        XCTAssertTrue(claimSummaries("Il ladro è stato fermato dai carabinieri e portato in caserma.").isEmpty)
    }

    func testAnAdjectiveLikeParticipleWithoutAuxiliaryIsNoCue() {
        XCTAssertTrue(claimSummaries("Il vescovo ha celebrato la messa. Un testo breve e dettagliato è stato consegnato al prefetto.").isEmpty)
    }
}
