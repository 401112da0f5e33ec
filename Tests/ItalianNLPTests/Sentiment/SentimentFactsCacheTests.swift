import XCTest
@testable import ItalianNLP

final class SentimentFactsCacheTests: XCTestCase {
    private let words = SentenceSentimentScorer.shared.words

    /// The cache answers as the word table does, for forms it already holds and for new ones,
    /// and a form that evicts another from its slot does not take over its answer.
    func testFactsAreTheWordTablesFirstAndSecondTime() {
        let cache = SentimentFactsCache.take()
        defer { SentimentFactsCache.give(cache) }
        // Sentiment words, rule words, function words, punctuation, an unknown word, and more
        // distinct forms than the cache has slots (so that some share a slot).
        var forms = ["bello", "non", "ma", "di", "stipendio", "missione", ",", "?", "xqzw", "più", "è", ""]
        for number in 0..<5000 { forms.append("parola\(number)") }
        for _ in 0..<2 {
            for form in forms {
                let cached = cache.facts(form, words: words)
                let direct = words.facts(form)
                XCTAssertEqual(cached.info, direct.info, form)
                XCTAssertEqual(cached.classes, direct.classes, form)
            }
        }
    }

    /// Two threads each take their own cache: no lock, and the answers do not depend on it.
    func testConcurrentScoringGivesTheSameSentiment() {
        let text = "Non è lo stipendio, ma la missione. Il film è bello ma lungo? Che senso ha lavorare per soldi?"
        let analyzer = SentimentAnalyzer()
        let expected = analyzer.analyze(text)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let analysis = analyzer.analyze(text)
            XCTAssertEqual(analysis.sentiment, expected.sentiment)
            XCTAssertEqual(analysis.frames, expected.frames)
        }
    }
}
