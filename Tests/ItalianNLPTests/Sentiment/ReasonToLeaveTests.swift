import XCTest
@testable import ItalianNLP

final class SentimentReasonToLeaveTests: XCTestCase {
    func testLowPayAsTheReasonForLeaving() {
        XCTAssertEqual(SentimentTesting.frameRule("Molti infermieri emigrano perché lo stipendio non basta a pagare un affitto.", "money"), "ReasonToLeave")
        XCTAssertGreaterThan(SentimentTesting.frames("La segretaria si è dimessa per la paga, troppo bassa da anni.")["money"]?.stance ?? 0, 0)
    }

    func testNotLeavingForMoneyIsARejection() {
        XCTAssertLessThan(SentimentTesting.frames("Non è andata via per i soldi.")["money"]?.stance ?? 0, 0)
    }

    func testPoorPayBeforeAColonThatSaysPeopleLeave() {
        XCTAssertGreaterThan(SentimentTesting.frames("Salari bassi e contratti a termine: gli infermieri scappano in Svizzera.")["money"]?.stance ?? 0, 0)
        // "vanno" without "se ne" or "via" is no leaving.
        XCTAssertLessThan(SentimentTesting.frames("Salari bassi e contratti a termine: le cose vanno sempre peggio.")["money"]?.stance ?? 0, 0)
    }

    func testPayThatDoesNotLastBeforeAColonThatQuits() {
        // `ScarcePay` judges the pay −1; the quitting after the colon makes it the reason (+1).
        XCTAssertGreaterThan(SentimentTesting.frames("Con la paga del call center non ci arrivo: a gennaio mollo.")["money"]?.stance ?? 0, 0)
        XCTAssertNotNil(ReasonToLeave.leaving.entry(for: "mollo"))
    }

    /// Closing one's business over pay is leaving it over pay.
    func testClosingABusinessOverPay() {
        let text = "Ha chiuso la falegnameria perché i committenti non pagavano da mesi."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), ReasonToLeave.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }
}
