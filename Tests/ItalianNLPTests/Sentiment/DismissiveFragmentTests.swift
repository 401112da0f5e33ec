import XCTest
@testable import ItalianNLP

final class SentimentDismissiveFragmentTests: XCTestCase {
    func testAFragmentDebunksWhatCameBefore() {
        let frames = SentimentTesting.frames("Innovazione? Visione? Chiacchiere. Ai soci interessano i dividendi.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }
}
