import XCTest
@testable import ItalianNLP

final class SentimentDeniedFaultTests: XCTestCase {
    func testAFaultDeniedDefendsTheFrame() {
        XCTAssertEqual(SentimentTesting.frameRule("Il guadagno non è una vergogna, se è onesto.", "money"), DeniedFault.name)
        XCTAssertGreaterThan(SentimentTesting.frames("La passione non è mai stata un errore.")["mission"]?.stance ?? 0, 0)
    }

    func testAPlainNegationStillRejects() {
        // "non è il motivo": no fault is denied, the frame is.
        XCTAssertLessThan(SentimentTesting.frames("Lo stipendio non è il motivo per cui resto.")["money"]?.stance ?? 0, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio non è il motivo per cui resto.", "money"), DeniedFault.name)
        // A concern denied: the pay does not weigh.
        XCTAssertLessThan(SentimentTesting.frames("Il compenso non è mai stato un problema per lui.")["money"]?.stance ?? 0, 0)
    }
}
