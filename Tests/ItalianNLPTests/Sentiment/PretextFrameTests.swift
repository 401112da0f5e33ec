import XCTest
@testable import ItalianNLP

final class SentimentPretextFrameTests: XCTestCase {
    func testThePurposeOfAnExcuseIsTheRealMotive() {
        let text = "Il merito, per quella giunta, è solo un pretesto per tagliare gli stipendi dei tecnici."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), "PretextFrame")
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testANegatedExcuseStillAssertsItsPurpose() {
        let frames = SentimentTesting.frames("La passione non deve diventare un alibi per pagare poco i ricercatori.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAPlainPurposeIsNotAnExcuse() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Non lavoro per lo stipendio.", "money"), "PretextFrame")
    }
}
