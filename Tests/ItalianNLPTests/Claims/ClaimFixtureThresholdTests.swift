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
        // Measured over 211 documents (dev d120–d135 added, written before the claims10 rules):
        // F1@0.3 0.9632, F1@0.8 0.9592, source 0.9203, cue 0.9885. (Over the 195 earlier documents,
        // before: F1@0.3 0.9612, F1@0.8 0.9568, source 0.9147, cue 0.9870.)
        XCTAssertGreaterThanOrEqual(all.loose.f1, 0.963)
        XCTAssertGreaterThanOrEqual(all.strict.f1, 0.959)
        XCTAssertGreaterThanOrEqual(all.source.accuracy, 0.920)
        XCTAssertGreaterThanOrEqual(all.cue.accuracy, 0.988)
    }
}
