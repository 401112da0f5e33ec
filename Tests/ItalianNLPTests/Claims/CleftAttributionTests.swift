import XCTest

@testable import ItalianNLP

/// "A dirlo è X", "È quanto ha dichiarato X": the source of the sentence before, put in focus.
final class CleftAttributionTests: XCTestCase {
    func testAnInfinitiveWithItsCliticAndTheCopula() {
        let text = "Quest'anno le iscrizioni sono calate del dodici per cento. A dirlo è la rettrice dell'ateneo, Carla Monti."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.rule, "CleftAttribution")
        XCTAssertEqual(claims.first?.source, "Carla Monti")
        XCTAssertEqual(claims.first?.content, "Quest'anno le iscrizioni sono calate del dodici per cento")
    }

    func testAPluralSubjectAfterTheCopula() {
        let text = "Il furgone era stato rubato la notte prima. A confermarlo sono stati i carabinieri."
        XCTAssertEqual(claimSummaries(text).first?.source, "carabinieri")
    }

    func testQuantoAndAReportingVerb() {
        let text = "Il ponte riaprirà a marzo. È quanto ha annunciato ieri l'assessore Piero Landi."
        XCTAssertEqual(claimSummaries(text).first?.source, "Piero Landi")
    }

    func testNoReportingVerbNoClaim() {
        XCTAssertTrue(claimSummaries("Il ponte riaprirà a marzo. A pagarlo è il Comune.").isEmpty)
    }
}
