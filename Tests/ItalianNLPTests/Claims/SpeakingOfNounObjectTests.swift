import XCTest

@testable import ItalianNLP

/// "ha parlato di un ritrovamento eccezionale": what the speaker calls the thing.
final class SpeakingOfNounObjectTests: XCTestCase {
    func testAnIndefiniteObject() {
        let claims = claimSummaries("Il sindaco di Cerea, Luca Bonfante, ha parlato di una giornata da dimenticare.")
        XCTAssertEqual(claims.first?.content, "una giornata da dimenticare")
        XCTAssertEqual(claims.first?.source, "Luca Bonfante")
    }

    func testThePresentTense() {
        let claims = claimSummaries("La Confesercenti parla di un calo delle vendite del venti per cento.")
        XCTAssertEqual(claims.first?.content, "un calo delle vendite del venti per cento")
    }

    func testATopicIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il ministro Paolo Greco ha parlato del bilancio con i sindaci.").isEmpty)
        XCTAssertTrue(claimSummaries("Il ministro Paolo Greco ha parlato di politica estera per un'ora.").isEmpty)
    }
}

extension SpeakingOfNounObjectTests {
    func testAnAddresseeBeforeDi() {
        let claims = claimSummaries("Il procuratore Nicola Serra ha parlato ai giornalisti di un'operazione senza precedenti.")
        XCTAssertEqual(claims.first?.content, "un'operazione senza precedenti")
    }
}

extension SpeakingOfNounObjectTests {
    func testAPersonTalkedAboutIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il parroco don Mario Fusco ha parlato di un ragazzo del quartiere.").isEmpty)
    }
}

extension SpeakingOfNounObjectTests {
    func testTellingOfANounPhrase() {
        let text = "L'influenza è arrivata presto. La pediatra Giulia Serra racconta di sale d'attesa piene fin dal mattino."
        XCTAssertEqual(claimSummaries(text).last?.content, "sale d'attesa piene fin dal mattino")
    }

    func testReportingOfClashes() {
        let text = "Il vertice si è chiuso a tarda sera. La polizia ha riferito di tafferugli davanti alla stazione."
        XCTAssertEqual(claimSummaries(text).last?.content, "tafferugli davanti alla stazione")
    }
}
