import XCTest
@testable import ItalianNLP

final class SentimentGivenAwayMoneyTests: XCTestCase {
    func testMoneyDonatedIsNotKept() {
        XCTAssertEqual(SentimentTesting.frameRule("Il tenore ha devoluto il compenso della serata a un'associazione di Brescia.", "money"), GivenAwayMoney.name)
        XCTAssertLessThan(SentimentTesting.frames("Ogni anno dona la tredicesima a chi ne ha bisogno.")["money"]?.stance ?? 0, 0)
        // A participle after the term: "l'incasso sarà devoluto".
        XCTAssertLessThan(SentimentTesting.frames("Lo stipendio del primo mese sarà donato alla ricerca sul cancro.")["money"]?.stance ?? 0, 0)
    }

    func testPayingInIsAGiftOnlyToACharity() {
        XCTAssertLessThan(SentimentTesting.frames("La pilota ha versato il suo premio in denaro alla Croce Rossa.")["money"]?.stance ?? 0, 0)
        // Wages paid to the players are pay, not a gift.
        XCTAssertNotEqual(SentimentTesting.frameRule("La società ha versato ai giocatori gli stipendi di marzo.", "money"), GivenAwayMoney.name)
    }

    func testAPrizeGivenAwayIsMoney() {
        // A bare "premio" is an honour; given away, it is the prize money.
        XCTAssertEqual(SentimentTesting.frameRule("La scrittrice ha donato l'intero premio a una biblioteca di quartiere.", "money"), GivenAwayMoney.name)
        XCTAssertNil(SentimentTesting.frames("La scrittrice ha ricevuto il premio a Roma.")["money"])
    }
}
