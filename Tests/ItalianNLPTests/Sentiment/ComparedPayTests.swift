import XCTest
@testable import ItalianNLP

final class SentimentComparedPayTests: XCTestCase {
    func testLessPayThanSomeoneIsPoorPay() {
        XCTAssertEqual(SentimentTesting.frameRule("Una maestra d'asilo prende meno di un magazziniere.", "money"), ComparedPay.name)
        XCTAssertLessThan(SentimentTesting.frames("Una maestra d'asilo prende meno di un magazziniere.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("I nostri tecnici guadagnano la metà dei colleghi francesi.")["money"]?.stance ?? 0, 0)
    }

    func testAMultipleOfSomeoneElsesPayIsGoodPay() {
        XCTAssertGreaterThan(SentimentTesting.frames("A Monaco lo stesso ingegnere guadagna il doppio che a Catania.")["money"]?.stance ?? 0, 0)
    }

    func testAnAmountIsNoComparison() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Secondo il rapporto, un gruista guadagna più di 2.000 euro al mese.", "money"), ComparedPay.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Da quando ha chiuso l'officina non guadagna più di che vivere.", "money"), ComparedPay.name)
    }

    func testAFractionOfPayIsPoorPay() {
        XCTAssertEqual(SentimentTesting.frameRule("Il compenso era un terzo del solito.", "money"), ComparedPay.name)
        XCTAssertLessThan(SentimentTesting.frames("Il compenso era un terzo del solito.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Oggi la paga è un quarto di quella di allora.")["money"]?.stance ?? 0, 0)
        // An ordinal is no fraction.
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio di un impiegato di quarto livello è di 1.600 euro.", "money"), ComparedPay.name)
    }
}
