import XCTest
@testable import ItalianNLP

final class SentimentComparativeMotiveTests: XCTestCase {
    func testWhatIsWorthMoreWins() {
        let frames = SentimentTesting.frames("Per molti medici la vocazione conta più di qualsiasi stipendio.")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
    }

    func testLessReversesTheRanking() {
        let frames = SentimentTesting.frames("Per lei il bonus pesa meno della curiosità.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testIrregularFormsOfValere() {
        XCTAssertEqual(SentimentTesting.frameRule("Dicono che la ricerca valga più dei soldi.", "money"), "ComparativeMotive")
    }

    func testTwoAmountsAreNotTwoMotives() {
        XCTAssertNotEqual(SentimentTesting.frameRule("I bonus dei manager valgono più del loro stipendio.", "money"), "ComparativeMotive")
    }

    func testASubjectWithNoFrameOutranksTheTermAfterPiuDi() {
        // "Questa città vale più di qualsiasi contratto": what is ranked above names no frame.
        XCTAssertLessThan(SentimentTesting.frames("Per lui questa città vale più di qualsiasi contratto.")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Il tempo con i miei figli conta più dello stipendio.", "money"), ComparativeMotive.name)
    }

    func testAFigureAfterPiuDiIsAPrice() {
        // "vale più di trenta milioni" is a market value, not a motive outranked.
        XCTAssertNotEqual(SentimentTesting.frameRule("Secondo gli esperti il difensore vale più di 30 milioni di euro.", "money"), ComparativeMotive.name)
    }
}
