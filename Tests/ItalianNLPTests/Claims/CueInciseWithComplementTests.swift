import XCTest

@testable import ItalianNLP

/// "Il progetto, ha spiegato ai cronisti, partirà a maggio": a subjectless incise with a complement.
final class CueInciseWithComplementTests: XCTestCase {
    func testAParentheticalCueWithAnAddressee() {
        let text = "L'assessore Piero Gallo ha presentato il piano. Il cantiere, ha spiegato ai residenti, aprirà in autunno."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.content, "Il cantiere, ha spiegato ai residenti, aprirà in autunno")
        XCTAssertEqual(claim?.source, "Piero Gallo")
        XCTAssertEqual(claim?.rule, RuleID.parentheticalCue.rawValue)
    }

    func testAPostposedCueWithAChannel() {
        // (Not "Il servizio riprenderà": since claims22 "servizio" is an office that speaks, "il
        // servizio di prevenzione dell'Asl", so a clause with it as subject is read as its own.)
        let text = "La società Trasporti Alpini ha sospeso le corse. Le corse riprenderanno lunedì, ha assicurato in una nota."
        let claim = claimSummaries(text).last
        XCTAssertEqual(claim?.content, "Le corse riprenderanno lunedì")
        XCTAssertEqual(claim?.rule, RuleID.postposedCue.rawValue)
    }

    func testASubjectBeforeTheCueMakesNoIncise() {
        let claims = claimSummaries("Mario Conti, sindaco di Arco, ha parlato in aula, poi è uscito.")
        XCTAssertFalse(claims.contains { $0.rule == RuleID.parentheticalCue.rawValue })
    }
}

extension CueInciseWithComplementTests {
    func testAGerundAfterAQuotationKeepsItsClause() {
        let claims = claimSummaries("Il sindaco Paolo Rossi è uscito. «Adesso basta», ha detto, chiedendo di non essere disturbato.")
        XCTAssertTrue(claims.contains { $0.content == "non essere disturbato" })
        XCTAssertFalse(claims.contains { $0.rule == RuleID.postposedCue.rawValue })
    }

    func testASpeakerInAppositionBeforeTheCueIsItsSubject() {
        let claims = claimSummaries("Lo storico Giovanni Parenti, dell'Università di Pisa, invita alla prudenza.")
        XCTAssertFalse(claims.contains { $0.rule == RuleID.postposedCue.rawValue })
    }
}
