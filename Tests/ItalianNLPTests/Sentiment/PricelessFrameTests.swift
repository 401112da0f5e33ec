import XCTest
@testable import ItalianNLP

final class SentimentPricelessFrameTests: XCTestCase {
    func testAValueThatCannotBeBoughtIsAsserted() {
        XCTAssertGreaterThan(SentimentTesting.frames("La passione non si compra.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("La vocazione non ha prezzo.")["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Gli ideali non si vendono al primo offerente.", "mission"), "PricelessFrame")
    }

    func testOtherNegationsStillReject() {
        XCTAssertLessThan(SentimentTesting.frames("La passione non mi interessa.")["mission"]?.stance ?? 0, 0)
    }

    func testMoneyIsNotPriceless() {
        // Money that "does not buy" happiness is rejected, as any negated money.
        XCTAssertNotEqual(SentimentTesting.frameRule("I soldi non comprano la felicità.", "money"), "PricelessFrame")
    }
}
