import XCTest

@testable import ItalianNLP

final class ConcurrencyTests: XCTestCase {
    func testTokenizerFromManyTasksAtOnce() async {
        let tokenizer = Tokenizer()
        let texts = (0..<64).map { "Il Dott. Rossi n. \($0) ha detto: «Perche' no?» dell’IA. Poi portarlo via." }
        let expected = texts.map { tokenizer.tokenize($0).tokens.map(\.text) }
        let results = await withTaskGroup(of: (Int, [String]).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, tokenizer.tokenize(text).tokens.map(\.text)) }
            }
            var collected = [[String]](repeating: [], count: texts.count)
            for await (index, tokens) in group { collected[index] = tokens }
            return collected
        }
        XCTAssertEqual(results, expected)
    }

    func testClaimExtractorAndSentimentFromManyTasksAtOnce() async {
        let extractor = ClaimExtractor()
        let analyzer = SentimentAnalyzer()
        let texts = (0..<32).map { "«Il piano \($0) non cambia», ha detto il sindaco Marco Ferri. Non è lo stipendio, sostiene, ma la missione." }
        let expected = texts.map { text in extractor.extract(text).claims.map { String(text[$0.content.range]) } }
        let results = await withTaskGroup(of: (Int, [String], Double).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask {
                    let claims = extractor.extract(text).claims.map { String(text[$0.content.range]) }
                    return (index, claims, analyzer.analyze(text).missionOverMoney)
                }
            }
            var collected = [[String]](repeating: [], count: texts.count)
            for await (index, claims, balance) in group {
                collected[index] = claims
                XCTAssertGreaterThan(balance, 0)
            }
            return collected
        }
        XCTAssertEqual(results, expected)
    }
}
