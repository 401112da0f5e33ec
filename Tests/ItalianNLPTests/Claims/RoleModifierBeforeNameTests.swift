import XCTest

@testable import ItalianNLP

/// A full name after a role and an unknown modifier opens the clause as the role does.
final class RoleModifierBeforeNameTests: XCTestCase {
    func testANameAfterARoleAndAModifierIsTheSubject() {
        let text = "«Abbiamo vinto con merito», ha detto il portiere Luca Sanna. "
            + "Il tecnico granata Paolo Fedeli ha spiegato che la squadra «ha giocato con ordine»."
        XCTAssertEqual(claimSummaries(text).last?.source, "Paolo Fedeli")
    }

    func testARoleInsideAComplementDoesNotOpenTheClause() {
        let text = "«Abbiamo vinto con merito», ha detto il portiere Luca Sanna. "
            + "Ha poi ringraziato il tecnico granata Paolo Fedeli e ha detto che la squadra è pronta."
        XCTAssertEqual(claimSummaries(text).last?.source, "Luca Sanna")
    }
}
