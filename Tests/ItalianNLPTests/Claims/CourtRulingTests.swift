import XCTest

@testable import ItalianNLP

/// A court's ruling ("la Corte ha stabilito che …") is an act, not a claim; the judges' reasoning is.
final class CourtRulingTests: XCTestCase {
    func testARulingIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il tribunale di Lecco ha stabilito che la villa andrà all'asta entro l'anno.").isEmpty)
        XCTAssertTrue(claimSummaries("La giunta regionale ha deliberato che i fondi andranno ai comuni montani.").isEmpty)
    }

    func testTheJudgesReasoningIsAClaim() {
        let claims = claimSummaries("Il gip di Lecco ha ritenuto che ci sia il rischio di inquinamento delle prove.")
        XCTAssertEqual(claims.first?.content, "ci sia il rischio di inquinamento delle prove")
    }

    func testAnExpertsFindingIsStillAClaim() {
        let claims = claimSummaries("Il perito della procura, l'ingegnere Aldo Marini, ha stabilito che il solaio era stato sovraccaricato.")
        XCTAssertEqual(claims.first?.content, "il solaio era stato sovraccaricato")
    }
}

extension CourtRulingTests {
    func testACoordinatedRulingKeepsTheCourtAsSubject() {
        let text = "La difesa ha chiesto un rinvio. Il tribunale di Lecco ha respinto l'istanza e ha stabilito che il processo riprenderà a maggio."
        XCTAssertFalse(claimSummaries(text).contains { $0.content.hasPrefix("il processo riprenderà") })
    }
}
