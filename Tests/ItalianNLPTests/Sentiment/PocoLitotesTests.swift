import XCTest
@testable import ItalianNLP

final class SentimentPocoLitotesTests: XCTestCase {
    func testPocoBeforeAnAdjectiveIsASoftNegation() {
        // ("poco chiara" reached the rule only through a misreading of chiara as a verb form of
        // chiarire: chiaro itself is unscored, as mostly discourse.)
        let sentiment = SentimentTesting.sentiment("Un comportamento poco onesto.")
        XCTAssertEqual(SentimentTesting.rules(sentiment, "onesto"), ["PocoLitotes"])
        XCTAssertLessThan(sentiment.score, 0)
    }

    func testUnPoIsAPlainDampener() {
        let sentiment = SentimentTesting.sentiment("Sono un po' triste.")
        XCTAssertFalse(SentimentTesting.rules(sentiment, "triste").contains("PocoLitotes"))
        XCTAssertLessThan(sentiment.score, 0)
    }
}
