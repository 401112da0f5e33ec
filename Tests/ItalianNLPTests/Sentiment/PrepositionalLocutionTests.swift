import XCTest
@testable import ItalianNLP

final class SentimentPrepositionalLocutionTests: XCTestCase {
    func testFrozenNounsCarryNoSentiment() {
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("I premi vengono dati in base al fatturato.").tokens)
        let base = state.units.firstIndex { $0.form == "base" }!
        XCTAssertEqual(state.base[base], 0)
        XCTAssertEqual(PrepositionalLocution.covered(state.units).contains(base), true)
    }

    func testGrazieAStillScores() {
        XCTAssertGreaterThan(SentimentTesting.sentiment("Grazie al vostro aiuto.").score, 0)
    }

    func testRispettoAIsNoRespect() {
        XCTAssertTrue(SentimentTesting.rules(SentimentTesting.sentiment("Il prezzo è alto rispetto al mese scorso."), "rispetto").isEmpty)
        XCTAssertNil(SentimentTesting.contribution(SentimentTesting.sentiment("Il prezzo è alto rispetto al mese scorso."), "rispetto"))
    }
}
