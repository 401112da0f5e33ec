import XCTest
@testable import ItalianNLP

final class SentimentSupplantedFrameTests: XCTestCase {
    func testReplacedAndReplacing() {
        let frames = SentimentTesting.frames("Con gli anni la passione dei soci è stata soppiantata dalla caccia ai dividendi.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAnAppositionMayIntervene() {
        let text = "Il sogno di partenza, una scuola per tutti, è stato sostituito dal profitto."
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), "SupplantedFrame")
    }
}
