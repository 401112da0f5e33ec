import XCTest
@testable import ItalianNLP

final class SentimentDebunkedFrameTests: XCTestCase {
    func testEmptyTalk() {
        XCTAssertEqual(SentimentTesting.frameRule("Basta con la retorica dell'innovazione.", "mission"), "DebunkedFrame")
        XCTAssertLessThan(SentimentTesting.frames("Ci hanno promesso un progetto visionario.")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Altro che vocazione: qui si pensa solo al profitto.")["mission"]?.stance ?? 0, 0)
    }

    func testScareQuotes() {
        XCTAssertLessThan(SentimentTesting.frames("La chiamano «passione», ma sono turni di dodici ore.")["mission"]?.stance ?? 0, 0)
    }
}
