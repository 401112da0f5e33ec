import XCTest
@testable import ItalianNLP

final class SentimentNeutralMentionTests: XCTestCase {
    func testReportsAndQuestionsHaveNoStance() {
        XCTAssertEqual(SentimentTesting.frames("Il sondaggio misura lo stipendio dei giovani medici.")["money"]?.stance, 0)
        XCTAssertEqual(SentimentTesting.frames("Conta di più il salario o la vocazione?")["money"]?.stance, 0)
        XCTAssertEqual(SentimentTesting.frames("Vogliono sapere quanto guadagnano i consiglieri.")["money"]?.stance, 0)
    }

    func testAnEvaluationIsNotNeutral() {
        XCTAssertNotEqual(SentimentTesting.frames("Il rapporto rivela stipendi vergognosi.")["money"]?.stance ?? 0, 0)
    }
}
