import XCTest
@testable import ItalianNLP

final class SentimentTakeHomePayTests: XCTestCase {
    func testATakeHomeSumAfterToilIsPoorPay() {
        let text = "Turni di notte e domeniche in reparto, e a fine mese ne porto a casa 1.150."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), TakeHomePay.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        let named = "Dopo otto ore di consegne in bicicletta mi sono rimasti in tasca ventidue euro."
        XCTAssertEqual(SentimentTesting.frameRule(named, "money"), TakeHomePay.name)
        XCTAssertLessThan(SentimentTesting.frames(named)["money"]?.stance ?? 0, 0)
    }

    func testAMinimiserAfterTheCueJudgesThePay() {
        let text = "Tolte le spese, del mio stipendio mi resta in tasca appena un terzo."
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testATakeHomeSumToldAsAFactIsNeutral() {
        let text = "Un tecnico specializzato porta a casa 2.400 al mese."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), TakeHomePay.name)
        XCTAssertEqual(SentimentTesting.frames(text)["money"]?.stance ?? 1, 0, accuracy: 0.001)
    }

    func testOtherThingsBroughtHomeAreNoMoney() {
        XCTAssertNil(SentimentTesting.frames("Dopo la partita ho portato a casa la maglia del capitano.")["money"])
        XCTAssertNil(SentimentTesting.frames("Ho le chiavi in tasca e il telefono scarico.")["money"])
    }
}
