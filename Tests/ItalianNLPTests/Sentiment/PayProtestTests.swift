import XCTest
@testable import ItalianNLP

final class SentimentPayProtestTests: XCTestCase {
    func testPayProtestedOverIsWanted() {
        let text = "Gli autisti dei bus scioperano da stamattina contro il taglio degli stipendi deciso dall'azienda."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), PayProtest.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testNoProtestNoVerdict() {
        XCTAssertNotEqual(SentimentTesting.frameRule("L'azienda ha deciso il taglio degli stipendi.", "money"), PayProtest.name)
    }
}
