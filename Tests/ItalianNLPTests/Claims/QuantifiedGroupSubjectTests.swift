import XCTest

@testable import ItalianNLP

/// "Altri residenti lamentano …": a quantified group before the verb of a noun object.
final class QuantifiedGroupSubjectTests: XCTestCase {
    func testAGroupSetBesideAnother() {
        let claims = claimSummaries("Altri residenti lamentano la mancanza di illuminazione nel parco.")
        XCTAssertEqual(claims.first?.content, "la mancanza di illuminazione nel parco")
        XCTAssertEqual(claims.first?.source?.lowercased(), "altri residenti")
    }

    func testManyParentsAsk() {
        let claims = claimSummaries("Molti genitori chiedono un nuovo orario per lo scuolabus.")
        XCTAssertEqual(claims.first?.content, "un nuovo orario per lo scuolabus")
    }

    func testAGroupThatBringsSomethingForwardMakesNoClaim() {
        XCTAssertTrue(claimSummaries("Alcuni negozi hanno anticipato i saldi di una settimana.").isEmpty)
    }
}
