import XCTest
@testable import ItalianNLP

/// The per-unit columns of the sentence state: read and written as arrays, and made fresh for
/// the next sentence by putting back only what was written.
final class UnitValuesTests: XCTestCase {
    func testStartsFilledAndReadsWhatWasWritten() {
        var values = UnitValues(filledWith: 0.0, count: 4)
        XCTAssertEqual(Array(values), [0, 0, 0, 0])
        values[1] = 2
        values[3] *= 5
        values[2] += 1.5
        XCTAssertEqual(Array(values), [0, 2, 1.5, 0])
        XCTAssertEqual(values.count, 4)
        XCTAssertEqual(values.indices, 0..<4)
    }

    /// After a reset every position holds the fill again, whatever the new count, including the
    /// positions past the old count and those a longer sentence wrote before a shorter one.
    func testResetGivesFreshValuesAtAnyCount() {
        var values = UnitValues(filledWith: [String](), count: 3)
        values[0].append("a")
        values[2] = ["b", "c"]
        values.reset(count: 6)
        XCTAssertEqual(Array(values), Array(repeating: [], count: 6))
        values[5].append("d")
        values[4] = ["e"]
        values.reset(count: 2)
        XCTAssertEqual(Array(values), [[], []])
        values.reset(count: 6)
        XCTAssertEqual(Array(values), Array(repeating: [], count: 6))
        values.reset(count: 0)
        XCTAssertTrue(values.isEmpty)
    }

    /// A copy is a value, as an array is: writing to one (or resetting it) leaves the other alone.
    func testCopiesAreIndependent() {
        var values = UnitValues<Int?>(filledWith: nil, count: 3)
        values[0] = 7
        let copy = values
        values[0] = 8
        values[1] = 9
        XCTAssertEqual(Array(copy), [7, nil, nil])
        XCTAssertEqual(Array(values), [8, 9, nil])
        values.reset(count: 3)
        XCTAssertEqual(Array(copy), [7, nil, nil])
        XCTAssertEqual(Array(values), [nil, nil, nil])
    }

    /// Scoring a sentence in a state that scored another one before gives what a fresh state gives.
    func testReusedStateScoresAsAFreshOne() {
        let tokenizer = Tokenizer()
        let scorer = SentenceSentimentScorer.shared
        let sentences = [
            "Non è per niente bello, ma è davvero utilissimo e ben fatto per tutti noi!",
            "Un disastro.",
            "Non lo faccio per la paga: lo faccio perché credo che ogni bambino meriti una scuola decente.",
            "Bello.",
        ]
        var reused = SentenceSentimentState(units: [])
        for text in sentences + sentences.reversed() {
            let tokens = tokenizer.tokenize(text).tokens
            let (expected, fresh) = scorer.sentiment(of: tokens)
            let sentiment = scorer.sentiment(of: tokens, explain: true, into: &reused)
            XCTAssertEqual(sentiment, expected, text)
            XCTAssertEqual(Array(reused.valence), Array(fresh.valence), text)
            XCTAssertEqual(Array(reused.negatedBy), Array(fresh.negatedBy), text)
            XCTAssertEqual(reused.units.map(\.form), fresh.units.map(\.form), text)
        }
    }
}
