import XCTest

@testable import ItalianNLP

/// An office of an organisation named where something happened takes that organisation's name.
final class OrganisationNamedInPlaceTests: XCTestCase {
    func testTheRegistryOfACourtNamedAsAPlace() {
        let text = "L'udienza si è tenuta ieri al Tribunale di Pavia. La cancelleria del Tribunale ha precisato che la sentenza arriverà a maggio."
        XCTAssertEqual(claimSummaries(text).last?.source, "cancelleria del Tribunale di Pavia")
    }

    func testAMinistryKeepsItsPortfolio() {
        let text = "Il convegno si è tenuto all'Università di Pavia. Il ministero dell'Università ha fatto sapere che i fondi sono confermati."
        XCTAssertEqual(claimSummaries(text).last?.source, "ministero dell'Università")
    }

    func testAnOfficeOfTheHealthAuthorityNamedInAComplement() {
        let text = "Sul posto sono arrivati i tecnici dell'Asl di Nuoro. Il servizio di prevenzione dell'Asl ha fatto sapere che il cantiere era in regola."
        XCTAssertEqual(claimSummaries(text).last?.source, "servizio di prevenzione dell'Asl di Nuoro")
    }
}
