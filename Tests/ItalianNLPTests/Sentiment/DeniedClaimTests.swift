import XCTest
@testable import ItalianNLP

final class SentimentDeniedClaimTests: XCTestCase {
    func testAFrameInsideAClaimCalledUntrueIsRejected() {
        let text = "Non è vero che gli architetti giovani pensano solo ai soldi."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), DeniedClaim.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("È un mito che chi fa il maestro lo faccia per vocazione.")["mission"]?.stance ?? 0, 0)
    }

    func testASecondNegationTurnsItBack() {
        let text = "Non è affatto vero che i ragazzi di oggi non hanno ideali."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), DeniedClaim.name)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }

    func testATrueClaimIsNotThisRule() {
        XCTAssertNotEqual(SentimentTesting.frameRule("È vero che lo stipendio è basso, ma il lavoro mi piace.", "money"), DeniedClaim.name)
    }
}
