import XCTest

@testable import ItalianNLP

/// A role with an adjective of origin names the person just named.
final class OriginRoleTests: XCTestCase {
    func testARoleWithANationalityNamesThePlayerJustQuoted() {
        let text = "Il centrocampista Diego Ramírez ha segnato il gol decisivo. «Era il mio sogno da bambino», ha detto Ramírez. "
            + "«Ora pensiamo alla coppa», ha aggiunto il centrocampista argentino."
        XCTAssertEqual(claimSummaries(text).last?.source, "Diego Ramírez")
    }

    func testTheRoleMustAgreeWithThePersonsGender() {
        let text = "Il centrocampista Diego Ramírez ha segnato il gol decisivo. «Era il mio sogno da bambino», ha detto Ramírez. "
            + "«Lo abbiamo meritato», ha detto la capitana argentina."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "Diego Ramírez")
    }
}
