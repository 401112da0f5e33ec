import XCTest

@testable import ItalianNLP

/// Bodies inside an organisation that speak for it (Lexicons/claims/roles.tsv): "la sala
/// operativa", "il collegio dei revisori", "la sezione", "il comando", "l'ufficio".
final class OrganisationBodyNounTests: XCTestCase {
    func testAnOperationsRoomSpeaks() {
        let text = "L'esondazione del fiume ha allagato tre paesi. La sala operativa della Protezione civile ha fatto sapere che l'allerta resta rossa."
        XCTAssertEqual(claimSummaries(text).first?.source, "sala operativa della Protezione civile")
    }

    func testABoardOfAuditorsSpeaks() {
        let text = "Il bilancio è stato approvato. Il collegio dei revisori dei conti ha chiesto di controllare le spese ogni tre mesi."
        XCTAssertEqual(claimSummaries(text).first?.source, "collegio dei revisori dei conti")
    }

    func testASectionNamedAgainByItsNoun() {
        let text = "La sezione di Nuoro del Club alpino italiano ha detto che il sentiero resterà chiuso. Per la sezione, la frana è ancora attiva."
        XCTAssertEqual(claimSummaries(text).map(\.source), ["sezione di Nuoro del Club alpino italiano", "sezione di Nuoro del Club alpino italiano"])
    }

    func testTheOfficeIsTheProsecutorsOfficeNamedBefore() {
        let text = "La Procura di Sassari ha aperto un fascicolo sul crollo. In una nota l'ufficio ha precisato che nessuno è indagato."
        XCTAssertEqual(claimSummaries(text).last?.source, "Procura di Sassari")
    }

    func testTheCommandIsThePoliceNamedBefore() {
        let text = "La Polizia locale di Olbia ha controllato trenta locali. Secondo il comando, la metà delle multe riguarda la musica oltre l'orario."
        XCTAssertEqual(claimSummaries(text).last?.source, "Polizia locale di Olbia")
    }
}
