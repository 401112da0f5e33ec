import XCTest
@testable import ItalianNLP

final class SentimentEmoticonPolarityTests: XCTestCase {
    func testEmoticonsAndEmoji() {
        XCTAssertGreaterThan(SentimentTesting.sentiment("Domani si parte :)").score, 0)
        XCTAssertLessThan(SentimentTesting.sentiment("Domani si lavora :(").score, 0)
        XCTAssertGreaterThan(SentimentTesting.sentiment("Ci vediamo stasera 😍").score, 0)
        XCTAssertLessThan(SentimentTesting.sentiment("Ci vediamo stasera 😭").score, 0)
        let sentiment = SentimentTesting.sentiment("Arrivati 😂")
        XCTAssertEqual(SentimentTesting.rules(sentiment, "😂"), ["EmoticonPolarity"])
    }

    func testEmojiAreNotNegated() {
        XCTAssertGreaterThan(SentimentTesting.sentiment("Non vedo l'ora :)").score, 0)
    }

    func testSkinToneAndPresentationSelector() {
        let lexicon = EmoticonPolarityLexicon.shared
        XCTAssertNotNil(lexicon.polarity(of: "👍🏽"))
        XCTAssertNotNil(lexicon.polarity(of: "❤"))
        XCTAssertEqual(lexicon.polarities(ofRun: "😂😂").count, 2)
    }
}
