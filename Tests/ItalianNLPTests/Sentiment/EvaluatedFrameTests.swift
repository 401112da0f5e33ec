import XCTest
@testable import ItalianNLP

final class SentimentEvaluatedFrameTests: XCTestCase {
    func testEvaluationNextToTheTerm() {
        XCTAssertEqual(SentimentTesting.frameRule("Stipendi da fame per i rider.", "money"), "EvaluatedFrame")
        XCTAssertLessThan(SentimentTesting.frames("Stipendi da fame per i rider.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Un'azienda che paga bene.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Una retribuzione poco attraente.")["money"]?.stance ?? 0, 0)
    }

    func testMoreAndLess() {
        XCTAssertLessThan(SentimentTesting.frames("Meglio guadagnare meno e dormire tranquilli.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Ha cambiato lavoro per uno stipendio più alto.")["money"]?.stance ?? 0, 0)
    }

    func testTheSizeOfPay() {
        XCTAssertLessThan(SentimentTesting.frames("Stipendi bassi per tutti i nuovi assunti.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Offrono uno stipendio alto ai programmatori.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La borsa di studio basta a malapena per il cibo.")["money"]?.stance ?? 0, 0)
    }

    func testQuantityRightAfterThePay() {
        XCTAssertGreaterThan(SentimentTesting.frames("In quella banca si guadagna molto.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Nei musei civici si guadagna poco.")["money"]?.stance ?? 0, 0)
    }

    func testATermIsNotTheVerbItInflects() {
        // "premio" is no form of "premiare" here: the prize of a contract is not praise.
        XCTAssertNotEqual(SentimentTesting.frameRule("Il contratto prevede un premio di produzione annuale.", "money"), "EvaluatedFrame")
    }

    func testAPurposeIsNotJudgedByTheActionBeforeIt() {
        // "distruggeva" judges the toys' fate, not the curiosity the purpose names.
        XCTAssertGreaterThan(SentimentTesting.frames("Distruggeva tutti i giocattoli per capire come funzionavano.")["mission"]?.stance ?? 0, 0)
        // "la fame" is what was suffered, not what science is worth.
        XCTAssertGreaterThan(SentimentTesting.frames("Ha patito la fame per la scienza.")["mission"]?.stance ?? 0, 0)
    }

    /// A raise the speaker will earn is their account; one only reported is news
    /// (`testAPlainReportIsJudgedOnlyByWordsAttached`).
    func testMoreOrLessAfterAFigure() {
        XCTAssertGreaterThan(SentimentTesting.frames("Nel nuovo ruolo guadagnerò il 20% in più.")["money"]?.stance ?? 0, 0)
    }

    func testAMultiwordTermHasNoPolarityOfItsOwn() {
        // "buoni" in "buoni pasto" is a voucher, not praise.
        XCTAssertEqual(SentimentTesting.frames("Il bonus include anche i buoni pasto.")["money"]?.stance ?? 1, 0, accuracy: 0.001)
    }

