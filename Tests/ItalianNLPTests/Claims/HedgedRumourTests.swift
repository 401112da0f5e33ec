import XCTest

@testable import ItalianNLP

/// A rumour described by a modifier names nobody: the according-to claim is hedged and has no
/// source, unless a medium is named inside the phrase.
final class HedgedRumourTests: XCTestCase {
    func testARumourGatheredInAPlaceHasNoSource() {
        let text = "Secondo voci raccolte a Pieve, la giunta starebbe per cadere."
        let claims = ClaimExtractor().extract(text).claims
        XCTAssertEqual(claims.count, 1)
        XCTAssertNil(claims.first?.source)
        XCTAssertEqual(claims.first?.hedged, true)
        XCTAssertEqual(claimSummaries(text).first?.content, "la giunta starebbe per cadere")
    }

    func testPressRumoursHaveNoSource() {
        let text = "Stando a indiscrezioni di stampa, il club cederebbe il capitano già a gennaio."
        let claims = ClaimExtractor().extract(text).claims
        XCTAssertEqual(claims.count, 1)
        XCTAssertNil(claims.first?.source)
    }

    func testAParticipleInsideTheRumourIsNoCueOfTheClause() {
        let text = "Secondo voci non confermate, il sindaco avrebbe già firmato il decreto."
        let summaries = claimSummaries(text)
        XCTAssertEqual(summaries.map(\.kind), [.according])
        XCTAssertNil(summaries.first?.source)
    }

    func testAMediumNamedInsideTheRumourIsTheSource() {
        let text = "Secondo indiscrezioni del Corriere Adriatico, in pole per la panchina ci sarebbe Davide Moro."
        XCTAssertEqual(claimSummaries(text).first?.source, "Corriere Adriatico")
    }

    func testAnAnonymousSourceStillNamesWhoSpeaks() {
        let text = "Secondo fonti vicine al governo, il decreto arriverà in consiglio lunedì."
        XCTAssertEqual(claimSummaries(text).first?.source, "fonti vicine al governo")
    }
}
