import XCTest
@testable import ItalianNLP

final class SentimentTopicOfPredicateTests: XCTestCase {
    func testThePredicateOfATopicJudgesTheFrameTerm() {
        let text = "La questione degli stipendi dei giovani medici è una vergogna."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), TopicOfPredicate.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Quella dei bonus ai consiglieri regionali è uno scandalo.")["money"]?.stance ?? 0, 0)
    }

    func testATermAfterAnyOtherNounIsNotThisRule() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Il taglio degli stipendi è stato annunciato ieri.", "money"), TopicOfPredicate.name)
    }
}
