import XCTest

@testable import ItalianNLP

/// The collective-referent rule: a plural collective named again under another noun of its kind.
final class CollectiveReferentTests: XCTestCase {
    func testUnionRepresentativesNamedAgainAsTrades() {
        let text = """
            All'incontro in Regione c'erano l'assessore ai Trasporti e i rappresentanti del sindacato dei ferrovieri. \
            I sindacalisti hanno annunciato che lo sciopero è confermato.
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "rappresentanti del sindacato dei ferrovieri")
    }

    func testAnAssociationNamedAgainByItsMembers() {
        let text = "L'associazione Mare Pulito ha presentato un esposto: secondo gli ambientalisti, lo scarico inquina la baia."
        XCTAssertEqual(claimSummaries(text).last?.source, "Mare Pulito")
    }

    func testAnotherKindOfCollectiveIsNotTheOneBefore() {
        let text = """
            I sindacati dei trasporti hanno confermato lo sciopero di venerdì. \
            Le associazioni dei consumatori hanno chiesto che i biglietti siano rimborsati.
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "associazioni dei consumatori")
    }

    func testASingularPersonsRoleIsNoCollective() {
        let text = "«Ci chiedono troppo», dice Omar Diallo, delegato sindacale. I sindacati accusano l'azienda di aver deciso da sola."
        XCTAssertEqual(claimSummaries(text).last?.source, "sindacati")
    }
}
