import XCTest

@testable import ItalianNLP

/// Verbs that report a noun object with an article only with the nouns of
/// Lexicons/claims/noun-object-restricted.tsv.
final class RestrictedNounObjectTests: XCTestCase {
    func testAThreatOfAStrike() {
        let claims = claimSummaries("Il sindacato dei medici minaccia lo stato di agitazione se il piano non cambierà.")
        XCTAssertEqual(claims.first?.content, "lo stato di agitazione se il piano non cambierà")
    }

    func testAnAdmissionWithAPossessive() {
        let claims = claimSummaries("Il ministro Carlo Bassi ha ammesso le proprie responsabilità davanti alla commissione.")
        XCTAssertEqual(claims.first?.content, "le proprie responsabilità davanti alla commissione")
        XCTAssertEqual(claims.first?.source, "Carlo Bassi")
    }

    func testAPersonThreatenedOrAdmittedIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il vicino, Marco Sala, ha minacciato il portiere con un coltello.").isEmpty)
        XCTAssertTrue(claimSummaries("Il rettore, Paolo Neri, ammette i candidati con almeno sessanta punti.").isEmpty)
    }

    func testRejectingAccusationsIsNoClaim() {
        XCTAssertTrue(claimSummaries("La società di gestione, Aeroporti del Sud, respinge le accuse.").isEmpty)
    }
}
