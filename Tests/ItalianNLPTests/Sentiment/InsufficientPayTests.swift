import XCTest
@testable import ItalianNLP

final class SentimentInsufficientPayTests: XCTestCase {
    func testPayThatIsNotEnoughIsEvaluatedNegatively() {
        XCTAssertEqual(SentimentTesting.frameRule("Con due figli, uno stipendio che non basta nemmeno per la spesa.", "money"), InsufficientPay.name)
        XCTAssertLessThan(SentimentTesting.frames("I compensi dei rider non bastano a coprire la benzina.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Una retribuzione che non è sufficiente per vivere in città.")["money"]?.stance ?? 0, 0)
    }

    func testPayThatIsEnoughIsNotCaught() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio basta e avanza per vivere bene.", "money"), InsufficientPay.name)
    }
}
