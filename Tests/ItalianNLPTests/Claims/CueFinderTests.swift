import XCTest

@testable import ItalianNLP

/// Reporting-verb groups the cue finder takes, and forms it leaves alone.
final class CueFinderTests: XCTestCase {
    private func cueTexts(_ text: String) -> [String] {
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = CueFinder(document: document)
        return document.sentences.indices.flatMap { finder.cues(in: $0) }.map { document.text($0.tokens.lowerBound, $0.tokens.upperBound) }
    }

    func testAFormAfterABarePrepositionIsANoun() {
        XCTAssertEqual(cueTexts("Hanno lasciato l'aula in segno di protesta, poi il sindaco ha spiegato tutto."), ["ha spiegato"])
        XCTAssertEqual(cueTexts("Il comitato protesta da mesi."), ["protesta"])
    }

    func testACapitalisedWordInsideTheSentenceIsNoVerb() {
        // "Lodi" is a form of lodare, but here it is a surname.
        let claims = claimSummaries("Al convegno c'era anche Anna Lodi che la giunta non ha invitato.")
        XCTAssertFalse(claims.contains { $0.content.hasPrefix("la giunta") })
    }

    func testFareCapireIsAHedgedVerbalCue() {
        let text = "L'allenatore Mario Russo ha fatto capire che il mercato è ormai chiuso."
        let claim = claimSummaries(text).first { $0.content == "il mercato è ormai chiuso" }
        XCTAssertEqual(claim?.source, "Mario Russo")
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        XCTAssertEqual(CueFinder(document: document).cues(in: 0).first?.stance, "hedged")
    }

    func testLimitingOneselfToSayingIsACue() {
        let text = "Il presidente Ugo Riva è stato raggiunto al telefono. «Voglio vedere una squadra diversa», si è limitato a dire il patron."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.kind, .direct)
        XCTAssertEqual(claim?.source, "Ugo Riva")
    }
}
