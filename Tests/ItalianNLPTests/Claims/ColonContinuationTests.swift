import XCTest

@testable import ItalianNLP

/// "E ancora: «…»", "Poi, più duro: «…»": the speaker of the claim just before goes on.
final class ColonContinuationTests: XCTestCase {
    func testAConnectiveBeforeTheColon() {
        let text = "La segretaria della Cisl, Marta Oddone, attacca: «Il ministro scopre il problema solo ora». E ancora: «Aspettiamo il contratto da due anni»."
        let claim = claimSummaries(text).first { $0.content == "Aspettiamo il contratto da due anni" }
        XCTAssertEqual(claim?.rule, "ColonContinuation")
        XCTAssertEqual(claim?.source, "Marta Oddone")
    }

    func testAToneBeforeTheColon() {
        let text = "«Abbiamo regalato un tempo intero», ha detto l'allenatore Massimo Tonelli. Poi, più duro: «Qualcuno si sente già in vacanza»."
        let claim = claimSummaries(text).first { $0.content == "Qualcuno si sente già in vacanza" }
        XCTAssertEqual(claim?.rule, "ColonContinuation")
        XCTAssertEqual(claim?.source, "Massimo Tonelli")
    }

    func testNoClaimBeforeNoContinuation() {
        let text = "Il consiglio comunale si è riunito ieri sera. E ancora: «Aspettiamo il contratto da due anni»."
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == "ColonContinuation" })
    }

    func testAWordyClauseBeforeTheColonIsNoContinuation() {
        let text = "«Siamo pronti», ha detto Marta Oddone. Nel pomeriggio i delegati sono arrivati in piazza con uno striscione: «Basta tagli alla sanità pubblica»."
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == "ColonContinuation" })
    }
}
