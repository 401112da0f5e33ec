import XCTest
@testable import ItalianNLP

final class SentimentNegationScopeTests: XCTestCase {
    func testNonTurnsAWordAround() {
        let plain = SentimentTesting.sentiment("Il film è bello.")
        let negated = SentimentTesting.sentiment("Il film non è bello.")
        XCTAssertGreaterThan(plain.score, 0)
        XCTAssertLessThan(negated.score, 0)
        XCTAssertEqual(SentimentTesting.rules(negated, "bello"), ["NegationScope"])
        XCTAssertEqual(SentimentTesting.contribution(negated, "bello")?.rules.first?.weight ?? 0, -0.74, accuracy: 0.001)
    }

    func testEveryNegatorOfTheLexicon() {
        for sentence in [
            "Senza problemi.", "Niente di grave.", "Nessun problema per noi.", "Mai stato così triste? No.",
            "Non ci sono pericoli.", "Neanche un errore.",
        ] {
            let sentiment = SentimentTesting.sentiment(sentence)
            XCTAssertTrue(sentiment.explanation.contains { $0.rules.contains { $0.name == "NegationScope" } }, sentence)
        }
        XCTAssertGreaterThan(SentimentTesting.sentiment("Senza problemi.").score, 0)
        XCTAssertGreaterThan(SentimentTesting.sentiment("Niente di grave.").score, 0)
    }

    func testScopeEndsAtTheClause() {
        let sentiment = SentimentTesting.sentiment("Non sono venuto, ma la festa era bellissima.")
        XCTAssertFalse(SentimentTesting.rules(sentiment, "bellissima").contains("NegationScope"))
        XCTAssertGreaterThan(sentiment.score, 0)
    }

    func testScopeCoversTwoContentWords() {
        // "non è stato un film bello": è, stato, un are function words.
        let near = SentimentTesting.sentiment("Non è stato un film bello.")
        XCTAssertTrue(SentimentTesting.rules(near, "bello").contains("NegationScope"))
        let far = SentimentTesting.sentiment("Non ho visto il film con gli amici bravi.")
        XCTAssertFalse(SentimentTesting.rules(far, "bravi").contains("NegationScope"))
    }

    func testNegativeConcordIsOneNegation() {
        let sentiment = SentimentTesting.sentiment("Non c'è niente di buono.")
        let rules = SentimentTesting.rules(sentiment, "buono")
        XCTAssertEqual(rules.filter { $0 == "NegationScope" }.count, 1)
        XCTAssertLessThan(sentiment.score, 0)
    }

    func testNegatorBoosterMakesTheNegationFull() {
        let plain = SentimentTesting.sentiment("Non mi è piaciuto.")
        let boosted = SentimentTesting.sentiment("Non mi è piaciuto per niente.")
        XCTAssertLessThan(boosted.score, plain.score)
        XCTAssertEqual(SentimentTesting.contribution(boosted, "piaciuto")?.rules.first?.weight ?? 0, -1, accuracy: 0.001)
    }
}
