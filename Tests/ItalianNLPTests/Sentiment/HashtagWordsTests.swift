import XCTest
@testable import ItalianNLP

final class SentimentHashtagWordsTests: XCTestCase {
    private let splitter = SentenceSentimentScorer.shared.hashtags

    func testSplitting() {
        XCTAssertEqual(splitter.words(of: "#vergogna"), ["vergogna"])
        XCTAssertEqual(splitter.words(of: "#VergognaItalia"), ["Vergogna", "Italia"])
        XCTAssertEqual(splitter.words(of: "#vergognaItalia"), ["vergogna", "Italia"])
        XCTAssertEqual(splitter.words(of: "#non_mi_piace"), ["non", "mi", "piace"])
        XCTAssertEqual(splitter.words(of: "#M5S"), ["M5S"])
        XCTAssertEqual(splitter.words(of: "#nonmipiace"), ["non", "mi", "piace"])
    }

    func testHashtagsCarrySentiment() {
        let sentiment = SentimentTesting.sentiment("Altro aumento delle tasse #vergogna")
        XCTAssertEqual(SentimentTesting.rules(sentiment, "vergogna"), ["HashtagWords"])
        XCTAssertLessThan(sentiment.score, 0)
        XCTAssertGreaterThan(SentimentTesting.sentiment("Si parte #felicità").score, 0)
    }
}
