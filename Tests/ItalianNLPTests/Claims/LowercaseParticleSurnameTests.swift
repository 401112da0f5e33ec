import XCTest

@testable import ItalianNLP

/// "stando a van Dijk", "Per de Vries …": a surname that opens with a lower-case particle is a
/// mention of its own, and the same person as the full name.
final class LowercaseParticleSurnameTests: XCTestCase {
    func testAForeignParticleOpensASurname() {
        let text = "L'economista Pieter van Rossum ha presentato il rapporto. Stando a van Rossum, i prezzi scenderanno in primavera."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.kind, .according)
        XCTAssertEqual(claim?.source, "Pieter van Rossum")
        XCTAssertEqual(claim?.content, "i prezzi scenderanno in primavera")
    }

    func testAfterACapitalisedSentenceOpener() {
        let text = "Ha parlato anche lo scrittore Klaus von Berg. Per von Berg la cultura europea attraversa una crisi profonda."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.source, "Klaus von Berg")
        XCTAssertEqual(claim?.content, "la cultura europea attraversa una crisi profonda")
    }

    func testAnItalianParticleOnlyWhenTheFullNameHasIt() {
        let text = "Il giurista Marco della Torre ha firmato l'appello. Secondo della Torre, il decreto è incostituzionale."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marco della Torre")
        // "della Fiom" after "Giorgio Aimar della Fiom" is the preposition and the union.
        let text2 = "Ha parlato Giorgio Aimar della Fiom. Secondo della Fiom, lo stabilimento chiuderà."
        let document = ClaimDocument(text: text2, tokenized: Tokenizer().tokenize(text2))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        let particle = document.tokens.lastIndex { $0.text == "della" } ?? 0
        XCTAssertFalse(finder.opensWithLowercaseParticleSurname(particle, in: document.sentences[1]))
    }

    func testAPrepositionBeforeAPlaceIsNoSurname() {
        let text = "Il treno da Roma arriverà alle otto."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        let particle = document.tokens.firstIndex { $0.text == "da" } ?? 0
        XCTAssertFalse(finder.opensWithLowercaseParticleSurname(particle, in: document.sentences[0]))
    }
}
