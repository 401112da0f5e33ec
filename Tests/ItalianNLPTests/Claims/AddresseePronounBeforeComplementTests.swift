import XCTest

@testable import ItalianNLP

/// "ha chiesto loro di …": the unstressed "loro" is the addressee of the report.
final class AddresseePronounBeforeComplementTests: XCTestCase {
    func testARequestToThem() {
        let claims = claimSummaries("La preside Anna Colli ha incontrato i genitori e ha chiesto loro di accompagnare i figli a piedi.")
        XCTAssertTrue(claims.contains { $0.content == "accompagnare i figli a piedi" && $0.source == "Anna Colli" })
    }

    func testAnExplanationToThem() {
        let claims = claimSummaries("Il medico Paolo Berti ha spiegato loro che l'intervento è riuscito.")
        XCTAssertEqual(claims.first?.content, "l'intervento è riuscito")
    }
}
