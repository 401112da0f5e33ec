import XCTest
@testable import ItalianNLP

final class SentimentHarmReductionTests: XCTestCase {
    func testReducingSomethingBadIsGood() {
        let sentiment = SentimentTesting.sentiment("Il nuovo farmaco riduce il dolore.")
        XCTAssertTrue(SentimentTesting.rules(sentiment, "dolore").contains("HarmReduction"))
        XCTAssertGreaterThan(sentiment.score, 0)
        XCTAssertGreaterThan(SentimentTesting.sentiment("Una campagna contro la violenza.").score, 0)
    }

    func testPositiveWordsAreLeftAlone() {
        let sentiment = SentimentTesting.sentiment("Hanno ridotto la felicità dei bambini.")
        XCTAssertFalse(SentimentTesting.rules(sentiment, "felicità").contains("HarmReduction"))
    }
}
