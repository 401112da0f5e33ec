import XCTest

@testable import ItalianNLP

/// Interviews whose answers carry no quotation marks.
final class UnmarkedInterviewAnswerTests: XCTestCase {
    func testLabelledAnswersAreTheIntervieweesWords() {
        let text = """
            La climatologa Sara Conti guida il centro studi sul clima di Bolzano.
            D: Quest'estate è stata la più calda di sempre?
            R: Una delle più calde. I dati del centro dicono che le notti tropicali sono raddoppiate in dieci anni.
            D: Che cosa si può fare?
            R: Adattare le città, subito. Gli alberi costano poco e abbassano la temperatura delle strade.
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.map(\.rule), ["UnmarkedInterviewAnswer", "UnmarkedInterviewAnswer"])
        XCTAssertEqual(claims.first?.source, "Sara Conti")
        XCTAssertEqual(claims.first?.kind, .direct)
        XCTAssertEqual(
            claims.first?.content, "Una delle più calde. I dati del centro dicono che le notti tropicali sono raddoppiate in dieci anni.")
    }

    func testQuestionLinesEachFollowedByTheAnswer() {
        let text = """
            Marco Ferri, 38 anni, è il nuovo direttore del teatro comunale di Lecco.
            Direttore, da dove si comincia?
            Dai ragazzi delle scuole. Voglio che il teatro torni a essere un posto dove si entra senza paura.
            E i conti?
            Li abbiamo guardati con attenzione. Non sono drammatici, ma serve prudenza.
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 2)
        XCTAssertEqual(claims.last?.source, "Marco Ferri")
        XCTAssertEqual(claims.last?.content, "Li abbiamo guardati con attenzione. Non sono drammatici, ma serve prudenza.")
    }

    func testRhetoricalQuestionsInAnArticleMakeNoInterview() {
        let text = """
            Il consiglio comunale di Lecco ha approvato il bilancio.
            Che cosa cambierà per le famiglie?
            Le tariffe della mensa resteranno ferme, quelle dei parcheggi saliranno.
            E le opere pubbliche?
            Il cantiere della piscina ripartirà a maggio.
            """
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testAnInterviewWithAPromptThatIsNoQuestion() {
        let text = """
            Il pittore Carlo Miele espone a Lucca. Lo abbiamo incontrato alla vigilia.
            Perché proprio il mare?
            Perché è l'unica cosa che non ho mai saputo dipingere. Ci provo ancora.
            Come è nata la mostra?
            Da un viaggio di due mesi lungo la costa. Le tele sono trenta, tutte grandi.
            Qualcuno l'ha definita una mostra malinconica.
            Lo so, e rispondo che il mare non è mai triste. È il nostro sguardo a esserlo.
            Che cosa resterà dopo Lucca?
            Spero un libro. Due editori hanno già chiesto le immagini.
            """
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 4)
        XCTAssertTrue(claims.allSatisfy { $0.source == "Carlo Miele" && $0.kind == .direct })
        XCTAssertTrue(claims.contains { $0.content.hasPrefix("Lo so, e rispondo") })
    }
}
