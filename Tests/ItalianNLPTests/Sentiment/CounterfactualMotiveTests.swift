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
}
