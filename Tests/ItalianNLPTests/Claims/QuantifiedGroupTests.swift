import XCTest

@testable import ItalianNLP

/// "molti osservatori", "alcuni diplomatici", "tutti gli analisti": a quantifier before a plural
/// role or person noun opens a group mention that names a source, the quantifier included.
final class QuantifiedGroupTests: XCTestCase {
    private func mentions(_ text: String) -> [SpeakerMention] {
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        return document.sentences.indices.flatMap { finder.mentions(in: $0) }
    }

    func testSecondoAQuantifiedGroup() {
        let claim = claimSummaries("Secondo alcuni ambasciatori, la trattativa riprenderà a gennaio.").first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "alcuni ambasciatori")
        XCTAssertEqual(claim?.content, "la trattativa riprenderà a gennaio")
    }

    func testPerAQuantifiedGroupWithAComplement() {
        let claim = claimSummaries("Per numerosi economisti della Banca d'Italia il rallentamento durerà fino all'estate.").first
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "numerosi economisti della Banca d'Italia")
        XCTAssertEqual(claim?.content, "il rallentamento durerà fino all'estate")
    }

    func testAPersonNounKnownOnlyByItsSuffix() {
        let found = mentions("Diversi commentatori hanno criticato la scelta.")
        XCTAssertEqual(found.first?.name, "Diversi commentatori")
        XCTAssertEqual(found.first?.plural, true)
        XCTAssertEqual(found.first?.isIndefinite, true)
    }

    func testTuttiWithItsArticle() {
        let found = mentions("Tutti gli allenatori hanno firmato la lettera.")
        XCTAssertEqual(found.first?.name, "Tutti gli allenatori")
    }

    func testNoGroupOfThings() {
        // Time and reasons are not sources: "per molti anni", "per diversi motivi".
        XCTAssertTrue(claimSummaries("Per molti anni la fabbrica è rimasta chiusa.").isEmpty)
        XCTAssertTrue(claimSummaries("Per diversi motivi la gara è stata rinviata.").isEmpty)
    }

    func testANegatedQuantityIsNoGroup() {
        let found = mentions("Non tutti i sindaci hanno firmato.")
        XCTAssertFalse(found.contains { $0.name.lowercased().hasPrefix("tutti") })
    }

    func testPartitiveQuantifiers() {
        let most = claimSummaries("Secondo la maggior parte degli economisti, la recessione è evitata.").first
        XCTAssertEqual(most?.source, "maggior parte degli economisti")
        XCTAssertEqual(most?.content, "la recessione è evitata")
        XCTAssertEqual(claimSummaries("Per gran parte degli analisti il rialzo dei tassi è finito.").first?.source, "gran parte degli analisti")
        XCTAssertEqual(claimSummaries("Secondo molti dei presenti, la riunione è stata inutile.").first?.source, "molti dei presenti")
    }

    func testAPartOfThingsIsNoGroup() {
        XCTAssertTrue(claimSummaries("Per gran parte dei lavori la strada resterà chiusa.").isEmpty)
    }
}
