import XCTest

@testable import ItalianNLP

/// The organisation named in a role's complement keeps its district ("Asl Toscana sud est").
final class DistrictEndTests: XCTestCase {
    func testTheHealthAuthorityOfARoleKeepsItsCompassWords() {
        let text = "Il direttore generale dell'Asl Toscana sud est, Marco Neri, ha inaugurato il reparto. Secondo l'azienda sanitaria, "
            + "le liste d'attesa sono calate."
        XCTAssertEqual(claimSummaries(text).last?.source, "Asl Toscana sud est")
    }
}
