import XCTest

@testable import ItalianNLP

/// A body named by the kind noun of an organisation named before takes that organisation's name.
final class BodyOfNamedOrganisationTests: XCTestCase {
    func testTheHealthAuthorityNamedBefore() {
        let text = "L'Asl Roma 5 ha aperto un nuovo ambulatorio a Tivoli. La direzione sanitaria dell'Asl ha spiegato che sarà aperto anche il sabato."
        XCTAssertEqual(claimSummaries(text).first?.source, "direzione sanitaria dell'Asl Roma 5")
    }

    func testTheHospitalIntroducedByItsNoun() {
        let text = "Un bambino è stato ricoverato all'ospedale Santa Rita di Cagliari. La direzione sanitaria dell'ospedale ha detto che le sue condizioni sono stabili."
        XCTAssertEqual(claimSummaries(text).first?.source, "direzione sanitaria dell'ospedale Santa Rita di Cagliari")
    }

    func testNoOrganisationOfThatKindLeavesTheBodyAsWritten() {
        let text = "Il sindaco Paolo Melis ha visitato il reparto. La direzione sanitaria dell'ospedale ha detto che i letti sono sufficienti."
        XCTAssertEqual(claimSummaries(text).last?.source, "direzione sanitaria dell'ospedale")
    }
}
