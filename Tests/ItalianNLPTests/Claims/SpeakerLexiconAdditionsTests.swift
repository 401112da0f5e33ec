import XCTest

@testable import ItalianNLP

/// Roles and bodies added in the claims22 round: ranks of two words, the technical director, a
/// university named again as "l'ateneo", offices of a body, a prosecutor's place.
final class SpeakerLexiconAdditionsTests: XCTestCase {
    func testARankOfTwoWordsBeforeTheName() {
        let text = "«Nessuno era autorizzato a scaricare qui», ha aggiunto il tenente colonnello Mario Bianchi."
        XCTAssertEqual(claimSummaries(text).first?.source, "Mario Bianchi")
    }

    func testTheTechnicalDirectorIsTheCoach() {
        let text = "Il direttore tecnico della nazionale, Paolo Conti, ha convocato dodici atleti. Il tecnico ha spiegato che la squadra è giovane."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Conti")
    }

    func testTheUniversityNamedAgainAsAteneo() {
        let text = "L'Università di Siena aprirà un corso di laurea in enologia. Secondo l'ateneo, i posti saranno ottanta."
        XCTAssertEqual(claimSummaries(text).last?.source, "Università di Siena")
    }

    func testAWorkplaceDelegationWithItsCompany() {
        let text = "La Rsu della Meccanica Friulana ha annunciato un presidio davanti ai cancelli."
        XCTAssertEqual(claimSummaries(text).first?.source, "Rsu della Meccanica Friulana")
    }

    func testAProsecutorsPlaceIsNoOrganisation() {
        let text = "Il procuratore di Lecce, Luca Rizzo, ha spiegato che le indagini continuano. Secondo l'istituto, i conti sono in ordine."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "Lecce")
    }
}
