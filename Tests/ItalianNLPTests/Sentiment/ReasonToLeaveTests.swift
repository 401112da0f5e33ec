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
}
