import XCTest
@testable import ItalianNLP

final class SentimentRegretClauseTests: XCTestCase {
    func testPraiseCutShortByARegret() {
        let frames = SentimentTesting.frames("Bello l'ideale, peccato che la paga sia da fame.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Bello l'ideale, peccato che la paga sia da fame.", "mission"), "RegretClause")
    }

    func testARegretThatOpensTheSentenceIsNoIrony() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Peccato che tu non abbia accettato lo stipendio.", "money"), "RegretClause")
    }
}
