import XCTest
@testable import ItalianNLP

final class SentimentComparedTakingsTests: XCTestCase {
    func testTakingsWeighedAgainstOthersAreMoney() {
        let less = "Il fonico del teatro prende la metà di un cameriere."
        XCTAssertEqual(SentimentTesting.frameRule(less, "money"), ComparedTakings.name)
        XCTAssertLessThan(SentimentTesting.frames(less)["money"]?.stance ?? 0, 0)
        let more = "Mio cugino prende il doppio di suo padre, e ha vent'anni."
        XCTAssertEqual(SentimentTesting.frameRule(more, "money"), ComparedTakings.name)
        XCTAssertGreaterThan(SentimentTesting.frames(more)["money"]?.stance ?? 0, 0)
    }

    func testTimeVotesAndAmountsAreNoComparisonOfPay() {
        XCTAssertNil(SentimentTesting.frames("Quest'anno la nostra difesa prende più di un gol a partita.")["money"])
        XCTAssertNil(SentimentTesting.frames("Alle comunali la lista prende più di un voto su tre.")["money"])
        XCTAssertNotEqual(SentimentTesting.frameRule("Prende più di 3.000 al mese.", "money"), ComparedTakings.name)
    }
}
