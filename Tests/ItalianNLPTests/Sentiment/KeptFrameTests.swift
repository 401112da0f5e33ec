import XCTest
@testable import ItalianNLP

final class SentimentKeptFrameTests: XCTestCase {
    func testANegatedLossOfTheObjectKeepsTheFrame() {
        XCTAssertEqual(SentimentTesting.frameRule("In trent'anni di corsia non ha mai perso la passione.", "mission"), "KeptFrame")
        XCTAssertGreaterThan(SentimentTesting.frames("In trent'anni di corsia non ha mai perso la passione.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Il vecchio parroco non ha mai rinunciato ai suoi ideali.")["mission"]?.stance ?? 0, 0)
    }

    func testANegatedLossOfTheSubjectKeepsTheFrame() {
        XCTAssertGreaterThan(SentimentTesting.frames("Da allora la curiosità non mi ha mai abbandonato.")["mission"]?.stance ?? 0, 0)
    }

    func testAMotiveIsNoObject() {
        // "per" opens a motive: the negation rejects it, as before.
        XCTAssertLessThan(SentimentTesting.frames("Il chirurgo non ha lasciato la clinica per il denaro.")["money"]?.stance ?? 0, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule("Il chirurgo non ha lasciato la clinica per il denaro.", "money"), "KeptFrame")
    }

    func testANegationWithoutALossStillRejects() {
        XCTAssertLessThan(SentimentTesting.frames("Non lo faccio per lo stipendio.")["money"]?.stance ?? 0, 0)
    }

    func testALossWithoutANegationIsNotThisRule() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Con gli anni ha perso la passione.", "mission"), "KeptFrame")
    }

    func testARefusalDeniedAcceptsTheFrame() {
        XCTAssertEqual(SentimentTesting.frameRule("Uno stipendio così non lo rifiuta nessuno.", "money"), KeptFrame.name)
        XCTAssertGreaterThan(SentimentTesting.frames("Uno stipendio così non lo rifiuta nessuno.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Era un'offerta che non si poteva rifiutare.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Non ha mai snobbato i soldi.")["money"]?.stance ?? 0, 0)
    }

    func testARefusalWithoutANegationStillRejects() {
        XCTAssertLessThan(SentimentTesting.frames("Ha rifiutato un'offerta da due milioni.")["money"]?.stance ?? 0, 0)
    }

    /// A demonstrative may open the object kept ("di credere in questo progetto").
    func testADemonstrativeBeforeTheObject() {
        XCTAssertGreaterThan(SentimentTesting.frames("Non smetterò mai di credere in questa missione.")["mission"]?.stance ?? 0, 0)
    }
}
