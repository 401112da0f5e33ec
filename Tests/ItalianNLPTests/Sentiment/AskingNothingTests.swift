import XCTest
@testable import ItalianNLP

final class SentimentAskingNothingTests: XCTestCase {
    func testWorkDoneForNothingIsMoneyRejected() {
        let text = "Il signor Elio ripara le biciclette dei ragazzi del quartiere senza chiedere niente."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), AskingNothing.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Ha ridipinto l'aula di musica senza volere una lira.")["money"]?.stance ?? 0, 0)
    }

    func testAskingNothingOfSomeoneIsNoPay() {
        XCTAssertNil(SentimentTesting.frames("È uscito di casa senza chiedere niente a nessuno.")["money"])
        XCTAssertNil(SentimentTesting.frames("Sono partiti all'alba senza prendere niente per il viaggio.")["money"])
    }
}
