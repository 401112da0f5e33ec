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
}
