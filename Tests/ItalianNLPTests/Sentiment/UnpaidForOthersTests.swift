import XCTest
@testable import ItalianNLP

final class SentimentUnpaidForOthersTests: XCTestCase {
    func testUnpaidWorkForOthersEvokesBothFrames() {
        let text = "Il sabato ripara a sue spese le panchine del quartiere."
        let frames = SentimentTesting.frames(text)
        XCTAssertEqual(SentimentTesting.frameRule(text, "mission"), UnpaidForOthers.name)
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), UnpaidForOthers.name)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        let loss = "Tiene aperto l'unico forno del borgo anche se ci rimette."
        XCTAssertEqual(SentimentTesting.frameRule(loss, "mission"), UnpaidForOthers.name)
        XCTAssertLessThan(SentimentTesting.frames(loss)["money"]?.stance ?? 0, 0)
    }

    func testAMoneyTermOfTheUnpaidPhraseIsGoneWithout() {
        let text = "Aggiusta senza compenso le reti dei pescatori del paese."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), UnpaidForOthers.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testWithoutPeopleServedOrFromAPublicBodyNothingIsEvoked() {
        // No one served: a cost borne is no service.
        XCTAssertNil(SentimentTesting.frames("Ha rifatto il tetto a sue spese dopo la grandinata.")["mission"])
        // A public body acts by office.
        XCTAssertNil(SentimentTesting.frames("La Regione ha riaperto a sue spese il museo della valle.")["mission"])
    }
}
