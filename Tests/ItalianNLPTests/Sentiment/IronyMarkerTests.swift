import XCTest
@testable import ItalianNLP

final class SentimentIronyMarkerTests: XCTestCase {
    func testIronyAcrossAColonTurnsTheNextSentenceAround() {
        let frames = SentimentTesting.frames("Sì, come no: i calciatori restano per amore della maglia, mica per l'ingaggio.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testIronyInTheSentenceItself() {
        XCTAssertLessThan(SentimentTesting.frames("Eh già, la solita grande visione del consiglio di amministrazione.")["mission"]?.stance ?? 0, 0)
    }

    func testAQuestionIsNoIrony() {
        XCTAssertFalse(IronyMarker.isIronic(SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Vieni anche tu? Come no?").tokens)))
    }

    func testACertoAnsweredByMicaOrInfatti() {
        let acrossTheColon = SentimentTesting.frames("Certo, i medici restano in corsia per vocazione: mica per la paga.")
        XCTAssertLessThan(acrossTheColon["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(acrossTheColon["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Certo, lavorano per passione: infatti appena possono scappano all'estero.")["mission"]?.stance ?? 0, 0)
        let inOneSentence = SentimentTesting.frames("Certo, restano per passione, mica per i soldi.")
        XCTAssertLessThan(inOneSentence["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(inOneSentence["money"]?.stance ?? 0, 0)
    }

    func testAPlainCertoIsNoIrony() {
        XCTAssertGreaterThan(SentimentTesting.frames("Certo, la passione conta.")["mission"]?.stance ?? 0, 0)
    }

    func testMaCertoAnsweredByMicaAfterAFullStop() {
        let frames = SentimentTesting.frames("Ma certo, i cassieri fanno gli straordinari per vocazione. Mica per la paga.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        // "Infatti" after a full stop may agree.
        XCTAssertGreaterThan(SentimentTesting.frames("Certo, i medici lavorano per vocazione. Infatti restano anche a Natale.")["mission"]?.stance ?? 0, 0)
    }

    func testFiguriamociWithItsCliticSplit() {
        // The tokenizer splits "Figuriamoci" into "figuriamo" + "ci".
        let frames = SentimentTesting.frames("Figuriamoci se l'amministratore ha rinunciato al bonus per il bene comune.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testMaSiTantoIsAShrugThatMeansTheOpposite() {
        let frames = SentimentTesting.frames("Ma sì, tanto gli insegnanti lavorano per vocazione, che bisogno c'è di aumentargli lo stipendio?")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        // "Ma sì, hai ragione" is no irony.
        XCTAssertGreaterThan(SentimentTesting.frames("Ma sì, hai ragione: la passione conta.")["mission"]?.stance ?? 0, 0)
    }
}
