import XCTest

@testable import ItalianNLP

/// "ha negato, infine, che …": a short incise between the cue and the clause it reports.
final class InciseBeforeComplementTests: XCTestCase {
    func testAnAdverbBetweenCommas() {
        let claims = claimSummaries("Il questore Renato Bassi ha escluso, infine, che ci siano legami con la criminalità organizzata.")
        XCTAssertEqual(claims.first?.content, "ci siano legami con la criminalità organizzata")
        XCTAssertEqual(claims.first?.source, "Renato Bassi")
    }

    func testAPhraseOfSeveralWords() {
        let claims = claimSummaries("La presidente Carla Neri ha ripetuto, ancora una volta, di non voler lasciare l'incarico.")
        XCTAssertEqual(claims.first?.content, "non voler lasciare l'incarico")
    }

    func testAGerundIncise() {
        let claims = claimSummaries("Il rettore Guido Falchi ha ammesso, rispondendo a una studentessa, che le aule sono troppo piccole.")
        XCTAssertTrue(claims.contains { $0.content == "le aule sono troppo piccole" && $0.source == "Guido Falchi" })
    }

    func testAnInciseAfterTheAddressee() {
        let claims = claimSummaries("La rettrice Paola Gatti ha detto agli studenti, durante la cerimonia di ieri, che le tasse non aumenteranno.")
        XCTAssertEqual(claims.first?.content, "le tasse non aumenteranno")
    }

    func testAnInciseWithAVerbOfItsOwnIsNoIncise() {
        let claims = claimSummaries("Il sindaco Aldo Rota ha parlato, poi ha lasciato la sala, che era ormai vuota.")
        XCTAssertFalse(claims.contains { $0.content.hasPrefix("era ormai vuota") })
    }
}
