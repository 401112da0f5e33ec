import XCTest
@testable import ItalianNLP

final class SentimentPredicateEvaluationTests: XCTestCase {
    func testTheSubjectTakesThePredicate() {
        let text = "Lo stipendio che offrono a un infermiere con quindici anni di servizio è umiliante."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), "PredicateEvaluation")
        XCTAssertLessThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
        XCTAssertGreaterThan(SentimentTesting.frames("Il compenso per questo incarico è davvero ottimo.")["money"]?.stance ?? 0, 0)
    }

    func testTheSizeOfPayIsItsEvaluation() {
        XCTAssertLessThan(SentimentTesting.frames("Il bonus di fine anno è stato dimezzato.")["money"]?.stance ?? 0, 0)
    }

    func testNeutralPredicatesAndQuestionsDecideNothing() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio è di 1.500 euro al mese.", "money"), "PredicateEvaluation")
        XCTAssertNotEqual(SentimentTesting.frameRule("Si discute se il guadagno sia compatibile con l'etica.", "money"), "PredicateEvaluation")
    }

    func testTheTermMustHeadTheSubject() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha ceduto l'azienda per dieci milioni e si è ritirato in Toscana.", "money"), "PredicateEvaluation")
    }

    func testDerisionIsNegative() {
        // "scherzo" and "barzelletta" sound pleasant to the polarity lexicon; predicated of pay they deride it.
        XCTAssertLessThan(SentimentTesting.frames("Il mio stipendio è uno scherzo.")["money"]?.stance ?? 0, 0)
        XCTAssertLessThan(SentimentTesting.frames("Lo stipendio che ci danno è una barzelletta.")["money"]?.stance ?? 0, 0)
    }
}
