import XCTest

@testable import ItalianNLP

/// "il comandante della compagnia carabinieri di Rho": the unit's corps belongs to the role.
final class CorpsOfUnitTests: XCTestCase {
    func testTheCorpsAndItsPlaceStayInTheRole() {
        let text = "Il comandante della compagnia carabinieri di Rho ha spiegato che i controlli continueranno tutta l'estate."
        XCTAssertEqual(claimSummaries(text).first?.source, "comandante della compagnia carabinieri di Rho")
    }

    func testACorpsWithItsComplementAndAdjective() {
        let text = "Il capo del reparto polizia stradale di Bergamo ha detto che gli incidenti sono in calo."
        XCTAssertEqual(claimSummaries(text).first?.source, "capo del reparto polizia stradale di Bergamo")
    }
}
