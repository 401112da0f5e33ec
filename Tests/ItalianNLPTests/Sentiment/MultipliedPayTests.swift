import XCTest
@testable import ItalianNLP

final class SentimentMultipliedPayTests: XCTestCase {
    func testAMultipleNotTakenIsMoneyRejected() {
        XCTAssertEqual(SentimentTesting.frameRule("Poteva trasferirsi a Dubai per il doppio, ma è rimasto in corsia a Palermo.", "money"), MultipliedPay.name)
        XCTAssertLessThan(SentimentTesting.frames("Poteva trasferirsi a Dubai per il doppio, ma è rimasto in corsia a Palermo.")["money"]?.stance ?? 0, 0)
    }

    func testAMultipleTakenIsTheMotive() {
        XCTAssertGreaterThan(SentimentTesting.frames("A gennaio il portiere se n'è andato in Turchia per il triplo.")["money"]?.stance ?? 0, 0)
    }

    func testAMultipleOfSomethingElseIsNoPay() {
        XCTAssertNil(SentimentTesting.frames("Quest'anno in Trentino sono nati il doppio dei caprioli.")["money"])
        XCTAssertNil(SentimentTesting.frames("Per il triplo della distanza serve un'altra imbarcazione.")["money"])
        XCTAssertNil(SentimentTesting.frames("Il rumore è il doppio rispetto a ieri.")["money"])
    }

    func testAMultipleOfferedIsPay() {
        let forgone = "Il club inglese gli garantiva il triplo, ma lui ha preferito restare a Genova."
        XCTAssertEqual(SentimentTesting.frameRule(forgone, "money"), MultipliedPay.name)
        XCTAssertLessThan(SentimentTesting.frames(forgone)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Gli promettevano il doppio e ha firmato in una settimana.")["money"]?.stance ?? 0, 0)
    }

    /// A multiple proposed and a stay after it: the offer was not taken.
    func testAMultipleProposedAndAStayIsMoneyRejected() {
        let text = "Le avevano proposto il triplo a Zurigo, ma la ricercatrice è rimasta nel suo laboratorio di Pavia."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), MultipliedPay.name)
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames(text)["mission"]?.stance ?? 0, 0)
    }
}
