import XCTest

@testable import ItalianNLP

/// "X ha rivolto un appello: P", "X ha lanciato l'allarme: P": a verb that carries a claim noun.
final class SupportVerbNounCueTests: XCTestCase {
    func testAnAppealAfterItsAddressee() {
        let claim = claimSummaries("Il sindaco Paolo Gatti ha rivolto un appello ai residenti: chi ha visto qualcosa chiami i carabinieri.").first
        XCTAssertEqual(claim?.content, "chi ha visto qualcosa chiami i carabinieri")
        XCTAssertEqual(claim?.source, "Paolo Gatti")
        XCTAssertEqual(claim?.rule, RuleID.supportVerbNounCue.rawValue)
    }

    func testAnAlarm() {
        let claim = claimSummaries("La Coldiretti ha lanciato l'allarme: metà del raccolto di mele è andata perduta.").first
        XCTAssertEqual(claim?.content, "metà del raccolto di mele è andata perduta")
        XCTAssertEqual(claim?.source, "Coldiretti")
    }

    func testANounThatIsNoClaim() {
        XCTAssertTrue(claimSummaries("Il sindaco Paolo Gatti ha fatto un giro: prima il mercato, poi la scuola.").isEmpty)
    }

    func testAQuotationAfterTheColonIsNotThisRules() {
        let claims = claimSummaries("Il sindaco Paolo Gatti ha lanciato un appello: «Restate a casa stanotte».")
        XCTAssertFalse(claims.contains { $0.rule == RuleID.supportVerbNounCue.rawValue })
    }
}
