import XCTest

@testable import ItalianNLP

/// "ha escluso categoricamente nuove tasse": an adverb in -mente where listed adverbs may stand.
final class MannerAdverbTests: XCTestCase {
    func testAfterTheVerbBeforeANounObject() {
        let claims = claimSummaries("Il ministro Franco Sala ha escluso categoricamente un aumento delle accise.")
        XCTAssertEqual(claims.first?.content, "un aumento delle accise")
    }

    func testBeforeAnAddresseeAndAClause() {
        let claims = claimSummaries("La Lipu ha chiesto formalmente alla Provincia di sospendere la caccia.")
        XCTAssertEqual(claims.first?.content, "sospendere la caccia")
    }

    func testBetweenAuxiliaryAndParticiple() {
        let claims = claimSummaries("La società Ferrovie Nord ha ufficialmente annunciato che la linea riaprirà.")
        XCTAssertEqual(claims.first?.content, "la linea riaprirà")
    }
}

/// Adverbs the claims21 round added to ``CueFinder/interveningAdverbs``: "Ha infine ricordato",
/// "ha solo spiegato".
final class InterveningAdverbsTests: XCTestCase {
    func testInfineBetweenAuxiliaryAndParticiple() {
        let text = "Il presidente Aldo Neri ha parlato per un'ora. Ha infine ricordato di aver firmato il bilancio."
        XCTAssertEqual(claimSummaries(text).last?.content, "aver firmato il bilancio")
    }

    func testSolo() {
        let text = "La squadra ha perso ancora. Il tecnico Marco Sala ha solo spiegato di voler aspettare gli esami."
        XCTAssertEqual(claimSummaries(text).last?.content, "voler aspettare gli esami")
    }
}
