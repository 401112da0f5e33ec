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
}
