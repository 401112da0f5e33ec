import XCTest
@testable import ItalianNLP

final class SentimentProperNameGuardTests: XCTestCase {
    func testCapitalisedWordsInsideASentenceAreNames() {
        // "Monti" would otherwise reach montare, "Casini" casino.
        XCTAssertEqual(SentimentTesting.sentiment("Oggi parla Monti alla Camera.").score, 0)
        XCTAssertEqual(SentimentTesting.sentiment("Lo ha detto Pier Ferdinando Casini.").score, 0)
    }

    func testSentenceInitialWordsAreLookedUp() {
        XCTAssertGreaterThan(SentimentTesting.sentiment("Bellissima serata.").score, 0)
        XCTAssertEqual(SentimentTesting.sentiment("Monti, Bersani e Casini.").score, 0)
    }
}
