import XCTest
@testable import ItalianNLP

final class SentimentParentheticalNegationTests: XCTestCase {
    func testANegationAfterAParentheticalReachesTheSubject() {
        XCTAssertEqual(SentimentTesting.frameRule("Il compenso, che a dire il vero non è nemmeno basso, non è mai stato la ragione della mia scelta.", "money"), ParentheticalNegation.name)
        XCTAssertLessThan(SentimentTesting.frames("La vocazione, lo dico subito a chi me lo chiede, non c'entra niente.")["mission"]?.stance ?? 0, 0)
    }

    func testNoNegationAfterTheParentheticalOrASubjectAfterAVerb() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Lo stipendio, che non è alto, arriva sempre puntuale.", "money"), ParentheticalNegation.name)
        // The term is no subject: a verb stands before it.
        XCTAssertNotEqual(SentimentTesting.frameRule("Ha chiesto lo stipendio, come tutti, non un favore.", "money"), ParentheticalNegation.name)
    }
}
