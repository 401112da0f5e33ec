import XCTest
@testable import ItalianNLP

final class SentimentPricedIdealTests: XCTestCase {
    func testAnIdealWithAPriceTagIsDebunked() {
        XCTAssertEqual(SentimentTesting.frameRule("Bella vocazione da tre milioni a stagione, quella del nostro centravanti.", "mission"), PricedIdeal.name)
        XCTAssertLessThan(SentimentTesting.frames("Bella vocazione da tre milioni a stagione, quella del nostro centravanti.")["mission"]?.stance ?? 0, 0)
    }

    func testAnIdealWithoutAPriceIsNotDebunked() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Una passione da trent'anni per le barche a vela.", "mission"), PricedIdeal.name)
    }
}
