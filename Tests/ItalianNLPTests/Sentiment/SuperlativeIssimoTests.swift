import XCTest
@testable import ItalianNLP

final class SentimentSuperlativeIssimoTests: XCTestCase {
    func testSuperlativeOfALemmaIsBoosted() {
        // "gentile" is in the lexicon, "gentilissimo" is not: the bridge reaches it and boosts it.
        let plain = SentimentTesting.sentiment("Siete gentili.")
        let superlative = SentimentTesting.sentiment("Siete gentilissimi.")
        XCTAssertEqual(SentimentTesting.contribution(superlative, "gentilissimi")?.lemma, "gentile")
        XCTAssertEqual(SentimentTesting.rules(superlative, "gentilissimi"), ["SuperlativeIssimo"])
        XCTAssertGreaterThan(superlative.score, plain.score)
    }

    func testNegativeSuperlative() {
        let sentiment = SentimentTesting.sentiment("Una giornata tristissima.")
        XCTAssertEqual(SentimentTesting.contribution(sentiment, "tristissima")?.lemma, "triste")
        XCTAssertLessThan(sentiment.score, SentimentTesting.sentiment("Una giornata triste.").score)
    }
}
