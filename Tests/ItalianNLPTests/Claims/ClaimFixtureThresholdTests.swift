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
        // Measured over 179 documents (dev d104–d119 added): F1@0.3 0.9608, F1@0.8 0.9558, source
        // 0.9321, cue 0.9864. The held-out documents keep source accuracy the lowest figure.
        XCTAssertGreaterThanOrEqual(all.loose.f1, 0.958)
        XCTAssertGreaterThanOrEqual(all.strict.f1, 0.953)
        XCTAssertGreaterThanOrEqual(all.source.accuracy, 0.93)
        XCTAssertGreaterThanOrEqual(all.cue.accuracy, 0.985)
    }
}
