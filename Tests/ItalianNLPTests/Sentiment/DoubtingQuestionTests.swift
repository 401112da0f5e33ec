import XCTest
@testable import ItalianNLP

final class SentimentDoubtingQuestionTests: XCTestCase {
    func testADoubtingQuestionRejects() {
        XCTAssertLessThan(SentimentTesting.frames("Credete davvero che i medici di famiglia lo facciano per i soldi?")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Che senso ha lavorare sessanta ore per uno stipendio da stagista?", "money"), "DoubtingQuestion")
    }

    func testAnOrdinaryQuestionDoesNot() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Quanto conta lo stipendio nella scelta di un lavoro?", "money"), "DoubtingQuestion")
    }

    func testADismissalRejectsAndEvokesTheAlternative() {
        let frames = SentimentTesting.frames("Chi se ne frega dei soldi, quando puoi insegnare a leggere a un bambino?")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAnOrdinaryWhatQuestionIsNoDismissal() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Che cosa interessa ai neolaureati? Lo stipendio, dice il sondaggio.", "money"), "DoubtingQuestion")
    }

    func testTheOtherFrameIsTheEvidenceAgainstThePremise() {
        // The doubted motive is rejected; the pay named after it, as the reason to doubt, is asserted.
        let frames = SentimentTesting.frames("Credete davvero che gli assessori lavorino per la missione, con lo stipendio che si ritrovano?")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["money"]?.stance ?? 0, 0)
    }

    func testADismissalAssertsWhatItSetsAgainstTheDismissed() {
        let frames = SentimentTesting.frames("Che importa lo stipendio, quando fai un lavoro che ami?")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testWhoWouldDoItForThat() {
        XCTAssertLessThan(SentimentTesting.frames("Chi mai farebbe la guida alpina per lo stipendio?")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Chi resterebbe in questo reparto per passione?")["mission"]?.stance ?? 0, 0)
        // Not a motive: "chi rinuncerebbe a uno stipendio così?" wants the pay.
        XCTAssertNotEqual(SentimentTesting.frameRule("Chi rinuncerebbe a uno stipendio così?", "money"), DoubtingQuestion.name)
    }

    func testWhoSaidSo() {
        XCTAssertLessThan(SentimentTesting.frames("Ma chi ha detto che un'infermiera deve lavorare per vocazione?")["mission"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Dove sta scritto che un artista deve suonare per passione?")["mission"]?.stance ?? 0, 0)
        XCTAssertFalse(DoubtingQuestion.deniesAClaim(["chi", "lavora", "di", "notte"]))
    }
}
