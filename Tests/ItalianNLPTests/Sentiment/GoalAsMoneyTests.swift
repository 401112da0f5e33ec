import XCTest
@testable import ItalianNLP

final class SentimentGoalAsMoneyTests: XCTestCase {
    func testAGoalThatIsMoneyIsNotMission() {
        let frames = SentimentTesting.frames("Il suo unico obiettivo è diventare milionario prima dei trent'anni.")
        XCTAssertNil(frames["mission"])
        XCTAssertNotNil(frames["money"])
    }

    func testAGoalWithAnotherContentStaysMission() {
        let frames = SentimentTesting.frames("Il nostro obiettivo è vaccinare ogni bambino della valle, e per questo servono soldi.")
        XCTAssertNotNil(frames["mission"])
        XCTAssertNotNil(frames["money"])
    }
}
