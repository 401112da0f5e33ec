import XCTest

@testable import ItalianNLP

/// The possessive-role rule: "il suo avvocato" is the representative of the person the report is
/// about, tied to that person earlier in the document.
final class RepresentativesTests: XCTestCase {
    func testThePossessiveLawyerIsTheClientsLawyerNotTheLastLawyerNamed() {
        let text = """
            Al processo l'imputato Carlo Serra è difeso dall'avvocato Pietro Lanza. La parte civile è assistita dall'avvocato Gino Sarti. \
            Serra non ha parlato. Il suo avvocato ha spiegato che l'imputato presenterà una memoria.
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "Pietro Lanza")
    }

    func testALawyerTiedByTheRoleComplement() {
        let text = """
            L'avvocato di Donati, Marco Fiore, ha chiesto il rinvio. La difesa delle vittime è dell'avvocato Gino Sarti. \
            Donati era assente. Il suo legale ha annunciato che chiederà il rito abbreviato.
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco Fiore")
    }

    func testTheOfficeRecencyRuleTakesTheLawyerOfTheRolesGenderMentionedLast() {
        let text = """
            La famiglia è assistita dall'avvocato Enzo Riva, l'indagato dall'avvocata Laura Pini. \
            «Chiederemo giustizia», ha detto Riva. «Nessuno sconto», ha aggiunto il legale.
            """
        XCTAssertEqual(claimSummaries(text).last?.source, "Enzo Riva")
    }
}
