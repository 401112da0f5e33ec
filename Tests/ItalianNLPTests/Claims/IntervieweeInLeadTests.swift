import XCTest

@testable import ItalianNLP

/// The answers of a question-and-answer interview are the person its lead introduces.
final class IntervieweeInLeadTests: XCTestCase {
    func testTheIntervieweeNamedAfterIntervistaAnswersEveryQuestion() {
        let text = """
            Il fornaio che non chiude mai
            Intervista a Bruno Ceccato, 58 anni, fornaio di Chioggia. Panettiere di professione, apre il negozio alle tre.
            Quando ha cominciato?
            A quindici anni, con mio zio. Un cliente mi ha detto che il pane era troppo salato e da allora peso tutto.
            Che cosa è cambiato?
            Le farine, soprattutto. Oggi i clienti chiedono grani antichi e lievito madre.
            E il futuro?
            Mia figlia studia economia, ma il sabato viene in laboratorio.
            """
        let answers = claimSummaries(text).filter { $0.rule == RuleID.unmarkedInterviewAnswer.rawValue }
        XCTAssertEqual(answers.count, 3)
        XCTAssertTrue(answers.allSatisfy { $0.source == "Bruno Ceccato" })
    }

    func testAnInterviewerSpeakingAsUsMakesAnswersWithoutFirstPersonAnInterview() {
        let text = """
            Il porto di Ortona cresce
            Lucia Marinucci guida da tre anni l'autorità del porto di Ortona. Le abbiamo chiesto come va.
            Quante navi arrivano?
            Trenta al mese, il doppio di due anni fa. Il grano arriva dall'Ucraina e dal Canada.
            Che cosa manca?
            Un binario fino alla banchina. I camion intasano la statale ogni mattina.
            """
        let answers = claimSummaries(text).filter { $0.rule == RuleID.unmarkedInterviewAnswer.rawValue }
        XCTAssertEqual(answers.count, 2)
        XCTAssertEqual(answers.first?.source, "Lucia Marinucci")
    }

    func testAnArticleWithTwoRhetoricalQuestionsIsNoInterview() {
        let text = """
            Il mercato di Ortona
            Il mercato coperto ha riaperto ieri. Chi lo gestirà?
            Il Comune non lo ha ancora deciso. Le bancarelle restano vuote.
            E i prezzi?
            Sono saliti del dieci per cento. Nessuno sa dire perché.
            """
        XCTAssertTrue(claimSummaries(text).filter { $0.rule == RuleID.unmarkedInterviewAnswer.rawValue }.isEmpty)
    }

    func testTheInterviewersQuestionIsNoClaim() {
        let text = """
            Intervista a Carla Pezzato, allenatrice di pallavolo.
            Lei ha mai pensato di smettere?
            Una volta, dopo una retrocessione. Poi ho capito che mi mancava la palestra.
            Che cosa dice alle sue giocatrici?
            Di divertirsi. Il resto arriva da solo, e io lo so bene.
            """
        let claims = claimSummaries(text)
        XCTAssertFalse(claims.contains { $0.content.contains("smettere") })
        XCTAssertEqual(claims.filter { $0.source == "Carla Pezzato" }.count, 2)
    }

    func testAReportBeforeTheQuestionIsStillAClaim() {
        let text = """
            Intervista a Carla Pezzato, allenatrice di pallavolo.
            Come sta la squadra?
            Bene, ci alleniamo ogni giorno e io sono contenta.
            Il presidente Gianni Lotto ha detto che la squadra vincerà il campionato. Lei ci crede?
            Ci credo, ma passo dopo passo.
            """
        let claims = claimSummaries(text)
        XCTAssertTrue(claims.contains { $0.source == "Gianni Lotto" && $0.content.contains("campionato") })
        // The answer after the question is still the interviewee's, not the person the question named.
        XCTAssertEqual(claims.last?.source, "Carla Pezzato")
    }
}
