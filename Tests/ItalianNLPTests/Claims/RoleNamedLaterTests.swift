import XCTest

@testable import ItalianNLP

/// A speaker introduced by role and named in the sentences right after.
final class RoleNamedLaterTests: XCTestCase {
    func testTheRolesClaimsTakeTheNameThatFollows() {
        let text = "«Abbiamo aperto alle sei, come ogni giorno», racconta la farmacista. "
            + "Lucia Bernardi, 61 anni, lavora nel quartiere da trent'anni. Bernardi sostiene che i furti siano raddoppiati."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.map(\.source), ["Lucia Bernardi", "Lucia Bernardi"])
    }

    func testAnInvertedSubjectNamesTheRoleThatSpokeBefore() {
        let text = "Il gestore del rifugio, raggiunto al telefono, si è detto «preoccupato». "
            + "«La neve è arrivata tardi e se ne andrà presto», ha detto Piero Dal Molin, che guida il rifugio da vent'anni."
        XCTAssertEqual(claimSummaries(text).first?.source, "Piero Dal Molin")
    }

    func testAReplyIsAnotherVoice() {
        let text = "Il direttore ha detto che il bilancio è in ordine. «Non è vero», ha replicato Franco Pini."
        XCTAssertNotEqual(claimSummaries(text).first?.source, "Franco Pini")
    }

    func testANameWithARoleOfItsOwnIsAnotherPerson() {
        let text = "Il direttore ha detto che il bilancio è in ordine. Anna Sala, consigliera di minoranza, ha chiesto i documenti."
        XCTAssertNotEqual(claimSummaries(text).first?.source, "Anna Sala")
    }

    func testANameOfTheOtherGenderIsAnotherPerson() {
        let text = "La portavoce ha detto che il vertice è rinviato. Marco Testa ha aggiunto che servirà un mese."
        XCTAssertNotEqual(claimSummaries(text).first?.source, "Marco Testa")
    }
}
