import XCTest
@testable import ItalianNLP

final class SentimentAlternativeMotiveTests: XCTestCase {
    func testTheAlternativeToMoneyIsMission() {
        let frames = SentimentTesting.frames("Non lo fa per i soldi: lo fa perché vuole che i ragazzi del quartiere abbiano una scuola.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Ha rinunciato a un bonus per aprire un ambulatorio gratuito in periferia.", "mission"), "AlternativeMotive")
    }

    func testTheAlternativeToMissionIsMoney() {
        let frames = SentimentTesting.frames("Altro che vocazione: volevano vendere l'azienda e incassare.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testNothingIsEvokedWithoutARejection() {
        XCTAssertNil(SentimentTesting.frames("Lo stipendio arriva il 27 del mese, come sempre in questa azienda.")["mission"])
    }

    func testOneWordSufficesAfterAnExplicitCorrection() {
        XCTAssertGreaterThan(SentimentTesting.frames("Lo fanno per il quartiere, non per il guadagno.")["mission"]?.stance ?? 0, 0)
    }

    func testADismissalIsNoAlternative() {
        XCTAssertNil(SentimentTesting.frames("La favola dello scienziato mosso dalla curiosità è, appunto, una favola.")["money"])
    }

    func testAReportingTailIsNoAlternative() {
        XCTAssertNil(SentimentTesting.frames("Gli ideali non si comprano, ripeteva mio nonno.")["money"])
        let frames = SentimentTesting.frames("Lo stipendio non è il punto, spiega la sindaca: «Voglio che questa città torni a respirare».")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAPositionalAlternativeMustFit() {
        // After a rejected motive, a complaint is no mission.
        XCTAssertNil(SentimentTesting.frames("Non ha cambiato lavoro per il denaro: è stata la malattia della madre a costringerlo.")["mission"])
        // After a debunked ideal, money needs a word of what really drives.
        XCTAssertNil(SentimentTesting.frames("Tante belle parole sulla solidarietà, e poi nessuno si è presentato all'assemblea.")["money"])
        XCTAssertGreaterThan(SentimentTesting.frames("Altro che ideali: a quel consiglio interessano solo le poltrone.")["money"]?.stance ?? 0, 0)
    }

    func testACarriedAlternativeNamedInTheNextSentenceIsAsserted() {
        let frames = SentimentTesting.frames("Bei discorsi sulla vocazione, direttore; intanto i medici ricevono il premio di produzione solo se tagliano gli esami.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testAModalBeforeTheVerbOfComparison() {
        let frames = SentimentTesting.frames("Nessuno stipendio potrà mai ripagare la gioia di vedere guarire un bambino.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAnExplanationOfFunctionWordsIsTheAlternative() {
        // "Lo faccio perché qualcuno deve pur farlo": no content word, but an explanation.
        let frames = SentimentTesting.frames("Non lo faccio per la paga. Lo faccio perché qualcuno deve pur farlo.")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
    }

    func testTheNextSentenceMayRejectTheSameFrameAgain() {
        let frames = SentimentTesting.frames("Non per i soldi: ha insegnato gratis per trent'anni nei villaggi di montagna.")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        // A next sentence that asserts the rejected frame is no alternative.
        XCTAssertNil(SentimentTesting.frames("Non per i soldi: ha chiesto un aumento.")["mission"])
    }
}
