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
        XCTAssertGreaterThanOrEqual(all.loose.f1, 0.95)
        XCTAssertGreaterThanOrEqual(all.strict.f1, 0.94)
        // Measured 0.9270 over 163 documents; the held-out documents b045–b060, written later and
        // harder, keep the corpus figure below the 0.935 reached before they were added.
        XCTAssertGreaterThanOrEqual(all.source.accuracy, 0.925)
        XCTAssertGreaterThanOrEqual(all.cue.accuracy, 0.98)
    }
}
