import XCTest
@testable import ItalianNLP

final class SentimentCorrectiveFrameRoleTests: XCTestCase {
    func testCorrectiveRejectsOneFrameAndAssertsTheOther() {
        let frames = SentimentTesting.frames("Non è lo stipendio, ma la missione a tenerla in corsia.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Non è lo stipendio, ma la missione a tenerla in corsia.", "money"), "CorrectiveFrameRole")
    }

    func testOtherCorrectives() {
        let tanto = SentimentTesting.frames("Non tanto i soldi quanto la passione per l'insegnamento.")
        XCTAssertLessThan(tanto["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(tanto["mission"]?.stance ?? 0, 0)
        let piuChe = SentimentTesting.frames("Più che lo stipendio, conta la vocazione.")
        XCTAssertLessThan(piuChe["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(piuChe["mission"]?.stance ?? 0, 0)
        let reverse = SentimentTesting.frames("Ho accettato per i soldi, non per gli ideali.")
        XCTAssertGreaterThan(reverse["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(reverse["mission"]?.stance ?? 0, 0)
    }

    func testNonSoloAssertsBoth() {
        let frames = SentimentTesting.frames("Non solo lo stipendio, ma anche la missione dell'azienda.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testRispettoAWeighsTwoFramesOnly() {
        // Pay compared with the cost of living: no motive is weighed.
        XCTAssertLessThan(SentimentTesting.frames("Lo stipendio di un infermiere è una miseria rispetto al costo della vita.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Preferiamo la qualità della ricerca rispetto ai guadagni immediati.")["money"]?.stance ?? 0, 0)
    }

    func testADemotedClauseBeforeRispetto() {
        let frames = SentimentTesting.frames("Il guadagno passa in secondo piano rispetto alla missione.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testMicaCorrectsAsNonDoes() {
        let frames = SentimentTesting.frames("Ha aperto la trattoria per amore del paese, mica per soldi.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testYJoinedByEAndNonCertoX() {
        // "Y, e non X" and "Y e non X", with an adverb of certainty after "non".
        let joined = SentimentTesting.frames("Secondo i tifosi l'allenatore è rimasto per la buonuscita, e non certo per la passione.")
        XCTAssertLessThan(joined["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(joined["money"]?.stance ?? 0, 0)
        let bare = SentimentTesting.frames("Ha firmato per la visione del progetto e non per lo stipendio.")
        XCTAssertGreaterThan(bare["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(bare["money"]?.stance ?? 0, 0)
    }

    func testENonSoloAddsAndAVerbIsNoElement() {
        // "e non solo" adds; "e non ha" is a clause of its own.
        XCTAssertNotEqual(SentimentTesting.frameRule("Lavora per lo stipendio e non solo per quello.", "money"), CorrectiveFrameRole.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha chiesto un aumento e non ha ottenuto nulla.", "money"), CorrectiveFrameRole.name)
    }
}
