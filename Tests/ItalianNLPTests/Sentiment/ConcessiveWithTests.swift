import XCTest
@testable import ItalianNLP

final class SentimentConcessiveWithTests: XCTestCase {
    func testConcededFrameIsDemoted() {
        let text = "Con tutta la sua passione, anche lei alla fine ha scelto lo stipendio sicuro."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), "ConcessiveWith")
        XCTAssertLessThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testWithoutAFollowingClauseNothingIsConceded() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha lavorato con tutta la sua passione.", "mission"), "ConcessiveWith")
    }
}
