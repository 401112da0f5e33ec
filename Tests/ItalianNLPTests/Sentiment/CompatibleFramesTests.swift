import XCTest
@testable import ItalianNLP

final class SentimentCompatibleFramesTests: XCTestCase {
    func testNegatedExclusionAssertsBoth() {
        let frames = SentimentTesting.frames("Profitto e impatto sociale non sono in contrasto, sostiene la fondatrice.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testCompatibilityAssertsBoth() {
        let text = "Secondo lei guadagno e vocazione si possono conciliare senza fatica."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), "CompatibleFrames")
    }

    func testAnIndirectQuestionAssertsNothing() {
        let text = "Gli studenti si chiedono se stipendio e passione siano compatibili."
        XCTAssertNotEqual(SentimentTesting.frameRule(text, "money"), "CompatibleFrames")
    }

    func testTheNegatorMayStandAFewWordsBefore() {
        XCTAssertEqual(SentimentTesting.frameRule("Guadagno e passione non sono mai stati in contrasto per lei.", "mission"), "CompatibleFrames")
    }
}