    func testCutsAndMockingWords() {
        XCTAssertLessThan(SentimentTesting.frames("Ci hanno tagliato la tredicesima.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("I soliti ricconi in vacanza a Cortina.")["money"]?.stance ?? 0, 0)
    }

    func testAnAcronymHasNoPolarityOfItsOwn() {
        // The capitals of "ONG" are no shouting against the organisation.
        XCTAssertGreaterThan(SentimentTesting.frames("Lavoro in una ONG.")["mission"]?.stance ?? 0, 0)
    }

    func testPaidLikeTheLowestAndPaidLate() {
        XCTAssertLessThan(SentimentTesting.frames("Pagano i camerieri come stagisti.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La borsa di studio arriva sempre con due mesi di ritardo.")["money"]?.stance ?? 0, 0)
    }

    func testWhatMattersLittle() {
        XCTAssertLessThan(SentimentTesting.frames("Per lui i soldi contano poco.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("La passione qui conta meno dei risultati.")["mission"]?.stance ?? 0, 0)
    }

    func testADealIsNoEvaluation() {
        // "rinnovato" (+0.375 in Sentix) reports the deal; the figures are news.
        XCTAssertEqual(SentimentTesting.frames("La Lazio ha rinnovato il contratto del terzino fino al 2028.")["money"]?.stance ?? 1, 0, accuracy: 0.01)
    }

    func testPieceworkIsPoorPay() {
        XCTAssertLessThan(SentimentTesting.frames("In quel magazzino i facchini sono pagati a cottimo.")["money"]?.stance ?? 0, 0)
    }

    func testPayOnTimeIsGoodPay() {
        XCTAssertGreaterThan(SentimentTesting.frames("In quella cooperativa lo stipendio è sempre puntuale.")["money"]?.stance ?? 0, 0)
    }

    func testAnAdverbialClauseAfterTheTermDoesNotJudgeIt() {
        // What the curiosity is about ("perché i ghiacciai si sciolgono") is no verdict on it.
        let text = "Voglio capire perché i ghiacciai muoiono così in fretta."
        XCTAssertGreaterThanOrEqual(SentimentTesting.frames(text)["mission"]?.stance ?? -1, 0)
        XCTAssertNotEqual(SentimentTesting.frameRule(text, "mission"), "EvaluatedFrame")
        // Before the clause, the window still judges: "stipendi da fame quando…".
        XCTAssertLessThan(SentimentTesting.frames("Stipendi da fame quando arriva la stagione.")["money"]?.stance ?? 0, 0)
    }

    func testACutThatGovernsThePayOutweighsAFaintWord() {
        // Sentix gives "capitano" a faint +0.38; the cut of the pay says what happened to it.
        XCTAssertLessThan(SentimentTesting.frames("Il capitano ha ridotto l'ingaggio del 30% quest'anno.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Il presidente ha tagliato gli stipendi dei collaboratori.")["money"]?.stance ?? 0, 0)
    }

    func testTheWindowBeforeAVerbPhraseStopsAtItsConjunction() {
        // "malattia rara" judges the disease of the clause before "e", not the belief.
        XCTAssertGreaterThan(SentimentTesting.frames("Provano a curare una malattia rara e ci credono fino in fondo.")["mission"]?.stance ?? 0, 0)
    }

    func testAVerbPhraseDoneLittle() {
        XCTAssertLessThan(SentimentTesting.frames("Dopo tre anni in quel posto ci credo poco.")["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Dopo tre anni in quel posto ci credo poco.", "mission"), EvaluatedFrame.comparativeName)
    }

    func testAnIntensifierBeforeTheQuantityAfterThePay() {
        XCTAssertLessThan(SentimentTesting.frames("In quella cooperativa ci pagano così poco che la sera faccio anche il cameriere.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Il magazzino paga troppo poco per turni di dieci ore.")["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Quel cantiere paga davvero bene.")["money"]?.stance ?? 0, 0)
    }

    /// Money only stated is judged by the words attached to it, not by those of its clause.
    func testAPlainReportIsJudgedOnlyByWordsAttached() {
        XCTAssertEqual(SentimentTesting.frames("Gli infermieri dell'Asl riceveranno 600 euro a testa grazie ai fondi regionali.")["money"]?.stance, 0)
        XCTAssertEqual(SentimentTesting.frames("A partire da gennaio i magazzinieri avranno 70 euro in più in busta paga.")["money"]?.stance, 0)
        XCTAssertLessThan(SentimentTesting.frames("I raccoglitori della cooperativa ricevono paghe da fame.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Con la crisi tanti pensionati faticano a far quadrare i conti.")["money"]?.stance ?? 0, 0)
        // An adverb of attitude that opens the clause judges it.
        XCTAssertGreaterThan(SentimentTesting.frames("Finalmente l'ospedale paga gli straordinari agli infermieri.")["money"]?.stance ?? 0, 0)
    }
}
