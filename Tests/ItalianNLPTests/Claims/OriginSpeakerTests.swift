import XCTest

@testable import ItalianNLP

/// A reporting verb without a subject whose origin ("dal partito", "da Palazzo Chigi") names the
/// source.
final class OriginSpeakerTests: XCTestCase {
    func testAnOriginAfterAPluralVerb() {
        let claims = claimSummaries("Le opposizioni preparano la battaglia. Fanno sapere dalla Lega che il partito voterà contro.")
        XCTAssertEqual(claims.first?.source, "Lega")
        XCTAssertEqual(claims.first?.content, "il partito voterà contro")
    }

    func testAnOriginThatOpensTheClauseBeforeAnIncise() {
        let claims = claimSummaries("Dal Quirinale, per ora, spiegano che «non ci sono fretta né scadenze».")
        XCTAssertEqual(claims.first?.source, "Quirinale")
        XCTAssertEqual(claims.first?.kind, .mixed)
    }

    func testALeakVerbIsHedgedAndAPlaceNounBelongsToTheName() {
        let text = "In serata, da piazza Mercanti, trapela che la giunta è pronta a ritirare la delibera."
        let result = ClaimExtractor().extract(text)
        XCTAssertEqual(result.claims.first?.source, "piazza Mercanti")
        XCTAssertEqual(result.claims.first?.hedged, true)
    }

    func testAnOriginInAParentheticalCue() {
        let claims = claimSummaries("Il corteo, avvertono dal sindacato Fisac, partirà alle nove da piazza Duomo.")
        XCTAssertEqual(claims.first?.source, "Fisac")
    }

    func testASingularVerbWithAPlaceComplementHasNoOrigin() {
        let claims = claimSummaries("Il ministro Ugo Neri è arrivato in città. Dal palco ha detto che i fondi arriveranno.")
        XCTAssertEqual(claims.first?.source, "Ugo Neri")
    }

    func testTheClauseGoesOnAfterAQuotedStart() {
        let text = "Dal Mef fanno sapere che «i fondi sono finiti» e che ogni nuova spesa andrà coperta."
        XCTAssertEqual(claimSummaries(text).first?.content, "«i fondi sono finiti» e che ogni nuova spesa andrà coperta")
    }

    func testAPluralVerbAfterAnOriginGoesOnSpeakingForIt() {
        let text = "Dall'Anas fanno sapere che il cantiere chiuderà a maggio. I costi, aggiungono, sono saliti del dieci per cento."
        XCTAssertEqual(claimSummaries(text).last?.source, "Anas")
    }
}
