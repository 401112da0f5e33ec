import XCTest

@testable import ItalianNLP

/// ``RuleID/readInDocument``: quotations and clauses read in a written statement.
final class ReadInDocumentTests: XCTestCase {
    func testAQuotationReadInTheStatementOfANamedOrganisation() {
        let text = "Il porto di Livorno chiude per due giorni. «Le banchine saranno riaperte mercoledì», si legge nel comunicato dell'Autorità portuale."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.kind, .direct)
        XCTAssertEqual(claims.first?.rule, "ReadInDocument")
        XCTAssertEqual(claims.first?.source, "Autorità portuale")
    }

    func testANoteWithoutAuthorIsTheOrganisationLastNamed() {
        let text = "La Cartiera Valle Verde ha sospeso la produzione. «Riprenderemo appena arriverà la cellulosa», si legge in una nota."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.rule, "ReadInDocument")
        XCTAssertEqual(claims.first?.source, "Cartiera Valle Verde")
    }

    func testTheStatementAnnouncedBeforeTheQuotation() {
        let text = "Il Comune di Rieti ha risposto ai residenti. Nella lettera si legge: «I lavori finiranno entro l'estate»."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.last?.rule, "ReadInDocument")
        XCTAssertEqual(claims.last?.source, "Comune di Rieti")
    }

    func testAReportedClauseReadInTheStatement() {
        let text = "Nel verbale della commissione si legge che i conti del 2023 non erano in ordine."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.count, 1)
        XCTAssertEqual(claims.first?.kind, .indirect)
        XCTAssertEqual(claims.first?.content, "i conti del 2023 non erano in ordine")
    }

    func testReadingWithoutAStatementIsNoClaimOfAnyone() {
        // "si legge" about a book is not a written statement of a speaker: no quotation, no claim.
        let text = "Il romanzo si legge in un pomeriggio."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }
}
