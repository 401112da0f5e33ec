import XCTest

@testable import ItalianNLP

final class NounCueRuleTests: XCTestCase {
    func testClaimNounWithItsSpeakerBeforeAQuotation() {
        let claims = claimSummaries("Poco dopo è arrivata la replica dell'assessore Marco Riva: «Abbiamo tenuto i conti in ordine».")
        XCTAssertEqual(claims.first?.kind, .direct)
        XCTAssertEqual(claims.first?.rule, "NounCue")
        XCTAssertEqual(claims.first?.source, "Marco Riva")
    }

    func testClaimNounBeforeAClause() {
        let text = "Netta la dichiarazione dell'amministratore delegato Filippo Ardito: lo stabilimento non ha futuro."
        let claims = claimSummaries(text)
        XCTAssertEqual(claims.first?.source, "Filippo Ardito")
        XCTAssertEqual(claims.first?.content, "lo stabilimento non ha futuro")
    }

    func testAClaimNounWithoutASpeakerIsNoClaim() {
        XCTAssertTrue(claimSummaries("La dichiarazione dei redditi: una scadenza da ricordare.").isEmpty)
    }

    /// Regression: a colon that ends the paragraph before the quotation ("ha detto:" and «…» in
    /// the next paragraph) lies before the quotation's sentence; looking for a claim noun between
    /// the sentence start and that colon trapped on an inverted range.
    func testColonInThePreviousParagraph() {
        for text in ["Il sindaco ha detto:\n\n«Bene».", "La replica del sindaco:\n\n«Bene».", ":\n\n«Bene»"] {
            let result = ClaimExtractor().extract(text)
            XCTAssertEqual(result.quotations.count, 1, text)
            XCTAssertEqual(result.quotations.first.map { String(text[$0.content.range]) }, "Bene", text)
        }
    }
}

/// Nouns of a reaction or a reason that introduce a quotation like a claim noun: "Lo sconcerto
/// del sindaco: «…»", "La motivazione dell'azienda: «…»".
final class ReactionNounCueTests: XCTestCase {
    func testAReactionNounWithTheSpeakerInItsComplement() {
        let text = "Lo sconcerto del sindaco, Riccardo Zonta: «Nessuno ci aveva avvisato della chiusura»."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.rule, "NounCue")
        XCTAssertEqual(claim?.source, "Riccardo Zonta")
    }

    func testAReasonNoun() {
        let text = "La Cartiera del Brenta chiuderà. La motivazione dell'azienda: «Il costo dell'energia ci ha messi fuori mercato»."
        XCTAssertEqual(claimSummaries(text).first { $0.kind == .direct }?.rule, "NounCue")
    }

    func testAReactionNounWithoutAColonQuotesNobody() {
        XCTAssertTrue(claimSummaries("La soddisfazione dei tifosi è durata poco.").isEmpty)
    }
}
