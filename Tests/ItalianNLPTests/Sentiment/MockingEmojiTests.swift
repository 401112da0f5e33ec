import XCTest
@testable import ItalianNLP

final class SentimentMockingEmojiTests: XCTestCase {
    func testAnEyeRollMocksWhatIsReported() {
        XCTAssertLessThan(SentimentTesting.frames("Ci pagano in buoni pasto e lo chiamano welfare 🙄")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Ecco la nuova missione aziendale 🤡", "mission"), "MockingEmoji")
    }

    func testWithoutMockeryNothingChanges() {
        XCTAssertGreaterThan(SentimentTesting.frames("Ecco la nuova missione aziendale 😍")["mission"]?.stance ?? 0, 0)
    }

    func testAnUpsideDownFaceMocks() {
        XCTAssertLessThan(SentimentTesting.frames("Ci hanno regalato una targa per la nostra dedizione 🙃")["mission"]?.stance ?? 0, 0)
    }
}
