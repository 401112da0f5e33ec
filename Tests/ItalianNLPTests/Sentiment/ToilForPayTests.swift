import XCTest
@testable import ItalianNLP

final class SentimentToilForPayTests: XCTestCase {
    func testPaySetAgainstToilIsPoorPay() {
        XCTAssertEqual(SentimentTesting.frameRule("Quattordici ore al giorno in magazzino per 800 euro al mese.", "money"), ToilForPay.name)
        XCTAssertLessThan(SentimentTesting.frames("Quattordici ore al giorno in magazzino per 800 euro al mese.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Cinque anni di studio per 6 euro l'ora.")["money"]?.stance ?? 0, 0)
    }

    func testContractHoursAndContractYearsAreNoToil() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Il contratto prevede 38 ore settimanali per 1.650 euro lordi al mese.", "money"), ToilForPay.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha firmato tre anni di contratto a 2 milioni a stagione.", "money"), ToilForPay.name)
    }

    func testAFigureWithoutToilIsNotThisRule() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Il comune le ha venduto il terreno per 800 euro.", "money"), ToilForPay.name)
    }
}
