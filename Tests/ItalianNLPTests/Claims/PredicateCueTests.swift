import XCTest

@testable import ItalianNLP

/// "È stata chiara: …" — a copula and an adjective of plain speaking as a reporting verb.
final class PredicateCueTests: XCTestCase {
    func testAPredicateCueBeforeAColonReportsTheClause() {
        let text = "La ministra Ada Ferri ha incontrato i sindaci. È stata chiara sui fondi: nessun taglio prima dell'estate."
        let result = ClaimExtractor().extract(text)
        let claim = result.claims.first
        XCTAssertEqual(claim?.source, "Ada Ferri")
        XCTAssertEqual(claim.map { String(text[$0.content.range]) }, "nessun taglio prima dell'estate")
        XCTAssertEqual(claim?.cue.map { String(text[$0.range]) }, "È stata chiara")
    }

    func testTheImpersonalFormIsNoCue() {
        XCTAssertTrue(claimSummaries("Il sindaco Carlo Pini ha parlato. È stato chiaro che il progetto non passerà.").isEmpty)
        XCTAssertTrue(claimSummaries("La sindaca Ada Pini ha parlato. È chiaro: il progetto non passerà.").isEmpty)
    }

    func testAPredicateCueWithoutAColonReportsNothing() {
        XCTAssertTrue(claimSummaries("La rettrice Ada Pini è arrivata. Interpellata sui precari, è stata netta.").isEmpty)
    }

    func testTheAdjectiveMustAgreeWithTheParticiple() {
        let document = ClaimDocument(text: "È stata chiaro: no.", tokenized: Tokenizer().tokenize("È stata chiaro: no."))
        let finder = CueFinder(document: document)
        XCTAssertTrue(document.sentences.indices.flatMap { finder.cues(in: $0) }.isEmpty)
    }
}
