import XCTest
@testable import ItalianNLP

final class SentimentComplainedPayTests: XCTestCase {
    func testPayComplainedOfIsPoor() {
        XCTAssertEqual(SentimentTesting.frameRule("Molti giovani architetti lamentano di lavorare per 1.000 euro al mese.", "money"), ComplainedPay.name)
        XCTAssertLessThan(SentimentTesting.frames("I fattorini si lamentano della paga.")["money"]?.stance ?? 0, 0)
        // A complaint reported after the figure, as a tag.
        XCTAssertLessThan(SentimentTesting.frames("Sei euro lordi l'ora per scaricare camion, denuncia il sindacato.")["money"]?.stance ?? 0, 0)
    }

    func testADeniedComplaintAndAFigureAlone() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Non si lamenta dello stipendio che riceve.", "money"), ComplainedPay.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Il contratto prevede 1.000 euro al mese.", "money"), ComplainedPay.name)
    }

    func testAStrikeIsADemandNotAComplaint() {
        // `PayProtest` runs first: a strike over pay wants the pay (+1).
        XCTAssertEqual(SentimentTesting.frameRule("I rider scioperano e denunciano i compensi.", "money"), PayProtest.name)
    }
}
