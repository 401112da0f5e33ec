import XCTest
@testable import ItalianNLP

final class SentimentContrastedFrameTests: XCTestCase {
    func testContrastDemotesAndPromotes() {
        let frames = SentimentTesting.frames("La passione va bene, però a fine mese servono i soldi.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        let concession = SentimentTesting.frames("Sebbene lo stipendio sia basso, resta per la ricerca.")
        XCTAssertLessThan(concession["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(concession["mission"]?.stance ?? 0, 0)
    }

    func testMaAncheAdds() {
        let frames = SentimentTesting.frames("Lo stipendio conta, ma conta anche la missione.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testContrastAcrossSentences() {
        let frames = SentimentTesting.frames("Il denaro non è tutto, dicono. Ma lui ha chiesto un bonus enorme.")
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testThePromotedSideMayJudgeThePayPoor() {
        // The contrast turns to the pay, and the pay it turns to is poor.
        let poor = SentimentTesting.frames("Parlano tanto di valori, ma poi pagano i magazzinieri come apprendisti.")
        XCTAssertLessThan(poor["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Bei discorsi sul futuro, però ti trattano e ti pagano come uno stagista.")["money"]?.stance ?? 0, 0)
        // A stray negative word of a condition is no verdict on the pay: it is still demanded.
        XCTAssertGreaterThan(SentimentTesting.frames("Gli ideali vanno bene, ma se non mi aumentano lo stipendio cambio lavoro.")["money"]?.stance ?? 0, 0)
    }

    func testAChiClauseIsOnNeitherSide() {
        let frames = SentimentTesting.frames("Chi sceglie il volontariato non lo sceglie per il rimborso spese, ma per stare con gli altri.")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
    }

    /// The promoted clause's own word on the pay stands: work done for nothing, pay in kind.
    func testPromotedUnpaidWorkOrPayInKindIsNoPay() {
        let unpaid = "Anche se prende uno stipendio da primario, il sabato visita gratis i migranti del centro."
        XCTAssertLessThan(SentimentTesting.frames(unpaid)["money"]?.stance ?? 0, 0)
        let inKind = "Lo chiamano apprendistato, ma di fatto lo pagano con una pizza a settimana."
        XCTAssertLessThan(SentimentTesting.frames(inKind)["money"]?.stance ?? 0, 0)
        // Unpaid work judged bad on the promoted side is pay demanded.
        let judged = "Li chiamano volontari, ma il lavoro gratuito dei tirocinanti è uno sfruttamento."
        XCTAssertGreaterThan(SentimentTesting.frames(judged)["money"]?.stance ?? 0, 0)
    }

    /// A term that is pejorative by itself on the promoted side judges the pay poor.
    func testAPejorativeTermOnThePromotedSide() {
        let text = "Lo presentano come un tirocinio formativo, ma è un impiego sottopagato."
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }
}
