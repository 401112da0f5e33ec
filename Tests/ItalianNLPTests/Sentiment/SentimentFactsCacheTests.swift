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

    /// A slot is found by the identity of the String value: equal forms held in different
    /// storage (forms longer than a small string) get the same answers, and so does the letter
    /// case the cache keeps with them.
    func testEqualFormsInOtherStorageGetTheSameAnswers() {
        let cache = SentimentFactsCache.take()
        defer { SentimentFactsCache.give(cache) }
        let long = "precipitevolissimevolmente"
        for _ in 0..<3 {
            // A new storage each time: the same bytes, another String value.
            let copy = String(decoding: Array(long.utf8), as: UTF8.self)
            for form in [long, copy, "Precipitevolissimevolmente", "di", "NON", ",", "."] {
                let entry = cache.entry(form, words: words)
                let direct = words.facts(form)
                XCTAssertEqual(entry.facts.info, direct.info, form)
                XCTAssertEqual(entry.facts.classes, direct.classes, form)
                XCTAssertEqual(entry.letterCase, SentimentUnit.letterCase(of: form), form)
                XCTAssertEqual(entry.opensWithClausePunctuation, SentimentUnit.isClausePunctuation(form.unicodeScalars.first ?? " "), form)
            }
        }
    }

    /// A token's entry, remembered on its forms object, is the entry of its matching form with
    /// the letter case of its surface, the first time (worked out) and after (remembered), for a
    /// fresh forms object and for the tokenizer's shared ones.
    func testTokenEntriesAreTheFormsEntries() {
        let cache = SentimentFactsCache.take()
        defer { SentimentFactsCache.give(cache) }
        var forms = [
            TokenForms(surface: "Bello", normalized: "bello", expansion: []), TokenForms(surface: "NON", normalized: "non", expansion: []),
            TokenForms(surface: ",", normalized: ",", expansion: []), TokenForms(surface: "xqzw", normalized: "xqzw", expansion: []),
            TokenForms(surface: "È", normalized: "è", expansion: []), TokenForms(surface: "", normalized: "", expansion: []),
        ]
        let text = "Non è lo stipendio, ma la missione: PIÙ soldi? No, grazie… Precipitevolissimevolmente! Ha lasciato il posto fisso."
        forms += Tokenizer().tokenize(text).tokens.map(\.forms)
        for _ in 0..<2 {
            for tokenForms in forms {
                let entry = cache.entry(ofToken: tokenForms, words: words)
                let direct = words.facts(tokenForms.normalized)
                XCTAssertEqual(entry.facts.info, direct.info, tokenForms.surface)
                XCTAssertEqual(entry.facts.classes, direct.classes, tokenForms.surface)
                XCTAssertEqual(entry.letterCase, SentimentUnit.letterCase(of: tokenForms.surface), tokenForms.surface)
                XCTAssertEqual(
                    entry.opensWithClausePunctuation, SentimentUnit.isClausePunctuation(tokenForms.normalized.unicodeScalars.first ?? " "),
                    tokenForms.surface)
                // The built-in frame lexicon's list, wherever the matcher would ask for it.
                if direct.classes.contains(.builtInFrameStart) {
                    XCTAssertEqual(entry.frameList, FrameLexicon.default.candidateList(forForm: tokenForms.normalized).map(Int32.init) ?? -1)
                } else {
                    XCTAssertEqual(entry.frameList, -1, tokenForms.surface)
                }
                XCTAssertNotNil(tokenForms.sentimentMemoWords, tokenForms.surface)
            }
        }
    }

    /// The remembered matching form of a word of a multiword token is `MatchingForm`'s.
    func testMatchingFormIsMatchingForms() {
        let cache = SentimentFactsCache.take()
        defer { SentimentFactsCache.give(cache) }
        for _ in 0..<2 {
            for word in ["l’", "dell'", "Lo", "portar", "di", "E'", "po'", "PIÙ", "piu\u{300}"] {
                XCTAssertEqual(cache.matchingForm(word), MatchingForm.of(word, foldingAccents: false), word)
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
