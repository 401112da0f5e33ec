import XCTest

@testable import ItalianNLP

/// A seat that stands for an institution the document names is that institution.
final class SeatMetonymTests: XCTestCase {
    func testTheSeatNamesTheInstitutionTheDocumentNames() {
        let text = "Il ministero dell'Interno ha convocato i prefetti del Nord. Il Viminale ha fatto sapere che i controlli aumenteranno."
        XCTAssertEqual(claimSummaries(text).last?.source, "ministero dell'Interno")
    }

    func testTheCommissionNamedBeforeBrussels() {
        let text = "La Commissione europea ha pubblicato le previsioni d'autunno. Secondo Bruxelles, la crescita italiana sarà dello 0,5 per cento."
        XCTAssertEqual(claimSummaries(text).last?.source, "Commissione europea")
    }

    func testASeatAloneStaysTheSource() {
        let text = "La riunione è durata tre ore. Il Viminale ha fatto sapere che i controlli aumenteranno."
        XCTAssertEqual(claimSummaries(text).last?.source, "Viminale")
    }
}
