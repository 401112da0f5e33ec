import XCTest

@testable import ItalianNLP

/// "ha accusato X di …", "invita X a …", "ha avvertito X che …": the addressee before the clause.
final class ObjectBeforeClauseTests: XCTestCase {
    func testAccusedThenDiInfinitive() {
        let text = "Il capogruppo della Lega, Mirko Bertolazzi, ha accusato il sindaco di aver nascosto i conti della partecipata."
        let claim = claimSummaries(text).first { $0.content == "aver nascosto i conti della partecipata" }
        // claims13's subject-cue rule reads the same construction when the subject comes first.
        XCTAssertTrue(["ObjectBeforeClause", "SubjectCueClause"].contains(claim?.rule ?? ""), "rule \(claim?.rule ?? "none")")
        XCTAssertEqual(claim?.kind, .indirect)
        XCTAssertEqual(claim?.source, "Mirko Bertolazzi")
    }

    func testInvitedThenAInfinitive() {
        let text = "La dirigente Sonia Ravasi invita le famiglie della zona a non bere l'acqua del rubinetto fino a lunedì."
        let claim = claimSummaries(text).first { $0.content.hasPrefix("non bere l'acqua") }
        // claims13's subject-cue rule reads the same construction when the subject comes first.
        XCTAssertTrue(["ObjectBeforeClause", "SubjectCueClause"].contains(claim?.rule ?? ""), "rule \(claim?.rule ?? "none")")
        XCTAssertEqual(claim?.source, "Sonia Ravasi")
    }

    func testInviteWithoutAddressee() {
        let text = "Il prefetto Gustavo Marchetti ha esortato a evitare gli spostamenti non necessari."
        XCTAssertTrue(claimSummaries(text).contains { $0.content == "evitare gli spostamenti non necessari" })
    }

    func testWarnedThenChe() {
        let text = "Il questore Alfredo Lanzi ha avvertito i tifosi che le partite a rischio si giocheranno a porte chiuse."
        let claim = claimSummaries(text).first { $0.content == "le partite a rischio si giocheranno a porte chiuse" }
        // claims13's subject-cue rule reads the same construction when the subject comes first.
        XCTAssertTrue(["ObjectBeforeClause", "SubjectCueClause"].contains(claim?.rule ?? ""), "rule \(claim?.rule ?? "none")")
        XCTAssertEqual(claim?.source, "Alfredo Lanzi")
    }

    func testDiBeforeANounIsNotTheClause() {
        // "di Roma" belongs to the object; with no infinitive after any "di" there is no clause.
        let text = "Il deputato Elvio Caruso ha accusato la giunta di Roma e quella di Milano."
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == "ObjectBeforeClause" })
    }

    func testInviteOfGuestsIsNoClaim() {
        // "invitare" with a guest and a place, no infinitive: hospitality, not a request.
        let text = "Il sindaco Franco Ugolini ha invitato gli ambasciatori a cena in municipio."
        XCTAssertFalse(claimSummaries(text).contains { $0.rule == "ObjectBeforeClause" })
    }

    func testTheAddresseeIsNotTheSpeaker() {
        let text = "La portavoce del comitato, Lidia Gavazzi, chiede più controlli e invita l'università a costruire nuovi alloggi."
        let claim = claimSummaries(text).first { $0.content == "costruire nuovi alloggi" }
        // claims13's subject-cue rule reads the same construction when the subject comes first.
        XCTAssertTrue(["ObjectBeforeClause", "SubjectCueClause"].contains(claim?.rule ?? ""), "rule \(claim?.rule ?? "none")")
        XCTAssertNotEqual(claim?.source, "università")
    }
}
