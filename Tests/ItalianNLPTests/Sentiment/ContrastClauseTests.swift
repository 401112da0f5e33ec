import XCTest
@testable import ItalianNLP

final class SentimentContrastClauseTests: XCTestCase {
    func testMaWeighsTheSecondPart() {
        let sentiment = SentimentTesting.sentiment("Il ristorante è carino, ma il servizio è pessimo.")
        XCTAssertLessThan(sentiment.score, 0)
        XCTAssertEqual(SentimentTesting.contribution(sentiment, "carino")?.rules.last?.weight ?? 0, 0.5, accuracy: 0.001)
        XCTAssertEqual(SentimentTesting.contribution(sentiment, "pessimo")?.rules.last?.weight ?? 0, 1.5, accuracy: 0.001)
    }

    func testEveryContrastMarker() {
        for marker in ["però", "tuttavia", "eppure", "anzi", "invece"] {
            let text = "Il viaggio era faticoso; \(marker) il panorama era splendido."
            let sentiment = SentimentTesting.sentiment(text)
            XCTAssertTrue(SentimentTesting.rules(sentiment, "splendido").contains("ContrastClause"), marker)
            XCTAssertGreaterThan(sentiment.score, 0, marker)
        }
    }

    func testConcessiveClauseCountsHalf() {
        let sentiment = SentimentTesting.sentiment("Anche se costoso, l'albergo è accogliente.")
        XCTAssertEqual(SentimentTesting.contribution(sentiment, "costoso")?.rules.last?.weight ?? 0, 0.5, accuracy: 0.001)
        XCTAssertFalse(SentimentTesting.rules(sentiment, "accogliente").contains("ContrastClause"))
        let sebbene = SentimentTesting.sentiment("Sebbene fosse stanca, era felice.")
        XCTAssertGreaterThan(sebbene.score, 0)
    }

    func testContrastSidesForFrames() {
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Bello, ma caro.").tokens)
        let sides = ContrastClause.sides(of: state)
        XCTAssertEqual(sides.first, -1)
        XCTAssertEqual(sides[state.units.firstIndex { $0.form == "caro" }!], 1)
    }

    func testPurDiIsAPurposeNotAConcession() {
        // "pur di restare": in order to stay; the clause after it is not promoted.
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Ha accettato un contratto peggiore pur di restare vicino a casa: la famiglia prima di tutto.").tokens)
        let sides = ContrastClause.sides(of: state)
        XCTAssertTrue(sides.allSatisfy { $0 == 0 })
        let concession = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Pur restando vicino a casa, ha accettato un contratto peggiore.").tokens)
        XCTAssertEqual(ContrastClause.sides(of: concession).first(where: { $0 != 0 }), -1)
    }

    func testOnlyAConcessionThatOpensTheSentencePromotesWhatFollows() {
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Ha scelto il posto sebbene pagassero poco, poi ha cambiato idea.").tokens)
        let sides = ContrastClause.sides(of: state)
        XCTAssertEqual(sides[state.units.firstIndex { $0.form == "poco" } ?? 0], -1)
        XCTAssertEqual(sides[state.units.firstIndex { $0.form == "cambiato" } ?? 0], 0)
        let opening = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Sebbene pagassero poco, ha scelto il posto.").tokens)
        XCTAssertEqual(ContrastClause.sides(of: opening)[opening.units.firstIndex { $0.form == "scelto" } ?? 0], 1)
    }

    /// A "ma per" that closes no correction is a plain contrast for the frame sides.
    func testAnUnusedMaPerIsAContrast() {
        let state = SentenceSentimentScorer.shared.analyze(Tokenizer().tokenize("Dice di non farlo per la gloria, ma per un'intervista chiede un compenso.").tokens)
        let sides = ContrastClause.sides(of: state)
        let gloria = state.units.firstIndex { $0.form == "gloria" }
        let compenso = state.units.firstIndex { $0.form == "compenso" }
        XCTAssertEqual(gloria.map { sides[$0] }, -1)
        XCTAssertEqual(compenso.map { sides[$0] }, 1)
    }
}
