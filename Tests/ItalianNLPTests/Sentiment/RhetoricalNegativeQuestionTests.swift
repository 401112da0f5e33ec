import XCTest
@testable import ItalianNLP

final class SentimentRhetoricalNegativeQuestionTests: XCTestCase {
    func testNonOpeningAQuestionAsksForAgreement() {
        XCTAssertGreaterThan(SentimentTesting.sentiment("Non sarebbe meraviglioso?").score, 0)
        XCTAssertLessThan(SentimentTesting.sentiment("Non è una vergogna?").score, 0)
    }

    func testAStatementIsStillNegated() {
        XCTAssertLessThan(SentimentTesting.sentiment("Non sarebbe meraviglioso.").score, 0)
    }
}
