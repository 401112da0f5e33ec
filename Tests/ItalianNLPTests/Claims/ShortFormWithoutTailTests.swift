import XCTest

@testable import ItalianNLP

/// A head that stands for an organisation named in full takes no "per" or "su" complement.
final class ShortFormWithoutTailTests: XCTestCase {
    func testTheHeadAloneNamesTheOrganisationNamedInFull() {
        let text = "La Federazione italiana pallavolo ha sospeso la giocatrice. Il ricorso è stato spedito alla Federazione per "
            + "posta certificata. Secondo la Federazione, la giocatrice ha saltato tre controlli."
        XCTAssertEqual(claimSummaries(text).last?.source, "Federazione italiana pallavolo")
    }

    func testANameWithAComplementIsReadWhereTheHeadIsNotNamedOtherwise() {
        let text = "L'Agenzia per la coesione territoriale ha detto che i fondi arriveranno entro marzo."
        XCTAssertEqual(claimSummaries(text).first?.source, "Agenzia per la coesione territoriale")
    }
}
