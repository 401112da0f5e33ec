import XCTest

@testable import ItalianNLP

/// "Secondo alcuni editori presenti in sala, …": the modifier between the group and the comma
/// belongs to the source.
final class AccordingSourceTailTests: XCTestCase {
    func testAParticiplePhrase() {
        let claim = claimSummaries("Secondo alcuni operatori presenti al mercato, i prezzi saliranno ancora.").first
        XCTAssertEqual(claim?.source, "alcuni operatori presenti al mercato")
        XCTAssertEqual(claim?.content, "i prezzi saliranno ancora")
    }

    func testARelativeClause() {
        let claim = claimSummaries("Per i tecnici che hanno esaminato il ponte, la struttura è sicura.").first
        XCTAssertEqual(claim?.source, "tecnici che hanno esaminato il ponte")
        XCTAssertEqual(claim?.content, "la struttura è sicura")
    }

    func testTheClauseSubjectIsNoModifier() {
        let claim = claimSummaries("Per molti residenti la piazza è diventata invivibile, e non solo di notte.").first
        XCTAssertEqual(claim?.source, "molti residenti")
    }

    func testOnlyAtTheStartOfTheSentence() {
        let text = "La crescita rallenterà, secondo gli esperti interpellati, ma non si fermerà."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let context = AttributionContext(document: document)
        let phrase = document.tokens.firstIndex { $0.text == "secondo" } ?? 0
        guard let speaker = context.mentions[0].first(where: { $0.tokens.lowerBound > phrase }) else {
            return XCTFail("no mention after «secondo»")
        }
        XCTAssertNil(context.accordingSourceTail(of: speaker, phraseStart: phrase, in: document.sentences[0]))
    }
}
