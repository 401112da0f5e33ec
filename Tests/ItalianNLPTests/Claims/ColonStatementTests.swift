import XCTest

@testable import ItalianNLP

/// "X: P." without quotation marks, in a sentence of the text: an indirect claim with no cue.
final class ColonStatementTests: XCTestCase {
    func testAnAgencyAfterALiveBlogTimeStamp() {
        let text = """
            Smog, la diretta
            ORE 16.05 – Arpav: nessun superamento dei limiti nelle centraline della città.
            ORE 17.10 – Il sindaco di Asti, Carlo Negri: le scuole riapriranno lunedì dopo la disinfestazione.
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 2)
        XCTAssertEqual(claims.first?.content, "nessun superamento dei limiti nelle centraline della città")
        XCTAssertEqual(claims.first?.source, "Arpav")
        XCTAssertEqual(claims.first?.rule, RuleID.colonStatement.rawValue)
        XCTAssertEqual(claims.last?.source, "Carlo Negri")
        XCTAssertEqual(claims.last?.kind, .indirect)
    }

    func testNoSpeakerBeforeTheColonNoClaim() {
        XCTAssertTrue(claimSummaries("Il bilancio della notte: tre feriti e dieci auto distrutte dalle fiamme.").isEmpty)
    }

    func testAnAttributionAfterTheColonIsItsOwn() {
        let claims = claimSummaries("Preoccupati i coltivatori della Cia: secondo l'associazione, le perdite superano i dieci milioni di euro.")
        XCTAssertFalse(claims.contains { $0.rule == RuleID.colonStatement.rawValue })
    }

    func testAHeadingLineIsNoClaim() {
        let text = """
            Il questore: nessun pericolo per la città
            Il questore di Lecco ha spiegato che le ricerche continueranno per tutta la notte.
            """
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == RuleID.colonStatement.rawValue })
    }

    func testAQuotationAfterTheColonIsTheQuotationRules() {
        let claims = claimSummaries("Il questore di Lecco, Mario Conti: «Nessun pericolo per la città».")
        XCTAssertEqual(claims.first?.rule, RuleID.colonQuotation.rawValue)
    }
}
