import XCTest
@testable import ItalianNLP

final class SentimentPunctuationEmphasisTests: XCTestCase {
    func testExclamationMarksStrengthen() {
        let plain = SentimentTesting.sentiment("Che bella giornata.")
        let one = SentimentTesting.sentiment("Che bella giornata!")
        let three = SentimentTesting.sentiment("Che bella giornata!!!")
        XCTAssertGreaterThan(one.score, plain.score)
        XCTAssertGreaterThan(three.score, one.score)
        XCTAssertTrue(three.explanation.contains { $0.rules.contains { $0.name == "PunctuationEmphasis" } })
    }

    func testEmphasisFollowsTheSign() {
        XCTAssertLessThan(SentimentTesting.sentiment("Che schifo!!").score, SentimentTesting.sentiment("Che schifo.").score)
    }

    func testQuestionMarksAndNeutralSentences() {
        XCTAssertGreaterThan(SentimentTesting.sentiment("Davvero felice???").score, SentimentTesting.sentiment("Davvero felice?").score)
        XCTAssertEqual(SentimentTesting.sentiment("A che ora parte il treno!!!").score, 0)
    }
}
