import XCTest

@testable import ItalianNLP

/// A bare unique office does not name a person the document tied only to another role.
final class OtherOfficeHolderTests: XCTestCase {
    func testTheMayorIsNotTheCommanderNamedBefore() {
        let text = "Il comandante, Andrea Sanna, ha detto che sulla provinciale sono morti tre ciclisti. "
            + "Il sindaco ha annunciato che chiederà una pista ciclabile."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["Andrea Sanna", "sindaco"])
    }

    func testAMasculineOfficeIsNotAWomanKnownByAnotherRole() {
        let text = "La comandante, Anna Sanna, ha detto che la strada resterà chiusa. Il sindaco ha annunciato che chiederà fondi alla Regione."
        XCTAssertEqual(claimSummaries(text).last?.source, "sindaco")
    }

    func testTheSameOfficeUnderAnotherNounIsTheSamePerson() {
        let text = "Il primo cittadino, Mario Deiana, ha visitato il cantiere. Il sindaco ha detto che i lavori finiranno in estate."
        XCTAssertEqual(claimSummaries(text).last?.source, "Mario Deiana")
    }

    func testANounForAKindOfPersonMayHoldTheOffice() {
        let text = "Abbiamo visitato la scuola con la dirigente, Carla Pes. «Le aule sono troppo piccole», ha detto la preside."
        XCTAssertEqual(claimSummaries(text).last?.source, "Carla Pes")
    }
}
