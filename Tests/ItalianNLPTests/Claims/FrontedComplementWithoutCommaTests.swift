import XCTest

@testable import ItalianNLP

/// "Davanti al magistrato ha ammesso la rapina": a fronted complement without a comma before a
/// verb whose subject is dropped.
final class FrontedComplementWithoutCommaTests: XCTestCase {
    func testANounObjectAfterAFrontedPlace() {
        let text = "Il sindaco di Osimo, Dino Latini, ha incontrato i lavoratori. Davanti ai cancelli ha promesso un tavolo in Regione."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.content, "un tavolo in Regione")
        XCTAssertEqual(claim?.source, "Dino Latini")
    }

    func testAnInanimateSubjectInsideIsNoDroppedSubject() {
        XCTAssertTrue(claimSummaries("Nel testo la legge esclude i redditi agricoli.").isEmpty)
    }
}
