import XCTest

@testable import ItalianNLP

/// "Ne ha dato notizia il sindacato": "ne" points back to the sentence before.
final class AnaphoricNeCueTests: XCTestCase {
    func testNewsGivenBySomeone() {
        let text = "La fabbrica di Osimo chiuderà a dicembre. Ne ha dato notizia la Fiom di Ancona."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.content, "La fabbrica di Osimo chiuderà a dicembre")
        XCTAssertEqual(claim?.source, "Fiom di Ancona")
        XCTAssertEqual(claim?.rule, RuleID.anaphoricCue.rawValue)
    }

    func testTalkingAboutItIsNoAttribution() {
        let text = "La fabbrica di Osimo chiuderà a dicembre. Ne ha parlato ieri il vescovo durante la messa."
        XCTAssertFalse(claimSummaries(text).contains { $0.content.hasPrefix("La fabbrica") })
    }
}
