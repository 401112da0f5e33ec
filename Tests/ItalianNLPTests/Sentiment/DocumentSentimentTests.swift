import XCTest
@testable import ItalianNLP

final class SentimentDocumentTests: XCTestCase {
    func testLabels() {
        XCTAssertEqual(SentimentTesting.sentiment("Che meraviglia, sono felicissimo!").label, .positive)
        XCTAssertEqual(SentimentTesting.sentiment("Un disastro, che tristezza.").label, .negative)
        XCTAssertEqual(SentimentTesting.sentiment("Il treno parte alle nove.").label, .neutral)
        XCTAssertEqual(SentimentTesting.sentiment("Il cibo è ottimo e il servizio pessimo.").label, .mixed)
    }

    func testRangesOfTheScores() {
        let sentiment = SentimentTesting.sentiment("Bellissimo, stupendo, fantastico, meraviglioso, magnifico!!!")
        XCTAssertLessThanOrEqual(sentiment.score, 1)
        XCTAssertLessThanOrEqual(sentiment.positive, 1)
        XCTAssertGreaterThan(sentiment.score, 0.8)
        XCTAssertEqual(sentiment.negative, 0)
    }

    func testDocumentIsAMeanNotASaturatingSum() {
        let one = "È una bella giornata."
        let long = Array(repeating: one, count: 30).joined(separator: " ")
        let single = SentimentTesting.analysis(one).sentiment.score
        let document = SentimentTesting.analysis(long).sentiment.score
        XCTAssertEqual(document, single, accuracy: 0.001)
        // A neutral sentence dilutes, but sentences with sentiment weigh more.
        let mixed = SentimentTesting.analysis("È una bella giornata. Il treno parte alle nove e arriva a Roma alle undici.").sentiment
        XCTAssertGreaterThan(mixed.score, 0)
        XCTAssertLessThan(mixed.score, single)
    }

    func testSentencesHaveSpansAndSentiments() {
        let text = "Che bella notizia! Purtroppo piove."
        let analysis = SentimentTesting.analysis(text)
        XCTAssertEqual(analysis.sentences.count, 2)
        XCTAssertEqual(analysis.sentences[0].span.scalars, 0..<18)
        XCTAssertGreaterThan(analysis.sentences[0].sentiment.score, 0)
        XCTAssertLessThan(analysis.sentences[1].sentiment.score, 0)
    }

    func testSpanScoringKeepsOffsetsIntoTheText() {
        let text = "Il ministro ha detto che la riforma è un disastro. Poi è partito."
        let start = text.range(of: "la riforma")!.lowerBound
        let end = text.range(of: "disastro")!.upperBound
        let sentiment = SentimentTesting.analyzer.score(text, range: start..<end)
        XCTAssertLessThan(sentiment.score, 0)
        let disastro = SentimentTesting.contribution(sentiment, "disastro")
        XCTAssertEqual(disastro?.range(in: text).map { String(text[$0]) }, "disastro")
        // The same with tokens already made.
        let tokenized = Tokenizer().tokenize(text)
        let reused = SentimentTesting.analyzer.analyze(tokenized: tokenized, range: start..<end)
        XCTAssertEqual(reused.sentiment.score, sentiment.score, accuracy: 0.0001)
    }

    /// A claim's tokens are scored in place when they lie in one sentence and joined when they
    /// span several: either way as `analyze(tokens:)` scores the same tokens.
    func testRangeScoringAsTheSameTokens() {
        let text = "Il sindaco ha detto che non lo fa per i soldi, ma per la città. Poi è partito: un disastro! Bello."
        let tokenized = Tokenizer().tokenize(text)
        let analyzer = SentimentAnalyzer()
        let ranges = [
            text.range(of: "non lo fa per i soldi, ma per la città")!,
            text.range(of: "per la città. Poi è partito: un disastro")!,
            text.range(of: "disastro! Bello.")!,
            text.startIndex..<text.endIndex,
        ]
        for range in ranges {
            let tokens = tokenized.sentences.flatMap(\.tokens).filter { range.contains($0.span.range.lowerBound) && $0.span.range.upperBound <= range.upperBound }
            let expected = analyzer.analyze(tokens: tokens)
            let scored = analyzer.analyze(tokenized: tokenized, range: range)
            XCTAssertEqual(scored.sentiment, expected.sentiment, String(text[range]))
            XCTAssertEqual(scored.frames, expected.frames, String(text[range]))
        }
    }

    func testExplanationNamesWordsAndRules() {
        let sentiment = SentimentTesting.sentiment("Non è affatto bello.")
        let bello = SentimentTesting.contribution(sentiment, "bello")
        XCTAssertEqual(bello?.lemma, "bello")
        XCTAssertGreaterThan(bello?.basePolarity ?? 0, 0)
        XCTAssertLessThan(bello?.valence ?? 0, 0)
        XCTAssertEqual(bello?.rules.first?.trigger, "non")
    }

    func testEmptyAndOddInput() {
        XCTAssertEqual(SentimentTesting.analysis("").sentiment, .neutral)
        XCTAssertEqual(SentimentTesting.analysis("   \n\n ").sentences.count, 0)
        _ = SentimentTesting.analysis(String(repeating: "non ", count: 500))
        _ = SentimentTesting.analysis(String(repeating: "#", count: 100) + "😂")
    }

    func testContrastAcrossSentencesDemotesAFrameOfTheSentenceBefore() {
        let frames = SentimentTesting.frames("Mi offrono uno stipendio più alto a Milano. Ma qui il mio lavoro ha un senso.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testMaAncheAddsAcrossSentences() {
        let frames = SentimentTesting.frames("Serve passione, certo. Ma anche uno stipendio che basti per vivere.")
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }
}
