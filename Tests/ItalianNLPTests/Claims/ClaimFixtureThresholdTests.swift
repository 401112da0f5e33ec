import Foundation
import XCTest

@testable import ItalianNLP

/// The claims corpus in Fixtures/ scored as `itnlp eval Fixtures` does. The thresholds are
/// committed here and sit just below the measured figures: a change that makes extraction worse
/// fails. (The targets are F1 ≥ 0.90 at 0.3 and source accuracy ≥ 0.90.)
final class ClaimFixtureThresholdTests: XCTestCase {
    static let fixtures = PackageFolders.fixtures.path

    func testFixtureScoresStayAboveTheCommittedThresholds() throws {
        let documents = try ClaimGoldDocument.loadFolder(Self.fixtures)
        XCTAssertGreaterThanOrEqual(documents.count, 80)
        let scores = ClaimEvaluation.evaluate(documents: documents, extractor: ClaimExtractor())
        let all = scores.all
        print("claims on Fixtures: F1@0.3 \(all.loose.f1), F1@0.8 \(all.strict.f1), cue \(all.cue.accuracy), source \(all.source.accuracy)")
        // Measured over 227 documents (held-out b077–b092 added after the round that tuned on
        // d120–d135; they were kept outside the repository during it): F1@0.3 0.9600, F1@0.8
        // 0.9543, source 0.9196, cue 0.9866. The other 211 documents still measure F1@0.3 0.9632,
        // F1@0.8 0.9592, source 0.9203, cue 0.9885: the thresholds follow the corpus, not the rules.
        XCTAssertGreaterThanOrEqual(all.loose.f1, 0.959)
        XCTAssertGreaterThanOrEqual(all.strict.f1, 0.954)
        XCTAssertGreaterThanOrEqual(all.source.accuracy, 0.919)
        XCTAssertGreaterThanOrEqual(all.cue.accuracy, 0.986)
    }
}
