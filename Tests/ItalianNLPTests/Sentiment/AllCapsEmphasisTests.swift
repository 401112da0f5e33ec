import XCTest
@testable import ItalianNLP

final class SentimentAllCapsEmphasisTests: XCTestCase {
    func testCapitalsEmphasiseInAMixedSentence() {
        let plain = SentimentTesting.sentiment("Il concerto è stato bellissimo.")
        let caps = SentimentTesting.sentiment("Il concerto è stato BELLISSIMO.")
        XCTAssertGreaterThan(caps.score, plain.score)
        XCTAssertTrue(SentimentTesting.rules(caps, "BELLISSIMO").contains("AllCapsEmphasis"))
    }

    func testAShoutedSentenceGetsNoEmphasis() {
        let caps = SentimentTesting.sentiment("IL CONCERTO È STATO BELLISSIMO")
        XCTAssertFalse(SentimentTesting.rules(caps, "BELLISSIMO").contains("AllCapsEmphasis"))
        XCTAssertGreaterThan(caps.score, 0)
    }
}
