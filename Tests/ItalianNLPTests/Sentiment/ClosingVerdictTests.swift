import XCTest
@testable import ItalianNLP

final class SentimentClosingVerdictTests: XCTestCase {
    func testABareVerdictJudgesTheSentenceBefore() {
        XCTAssertLessThan(SentimentTesting.frames("Sei euro l'ora per pulire gli uffici di notte. Vergognoso.")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Sei euro l'ora per pulire gli uffici di notte. Vergognoso.", "money"), "ClosingVerdict")
        XCTAssertGreaterThan(SentimentTesting.frames("Il bonus arriva a dicembre. Fantastico!")["money"]?.stance ?? 0, 0)
    }

    func testAQuestionIsNoVerdict() {
        XCTAssertEqual(SentimentTesting.frames("Il bonus arriva a dicembre. Fantastico?")["money"]?.stance ?? 1, 0, accuracy: 0.001)
    }

    func testALongerSentenceIsNoBareVerdict() {
        // Three words or more say something of their own.
        XCTAssertNotEqual(SentimentTesting.frameRule("Il bonus arriva a dicembre. Fantastico il nuovo parco!", "money"), "ClosingVerdict")
    }
}
