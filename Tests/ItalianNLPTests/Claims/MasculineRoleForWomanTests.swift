import XCTest

@testable import ItalianNLP

/// A bare masculine role that no man near it fits names the woman tied to a role just before.
final class MasculineRoleForWomanTests: XCTestCase {
    func testTheMasculineNounNamesTheProsecutor() {
        let text = "Il pubblico ministero Elena Sarti ha chiesto otto anni per l'imputato. "
            + "Il magistrato ha definito il caso «un sistema collaudato»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Elena Sarti")
    }

    func testAManNearbyComesFirst() {
        let text = "Il pubblico ministero Elena Sarti ha lasciato l'aula. Il giudice Paolo Russo ha preso la parola. "
            + "«Le prove sono fragili», ha detto il magistrato."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Russo")
    }

    func testADescriptionOfTheOfficeHolderBeatsANameOfUnknownKind() {
        let text = "Il presidente di Vetrerie Riunite, Marco Bellini, ha incontrato i sindacati. La Fiom chiede garanzie. "
            + "«Nessuno perderà il lavoro», ha detto l'imprenditore."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Bellini")
    }
}
