import Foundation
import XCTest
@testable import ItalianNLP

/// Reads the gold Universal Dependencies files of `../shared/data/ud` (next to the package) and
/// scores each against itself. Skipped when the folder is not there.
final class UDSharedDataTests: XCTestCase {
    /// The gold files, relative to `../shared/data/ud`.
    private static let goldFiles = [
        "isdt/it_isdt-ud-dev.conllu",
        "isdt/it_isdt-ud-test.conllu",
        "partut/it_partut-ud-dev.conllu",
        "partut/it_partut-ud-test.conllu",
        "parlamint/it_parlamint-ud-test.conllu",
        "postwita/it_postwita-ud-dev.conllu",
        "postwita/it_postwita-ud-test.conllu",
    ]

    /// `../shared/data/ud` next to the package root (found from this file's path).
    private static var dataFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Evaluation
            .deletingLastPathComponent()  // ItalianNLPTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .deletingLastPathComponent()
            .appendingPathComponent("shared/data/ud")
    }

    func testGoldFilesScorePerfectlyAgainstThemselves() throws {
        let folder = Self.dataFolder
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("isdt/it_isdt-ud-test.conllu").path)
        else {
            throw XCTSkip("no shared UD data at \(folder.path)")
        }

        for name in Self.goldFiles {
            let url = folder.appendingPathComponent(name)
            let gold = try CoNLLUDocument(parsing: String(contentsOf: url, encoding: .utf8))
            XCTAssertFalse(gold.sentences.isEmpty, name)
            XCTAssertFalse(gold.rawText.isEmpty, name)
            XCTAssertTrue(gold.sentences.allSatisfy { $0.text != nil }, "\(name): a sentence lacks # text")

            let start = Date()
            let scores = try UDEvaluation.evaluate(gold: gold, system: gold)
            let elapsed = Date().timeIntervalSince(start)

            for (level, score) in [("tokens", scores.tokens), ("words", scores.words), ("sentences", scores.sentences)] {
                XCTAssertEqual(score.f1, 1.0, "\(name) \(level)")
                XCTAssertEqual(score.correct, score.goldCount, "\(name) \(level)")
            }
            XCTAssertEqual(scores.tokens.goldCount, gold.tokenCount, name)
            XCTAssertEqual(scores.words.goldCount, gold.wordCount, name)
            XCTAssertEqual(scores.sentences.goldCount, gold.sentences.count, name)
            XCTAssertGreaterThan(scores.words.goldCount, scores.tokens.goldCount, "\(name): no multiword tokens?")
            XCTAssertLessThan(elapsed, 1.0, "\(name): evaluation took \(elapsed) s")
            print(
                "UDSharedData \(name): sentences \(scores.sentences.goldCount), tokens \(scores.tokens.goldCount), "
                    + "words \(scores.words.goldCount), F1 \(scores.tokens.f1)/\(scores.words.f1)/\(scores.sentences.f1), "
                    + String(format: "%.3f s", elapsed))
        }
    }

    func testISDTTestFileCounts() throws {
        let url = Self.dataFolder.appendingPathComponent("isdt/it_isdt-ud-test.conllu")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("no shared UD data at \(Self.dataFolder.path)")
        }
        let start = Date()
        let gold = try CoNLLUDocument(parsing: String(contentsOf: url, encoding: .utf8))
        let elapsed = Date().timeIntervalSince(start)
        // Figures given by the official conll18_ud_eval.py for this file.
        XCTAssertEqual(gold.sentences.count, 482)
        XCTAssertEqual(gold.tokenCount, 9680)
        XCTAssertEqual(gold.wordCount, 10417)
        XCTAssertLessThan(elapsed, 1.0, "parsing took \(elapsed) s")
    }
}
