import XCTest
@testable import ItalianNLP

final class SentimentDoubtingQuestionTests: XCTestCase {
    func testADoubtingQuestionRejects() {
        XCTAssertLessThan(SentimentTesting.frames("Credete davvero che i medici di famiglia lo facciano per i soldi?")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Che senso ha lavorare sessanta ore per uno stipendio da stagista?", "money"), "DoubtingQuestion")
    }

    func testAnOrdinaryQuestionDoesNot() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Quanto conta lo stipendio nella scelta di un lavoro?", "money"), "DoubtingQuestion")
    }
}
