import XCTest

@testable import ItalianNLP

/// A speaker introduced by role and named a little later beside the same role takes the name.
final class RoleNamedInAppositionTests: XCTestCase {
    func testTheSameRoleBeforeTheNameInApposition() {
        let text = "«Il ponte è sicuro e riaprirà a maggio», ha detto il direttore dei lavori. "
            + "Il direttore dei lavori, Franco Melis, segue il cantiere dal 2021."
        XCTAssertEqual(claimSummaries(text).first?.source, "Franco Melis")
    }

    func testTheRoleNounOpeningTheName() {
        let text = "«Abbiamo trovato l'auto all'alba», ha spiegato il comandante della stazione. "
            + "Il comandante Luca Arena è arrivato a Sassari un anno fa."
        XCTAssertEqual(claimSummaries(text).first?.source, "Luca Arena")
    }

    func testTheRoleAfterTheNameWithALongerComplement() {
        let text = "«I bambini stanno meglio», ha detto la primaria di pediatria. "
            + "Giulia Serra, primaria di pediatria dell'ospedale di Nuoro, segue i piccoli dal primo giorno."
        XCTAssertEqual(claimSummaries(text).first?.source, "Giulia Serra")
    }

    func testAnotherComplementIsAnotherOffice() {
        let text = "«Il bilancio è in ordine», ha detto il presidente della commissione. "
            + "Il presidente della Regione, Mario Fadda, ha convocato la giunta."
        XCTAssertEqual(claimSummaries(text).first?.source, "presidente della commissione")
    }

    func testAFeminineRoleNamesNoMan() {
        let text = "«Il museo riaprirà a giugno», ha detto la direttrice. Il direttore, Marco Pinna, è in ferie fino a lunedì."
        XCTAssertEqual(claimSummaries(text).first?.source, "direttrice")
    }

    func testAnAddresseeIsNotTheSpeaker() {
        let text = "«Abbiamo trovato l'auto all'alba», ha spiegato il comandante. Il sindaco ha scritto al comandante Luca Arena per ringraziarlo."
        XCTAssertEqual(claimSummaries(text).first?.source, "comandante")
    }

    func testARoleNamedAheadIsNotAPersonKnownByAnotherRole() {
        let text = "Il comandante Luca Arena guida la stazione da due anni. L'architetto ha ammesso di aver sbagliato i calcoli. "
            + "«Ci serviva più tempo», ha detto Marco Pinna, l'architetto del Comune."
        XCTAssertEqual(claimSummaries(text).first?.source, "Marco Pinna")
    }

    func testRoleWordsAgree() {
        XCTAssertTrue(AttributionContext.namesSameRole(["dirigente", "scolastica"], head: "dirigente", ["dirigente"]))
        XCTAssertTrue(AttributionContext.namesSameRole(["direttrice"], head: "direttrice", ["direttore", "del", "museo"]))
        XCTAssertFalse(AttributionContext.namesSameRole(["presidente", "della", "commissione"], head: "presidente", ["presidente", "della", "regione"]))
        XCTAssertFalse(AttributionContext.namesSameRole(["comandante"], head: "comandante", ["sindaco"]))
    }
}
