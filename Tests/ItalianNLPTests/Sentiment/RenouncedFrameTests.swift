import XCTest
@testable import ItalianNLP

final class SentimentRenouncedFrameTests: XCTestCase {
    func testRenouncedObjects() {
        XCTAssertEqual(SentimentTesting.frameRule("Ha rinunciato a un bonus enorme.", "money"), "RenouncedFrame")
        XCTAssertLessThan(SentimentTesting.frames("Ha rifiutato uno stipendio doppio.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Ha preferito la ricerca a un compenso più alto.")["money"]?.stance ?? 0, 0)
    }
}
