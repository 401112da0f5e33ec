import XCTest

@testable import ItalianNLP

/// A role mention, one or two modifiers the mention finder left out, then the cue: the mention is
/// the subject.
final class RoleSubjectBeforeAdjectivesTests: XCTestCase {
    func testAnAdjectiveAfterAPluralRole() {
        let claim = claimSummaries("I medici ospedalieri hanno chiesto nuove assunzioni entro l'estate.").first
        XCTAssertEqual(claim?.content, "nuove assunzioni entro l'estate")
        XCTAssertEqual(claim?.source, "medici")
    }

    func testAParticipleAfterAGroup() {
        XCTAssertEqual(claimSummaries("Le ditte escluse hanno annunciato ricorso al Consiglio di Stato.").first?.content,
            "ricorso al Consiglio di Stato")
    }

    func testANounThatNamesNoSpeaker() {
        XCTAssertTrue(claimSummaries("Il numero dei contagi conferma la tendenza delle ultime settimane.").isEmpty)
        XCTAssertTrue(claimSummaries("La legge regionale esclude nuovi fondi per le piscine.").isEmpty)
    }
}
