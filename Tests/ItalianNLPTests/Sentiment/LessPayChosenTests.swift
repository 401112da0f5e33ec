import XCTest
@testable import ItalianNLP

final class SentimentLessPayChosenTests: XCTestCase {
    func testChoosingLessPayRejectsMoneyAndEvokesTheChoice() {
        let frames = SentimentTesting.frames("Ha scelto uno stipendio più basso in una cooperativa che assiste gli anziani soli.")
        XCTAssertEqual(SentimentTesting.frameRule("Ha scelto uno stipendio più basso in una cooperativa che assiste gli anziani soli.", "money"), "LessPayChosen")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testLessPayWithoutAChoiceIsOnlyAnEvaluation() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Un ricercatore guadagna meno di un cassiere.", "money"), "LessPayChosen")
    }
}
