import XCTest
@testable import ItalianNLP

final class SentimentRefusedSuitorTests: XCTestCase {
    func testARefusedOfferEvokesMoneyRejected() {
        XCTAssertLessThan(SentimentTesting.frames("Ho detto no a Google.")["money"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("La ricercatrice ha detto no a Harvard.", "money"), "RefusedSuitor")
        XCTAssertEqual(SentimentTesting.frameRule("Ha rifiutato la proposta di una banca d'affari.", "money"), "RefusedSuitor")
    }

    func testEveryVerbFormOfRefusingIsARefusalCue() {
        // The rule only looks at words of the class: a form missing from it would never refuse.
        let verbForms = RefusedSuitor.refusing.allEntries.filter { $0.value.derivation != .nominal }.map(\.key)
        XCTAssertGreaterThan(verbForms.count, 20)
        for form in verbForms + ["no"] { XCTAssertTrue(SentimentWordClasses.of(form).contains(.refusalCue), form) }
        XCTAssertFalse(SentimentWordClasses.of("proposta").contains(.refusalCue))
        XCTAssertEqual(SentimentTesting.frameRule("Hanno respinto le avances di un fondo americano.", "money"), "RefusedSuitor")
        XCTAssertEqual(SentimentTesting.frameRule("Rifiutarono le lusinghe del club.", "money"), "RefusedSuitor")
    }

    func testWhatWasChosenInsteadIsTheMission() {
        let frames = SentimentTesting.frames("Il portiere ha detto no al Chelsea, perché vuole chiudere la carriera nella squadra del suo paese.")
        XCTAssertLessThan(frames["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(frames["mission"]?.stance ?? 0, 0)
    }

    func testPoliticsAndOtherProposalsAreNoOffers() {
        XCTAssertNil(SentimentTesting.frames("Il ministro ha detto no a Salvini sulla riforma.")["money"])
        XCTAssertNil(SentimentTesting.frames("Ha rifiutato la proposta di matrimonio.")["money"])
    }

    func testANamedMoneyTermIsLeftToTheOtherRules() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Ho detto no a Google e al suo stipendio.", "money"), "RefusedSuitor")
    }

    func testANamedSuitorRefusedToStay() {
        XCTAssertEqual(SentimentTesting.frameRule("Ha rifiutato il Bayern per restare a Bergamo con i suoi compagni.", "money"), RefusedSuitor.name)
        XCTAssertNil(SentimentTesting.frames("Il consiglio ha rifiutato Rossi come presidente.")["money"])
    }

    /// An employer turned down to stay or for a purpose is a suitor, and "detto di no" is "detto no".
    func testAnEmployerRefusedToStayOrForAPurpose() {
        let stay = "L'anestesista ha detto di no a una clinica privata di Lugano ed è rimasta all'ospedale di Matera."
        XCTAssertEqual(SentimentTesting.frameRule(stay, "money"), RefusedSuitor.name)
        XCTAssertLessThan(SentimentTesting.frames(stay)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames(stay)["mission"]?.stance ?? 0, 0)
        let purpose = "Il velista ha detto no alla squadra americana per finire di costruire la sua barca."
        XCTAssertEqual(SentimentTesting.frameRule(purpose, "money"), RefusedSuitor.name)
        // An employer refused with no stay and no purpose is no career move.
        XCTAssertNil(SentimentTesting.frames("Il comune ha detto no alla ditta che chiedeva più tempo.")["money"])
    }
}
