import XCTest
@testable import ItalianNLP

final class SentimentPocoLitotesTests: XCTestCase {
    func testPocoBeforeAnAdjectiveIsASoftNegation() {
        let sentiment = SentimentTesting.sentiment("Una proposta poco chiara.")
        XCTAssertEqual(SentimentTesting.rules(sentiment, "chiara"), ["PocoLitotes"])
        XCTAssertLessThan(sentiment.score, 0)
    }

    func testUnPoIsAPlainDampener() {
        let sentiment = SentimentTesting.sentiment("Sono un po' triste.")
        XCTAssertFalse(SentimentTesting.rules(sentiment, "triste").contains("PocoLitotes"))
        XCTAssertLessThan(sentiment.score, 0)
    }
}
