import XCTest
@testable import ItalianNLP

final class SentimentDismissiveFragmentTests: XCTestCase {
    func testAFragmentDebunksWhatCameBefore() {
        let frames = SentimentTesting.frames("Innovazione? Visione? Chiacchiere. Ai soci interessano i dividendi.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAnAnswerThatCallsTheQuestionAnExcuse() {
        let frames = SentimentTesting.frames("La missione aziendale? Una scusa per pagarci meno.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        // Without the question there is nothing to answer.
        XCTAssertNotEqual(SentimentTesting.frameRule("La missione aziendale. Una scusa per pagarci meno.", "mission"), "DismissiveFragment")
    }

    func testSetAsideAsMinor() {
        let frames = SentimentTesting.frames("Lo stipendio? Secondario. Conta vedere i ragazzi imparare a leggere.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testTheEuphemismTranslated() {
        XCTAssertLessThan(SentimentTesting.frames("Cerchiamo giovani appassionati e motivati. Tradotto: stage gratis.")["mission"]?.stance ?? 0, 0)
        // Without the colon "tradotto" is no dismissal.
        XCTAssertGreaterThan(SentimentTesting.frames("Un libro sulla passione per la scienza. Tradotto in inglese.")["mission"]?.stance ?? 0, 0)
    }
}
