import XCTest
@testable import ItalianNLP

final class SentimentUntilClauseTests: XCTestCase {
    func testAFrameThatHoldsUntilTheOtherIsDemoted() {
        let text = "Sono tutti romantici del mestiere finché non vedono il primo stipendio."
        let frames = SentimentTesting.frames("Parlano di vocazione finché non arriva il primo bonifico.")
        XCTAssertEqual(SentimentTesting.frameRule("Parlano di vocazione finché non arriva il primo bonifico.", "mission"), UntilClause.name)
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule(text, "mission"), UntilClause.name)
    }

    func testOneFrameAloneIsNoUntilClause() {
        // (Not "finché non finisce il progetto": a bare "progetto" evokes the mission since frames10.)
        XCTAssertNotEqual(SentimentTesting.frameRule("Lavorerò gratis finché non finisce la stagione.", "money"), UntilClause.name)
    }
}
