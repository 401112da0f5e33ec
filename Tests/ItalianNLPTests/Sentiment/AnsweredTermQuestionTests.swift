import XCTest
@testable import ItalianNLP

final class SentimentAnsweredTermQuestionTests: XCTestCase {
    func testTheAnswerJudgesTheQuestionedTerm() {
        XCTAssertLessThan(SentimentTesting.frames("Spirito di servizio? Io lo chiamo sfruttamento.")["mission"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("La paga? Ottima, davvero.")["money"]?.stance ?? 0, 0)
    }

    func testOnlyABareQuestionAndAClearAnswer() {
        // A longer question is no bare term.
        XCTAssertFalse(AnsweredTermQuestion.isTermQuestion(
            SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Conta di più lo stipendio o la missione?").tokens),
            frames: ["money": FrameScore(salience: 1, stance: 0, evidence: [])]))
        // An answer without sentiment gives no verdict.
        XCTAssertNil(AnsweredTermQuestion.verdict(of: SentimentTesting.sentiment("Ne parliamo domani."), frames: [:]))
    }

    func testAnAnswerNamingTheFrameAgainGivesItsStance() {
        let frames = SentimentTesting.frames("Vocazione? Con la vocazione non si pagano le bollette.")
        XCTAssertLessThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testAnAnswerAssertingTheOtherFrameDemotesTheQuestionedOne() {
        let frames = SentimentTesting.frames("Lo stipendio? Va bene, ma io resto qui per i miei pazienti.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Lo stipendio? Va bene, ma io resto qui per i miei pazienti.", "money"), AnsweredTermQuestion.name)
    }

    func testAnAnswerThatAddsTheOtherFrameDemotesNothing() {
        XCTAssertGreaterThanOrEqual(SentimentTesting.frames("I soldi? Servono, ma anche la passione conta.")["money"]?.stance ?? -1, 0)
    }
}
