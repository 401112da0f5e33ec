import XCTest

@testable import ItalianNLP

/// "Sono le richieste del pm X", "È l'annuncio dell'assessore X": the sentence before is theirs.
final class CleftNounAttributionTests: XCTestCase {
    func testARequestAfterADateline() {
        let text = "ROMA – Cinque anni per l'ex sindaco, tre per il suo vice. Sono le richieste del pm Carlo Ferri al termine della requisitoria."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.content, "Cinque anni per l'ex sindaco, tre per il suo vice")
        XCTAssertEqual(claim?.source, "Carlo Ferri")
        XCTAssertEqual(claim?.rule, RuleID.cleftNounAttribution.rawValue)
    }

    func testAnAnnouncementWithANameInApposition() {
        let text = "Tre milioni di euro per la nuova piscina comunale. È l'annuncio dell'assessore allo Sport, Marta Riva."
        XCTAssertEqual(claimSummaries(text).first?.source, "Marta Riva")
    }

    func testANounThatReportsNothing() {
        XCTAssertTrue(claimSummaries("Tre morti e dieci feriti sulla statale. È il bilancio della notte di Capodanno.").isEmpty)
    }

    func testTheSentenceBeforeInAnotherParagraph() {
        let text = "Cinque anni per l'ex sindaco.\nSono le richieste del pm Carlo Ferri al termine della requisitoria."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }
}
