import Foundation
import XCTest

@testable import ItalianNLP

/// The tokenizer scored on the shared UD Italian gold files with the CoNLL 2018 metric. The
/// thresholds are the targets (F1); a change that falls below one fails here. Skipped
/// when ../shared is absent (a user's clone has none).
final class UDTokenizationTargetTests: XCTestCase {
    struct Target {
        let file: String
        let tokens: Double
        let words: Double?
        let sentences: Double?
    }

    static let targets = [
        Target(file: "isdt/it_isdt-ud-test.conllu", tokens: 0.9990, words: 0.9975, sentences: 0.97),
        Target(file: "partut/it_partut-ud-test.conllu", tokens: 0.998, words: nil, sentences: 0.98),
        Target(file: "parlamint/it_parlamint-ud-test.conllu", tokens: 0.9985, words: nil, sentences: 0.95),
        Target(file: "postwita/it_postwita-ud-test.conllu", tokens: 0.990, words: nil, sentences: nil),
    ]

    static var dataFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data/ud")
    }

    func testTokenizerMeetsTheTargetsOnUDItalian() throws {
        let folder = Self.dataFolder
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("isdt/it_isdt-ud-test.conllu").path) else {
            throw XCTSkip("no shared UD data at \(folder.path)")
        }
        let tokenizer = Tokenizer()
        for target in Self.targets {
            let gold = try CoNLLUDocument(parsing: String(contentsOf: folder.appendingPathComponent(target.file), encoding: .utf8))
            let scores = try UDEvaluation.evaluate(tokenizer, gold: gold)
            print("\(target.file): tokens \(scores.tokens.f1) words \(scores.words.f1) sentences \(scores.sentences.f1)")
            XCTAssertGreaterThanOrEqual(scores.tokens.f1, target.tokens, "\(target.file) tokens")
            if let words = target.words { XCTAssertGreaterThanOrEqual(scores.words.f1, words, "\(target.file) words") }
            if let sentences = target.sentences {
                XCTAssertGreaterThanOrEqual(scores.sentences.f1, sentences, "\(target.file) sentences")
            }
        }
    }
}
