import XCTest
@testable import ItalianNLP

final class SentimentUndisclosedFigureTests: XCTestCase {
    func testAFigureNotDisclosedIsAMention() {
        let text = "Il compenso del nuovo allenatore non è stato reso noto dalla società."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), UndisclosedFigure.name)
        XCTAssertEqual(SentimentTesting.frames(text)["money"]?.stance ?? 1, 0, accuracy: 0.001)
        XCTAssertEqual(SentimentTesting.frameRule("Il bando di concorso non indica lo stipendio dei vincitori.", "money"), UndisclosedFigure.name)
        XCTAssertEqual(SentimentTesting.frameRule("La cifra dell'ingaggio non è nota.", "money"), UndisclosedFigure.name)
    }

    func testANegationOfTheFrameItselfStillRejects() {
        let text = "Non è lo stipendio che mi ha fatto restare, e l'ho detto pubblicamente."
        XCTAssertNotEqual(SentimentTesting.frameRule(text, "money"), UndisclosedFigure.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testNotaWithoutACopulaIsNoDisclosure() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Non vuole uno stipendio alto, nota il cronista.", "money"), UndisclosedFigure.name)
    }
}
