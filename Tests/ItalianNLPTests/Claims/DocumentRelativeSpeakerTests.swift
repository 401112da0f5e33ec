import XCTest

@testable import ItalianNLP

/// "ha inviato una lettera in cui chiede …": the author of the piece speaks in its relative clause.
final class DocumentRelativeSpeakerTests: XCTestCase {
    func testALetterThatAsks() {
        let claims = claimSummaries("Il comitato Parco Nord ha spedito una lettera al sindaco in cui chiede nuove panchine.")
        XCTAssertEqual(claims.first?.content, "nuove panchine")
        XCTAssertTrue(claims.first?.source?.contains("Parco Nord") ?? false)
    }

    func testAVideoThatExplains() {
        let claims = claimSummaries("L'assessora Giulia Ferri ha pubblicato un video nel quale spiega che i bus saranno gratuiti.")
        XCTAssertEqual(claims.first?.content, "i bus saranno gratuiti")
        XCTAssertEqual(claims.first?.source, "Giulia Ferri")
    }
}
