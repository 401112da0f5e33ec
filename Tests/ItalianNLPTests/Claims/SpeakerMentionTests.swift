import XCTest

@testable import ItalianNLP

final class SpeakerMentionTests: XCTestCase {
    func testFullNameAndSurnameAreOneSource() {
        let text = "Mark Zuckerberg ha parlato a lungo. «Non è lo stipendio», ha detto Zuckerberg."
        XCTAssertEqual(claimSummaries(text).last?.source, "Mark Zuckerberg")
    }

    func testAppositionTiesARoleToAName() {
        let text = "Lucia Martorana, sindaca di Bari, ha inaugurato la piazza. «Torna ai cittadini», ha detto la sindaca."
        XCTAssertEqual(claimSummaries(text).last?.source, "Lucia Martorana")
    }

    func testRoleFollowedByAName() {
        let text = "Il ministro dell'Economia Paolo Serra ha detto che non ci saranno nuove tasse."
        XCTAssertEqual(claimSummaries(text).first?.source, "Paolo Serra")
    }

    func testPersonNounsByTheirSuffix() {
        let text = "Secondo il curatore fallimentare, i creditori recupereranno poco."
        XCTAssertEqual(claimSummaries(text).first?.kind, .according)
        XCTAssertTrue(claimSummaries("Secondo il settore, le vendite sono in calo.").isEmpty)
    }

    func testDatelineIsNoSpeaker() {
        let text = "PARMA – «Il porto non si vende», ha detto il presidente Riccardo Mancini."
        XCTAssertEqual(claimSummaries(text).first?.source, "Riccardo Mancini")
    }

    func testCommonNounSubjectOfAReportedClause() {
        let text = "L'imputato ha negato di averli autorizzati personalmente."
        XCTAssertEqual(claimSummaries(text).first?.content, "averli autorizzati personalmente")
    }
}
