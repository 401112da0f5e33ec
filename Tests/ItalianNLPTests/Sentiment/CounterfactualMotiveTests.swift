import XCTest
@testable import ItalianNLP

final class SentimentCounterfactualMotiveTests: XCTestCase {
    func testAMotiveSupposedContraryToFactIsDenied() {
        XCTAssertLessThan(SentimentTesting.frames("Se fosse per lo stipendio, avrei cambiato mestiere da un pezzo.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Se lavorassi per passione, lo farei gratis.")["mission"]?.stance ?? 0, 0)
        XCTAssertEqual(SentimentTesting.frameRule("Se l'avesse fatto per i soldi, oggi sarebbe ricco.", "money"), CounterfactualMotive.name)
    }

    func testARealConditionIsNoCounterfactual() {
        // An indicative condition supposes nothing contrary to fact.
        XCTAssertNotEqual(SentimentTesting.frameRule("Se lavori per i soldi, cambia mestiere.", "money"), CounterfactualMotive.name)
        XCTAssertFalse(CounterfactualMotive.isPastSubjunctive("bellissimo"))
        XCTAssertTrue(CounterfactualMotive.isPastSubjunctive("facessi"))
    }

    func testAnIndirectQuestionSupposesNothing() {
        // "se" after a word of asking opens a question: its subjunctive is no counterfactual.
        XCTAssertNotEqual(SentimentTesting.frameRule("Gli ho chiesto se lo avesse fatto per lo stipendio o per passione.", "money"), CounterfactualMotive.name)
        XCTAssertEqual(SentimentTesting.frameRule("Se l'avessi fatto per lo stipendio, sarei rimasto in banca.", "money"), CounterfactualMotive.name)
    }
}
