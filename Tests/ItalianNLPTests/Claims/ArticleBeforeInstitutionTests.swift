import XCTest

@testable import ItalianNLP

/// "La Conferenza delle Regioni" opening a sentence is an article and an institution, not a surname.
final class ArticleBeforeInstitutionTests: XCTestCase {
    func testAnInstitutionNamedAfterAParticleElsewhereIsNoSurname() {
        let text = "Ha parlato il coordinatore della commissione Salute della Conferenza. La Conferenza delle Regioni ha chiesto più fondi per gli ospedali."
        XCTAssertEqual(claimSummaries(text).last?.source, "Conferenza delle Regioni")
    }

    func testASurnameWithAParticleStillOpensASentence() {
        let text = "Ha parlato il consigliere Marco La Torre. La Torre ha detto che il bilancio va rifatto."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco La Torre")
    }
}
