import XCTest

@testable import ItalianNLP

/// "hanno scritto al direttore per chiedere più personale": a reporting infinitive of purpose.
final class PurposeInfinitiveCueTests: XCTestCase {
    func testARequestAfterALetter() {
        let claims = claimSummaries("Gli infermieri del San Carlo hanno scritto al direttore generale per chiedere turni più brevi.")
        XCTAssertEqual(claims.first?.content, "turni più brevi")
        XCTAssertEqual(claims.first?.source?.lowercased(), "infermieri del san carlo")
    }

    func testAnAnnouncementWithAClause() {
        let claims = claimSummaries("La sindaca Teresa Villa ha convocato la stampa per annunciare che il mercato tornerà in piazza.")
        XCTAssertEqual(claims.first?.content, "il mercato tornerà in piazza")
        XCTAssertEqual(claims.first?.source, "Teresa Villa")
    }

    func testASentenceThatOpensWithPerIsNoPurpose() {
        XCTAssertTrue(claimSummaries("Per spiegare meglio la mappa, il museo ha stampato una guida.").isEmpty)
    }

    func testAReplyToSomeoneIsNoMessage() {
        let text = "Il sindaco Carlo Neri ha scelto la radio per rispondere ai tassisti, che chiedono più licenze."
        XCTAssertFalse(claimSummaries(text).contains { $0.source == "Carlo Neri" && $0.content.hasPrefix("chiedono") })
    }
}
