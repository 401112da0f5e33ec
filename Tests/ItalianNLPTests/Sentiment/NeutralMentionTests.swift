import XCTest
@testable import ItalianNLP

final class SentimentNeutralMentionTests: XCTestCase {
    func testReportsAndQuestionsHaveNoStance() {
        XCTAssertEqual(SentimentTesting.frames("Il sondaggio misura lo stipendio dei giovani medici.")["money"]?.stance, 0)
        XCTAssertEqual(SentimentTesting.frames("Conta di più il salario o la vocazione?")["money"]?.stance, 0)
        XCTAssertEqual(SentimentTesting.frames("Vogliono sapere quanto guadagnano i consiglieri.")["money"]?.stance, 0)
    }

    func testAnEvaluationIsNotNeutral() {
        XCTAssertNotEqual(SentimentTesting.frames("Il rapporto rivela stipendi vergognosi.")["money"]?.stance ?? 0, 0)
    }

    func testACueInsideATermIsNoCue() {
        // "studio" in "borsa di studio" is not a study.
        XCTAssertNotEqual(SentimentTesting.frameRule("Grazie alla borsa di studio ho potuto laurearmi.", "money"), "NeutralMention")
    }

    func testReportVerbsInAnyForm() {
        XCTAssertEqual(SentimentTesting.frameRule("I relatori discuteranno di innovazione e di welfare.", "mission"), "NeutralMention")
        XCTAssertEqual(SentimentTesting.frameRule("Il consiglio ha approvato il nuovo piano di stock option.", "money"), "NeutralMention")
    }

    func testAQuotedClaimIsNotAReport() {
        let text = "Nello studio citato il fondatore dice: «Lavoro solo per i soldi»."
        XCTAssertNotEqual(SentimentTesting.frameRule(text, "money"), "NeutralMention")
    }

    func testAnEitherOrQuestionWithMeglio() {
        let frames = SentimentTesting.frames("Meglio uno stipendio alto o un lavoro che ti appassiona?")
        XCTAssertEqual(frames["money"]?.stance, 0)
        XCTAssertEqual(frames["mission"]?.stance, 0)
    }

    func testEventsOnATopic() {
        XCTAssertEqual(SentimentTesting.frameRule("Al festival di Trento si parlerà di innovazione sociale.", "mission"), "NeutralMention")
    }

    func testDocumentsAndMeetingsReport() {
        // A charter or a chapter lists aims; a meeting votes on them: no stance.
        XCTAssertEqual(SentimentTesting.frameRule("Lo statuto della fondazione indica tra gli scopi la diffusione della musica.", "mission"), "NeutralMention")
        XCTAssertEqual(SentimentTesting.frameRule("Il capitolo sui valori del gruppo è a pagina dodici.", "mission"), "NeutralMention")
        XCTAssertEqual(SentimentTesting.frameRule("L'assemblea voterà domani la nuova carta dei valori.", "mission"), "NeutralMention")
    }

    func testAnEitherOrQuestionFollowedByTheAnswer() {
        // The question mark closes the quoted question, not the sentence the splitter made.
        let frames = SentimentTesting.frames("«Ha scelto questo mestiere per lo stipendio o per la missione?» «Ne parliamo un'altra volta.»")
        XCTAssertEqual(frames["mission"]?.stance ?? 1, 0, accuracy: 0.001)
        XCTAssertEqual(frames["money"]?.stance ?? 1, 0, accuracy: 0.001)
    }

    func testCourtRulings() {
        XCTAssertEqual(SentimentTesting.frameRule("Il tribunale ha riconosciuto ai rider il diritto a un compenso orario.", "money"), "NeutralMention")
    }

    func testLawsAgreementsAndEstimates() {
        XCTAssertEqual(SentimentTesting.frameRule("Il decreto prevede nuove risorse per la ricerca.", "mission"), "NeutralMention")
        XCTAssertEqual(SentimentTesting.frameRule("Secondo le stime del ministero, la ricerca pubblica occupa ventimila persone.", "mission"), "NeutralMention")
    }

    func testAValueNamedAsTheTopicOfAnEvent() {
        XCTAssertEqual(SentimentTesting.frames("La solidarietà sarà al centro della cerimonia di sabato in municipio.")["mission"]?.stance ?? 1, 0)
        XCTAssertEqual(SentimentTesting.frames("L'innovazione è al centro della manifestazione di Torino.")["mission"]?.stance ?? 1, 0)
    }

    func testAnIndirectEitherOrQuestionIsNeutral() {
        let frames = SentimentTesting.frames("Abbiamo chiesto a venti infermieri se pesi di più la vocazione o il salario.")
        XCTAssertEqual(frames["mission"]?.stance ?? 1, 0, accuracy: 0.01)
        XCTAssertEqual(frames["money"]?.stance ?? 1, 0, accuracy: 0.01)
    }

    func testTheTopicOfReportedTalk() {
        // "ha parlato di X": the topic of someone's talk is mentioned, not asserted.
        XCTAssertEqual(SentimentTesting.frames("Alla conferenza il rettore ha parlato di stipendi dei ricercatori.")["money"]?.stance ?? 1, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Il documento parla di vocazioni tra i giovani medici.", "mission"), NeutralMention.name)
        // The speaker's own "stiamo parlando di …" is no report.
        XCTAssertNotEqual(SentimentTesting.frameRule("Qui stiamo parlando di uno stipendio arretrato da sei mesi.", "money"), NeutralMention.name)
    }

    func testTheRespondentsOfASurvey() {
        let frames = SentimentTesting.frames("Il 40% degli intervistati mette al primo posto la retribuzione, il 30% il senso del lavoro.")
        XCTAssertEqual(frames["money"]?.stance ?? 1, 0)
        XCTAssertEqual(frames["mission"]?.stance ?? 1, 0)
    }
}
