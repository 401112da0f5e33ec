import XCTest

@testable import ItalianNLP

/// A given name after "San", "Santa", "Sant'" or "Santo" names a saint — a place or a body named
/// after the saint — not a person.
final class SaintNamesTests: XCTestCase {
    func testAPlaceNamedAfterASaintStaysInTheBodysName() {
        let text = "La Procura di Santa Maria Capua Vetere ha chiesto il rinvio a giudizio di tre funzionari."
        XCTAssertEqual(claimSummaries(text).first?.source, "Procura di Santa Maria Capua Vetere")
    }

    func testTheMayorOfASaintsTownIsThePersonInApposition() {
        let text = "Il sindaco di San Giovanni Rotondo, Carla Russo, ha detto che il piano è pronto. «Siamo soddisfatti», ha aggiunto il sindaco."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["Carla Russo", "Carla Russo"])
    }

    func testAnElidedTitleBeforeAHospitalsName() {
        let text = "Il Policlinico Sant'Orsola ha fatto sapere che il reparto riaprirà a marzo."
        XCTAssertEqual(claimSummaries(text).first?.source, "Policlinico Sant'Orsola")
    }

    func testSantoBeforeASurnameIsAGivenName() {
        let text = "Santo Versace ha detto che la moda italiana è in crisi."
        XCTAssertEqual(claimSummaries(text).first?.source, "Santo Versace")
    }

    func testSantoBeforeAGivenNameIsASaintsTitle() {
        let text = "Il sindaco di Santo Stefano di Cadore, Gianni Rossi, ha detto che la fabbrica non deve chiudere. «Non ci arrendiamo», ha aggiunto il sindaco."
        XCTAssertEqual(claimSummaries(text).last?.source, "Gianni Rossi")
    }
}
