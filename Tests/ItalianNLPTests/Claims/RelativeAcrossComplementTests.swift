import XCTest

@testable import ItalianNLP

/// ", che" and a short complement before the verb: the relative clause's subject is the mention
/// before the comma.
final class RelativeAcrossComplementTests: XCTestCase {
    func testAnAgencyThroughItsLawyers() {
        let claim = claimSummaries("Parte civile è la Regione Marche, che attraverso i suoi legali ha chiesto un risarcimento di due milioni.").first
        XCTAssertEqual(claim?.content, "un risarcimento di due milioni")
        XCTAssertEqual(claim?.source, "Regione Marche")
    }

    func testATimeComplement() {
        let claim = claimSummaries("Il presidente Gino Sala, che in estate aveva promesso la promozione, ora tace.").first
        XCTAssertEqual(claim?.source, "Gino Sala")
    }

    func testAVerbInTheComplementIsNoComplement() {
        XCTAssertNil(claimSummaries("Il consorzio, che per anni ha detto di no, ora chiede aiuto.").first { $0.source == "consorzio" && $0.content.hasPrefix("aiuto") })
    }
}
