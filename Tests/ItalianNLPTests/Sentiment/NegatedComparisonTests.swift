import XCTest
@testable import ItalianNLP

final class SentimentNegatedComparisonTests: XCTestCase {
    func testTheStandardOfANegatedComparisonIsAsserted() {
        let text = "Nessun volontario potrà mai sostituire un'infermiera retribuita."
        XCTAssertEqual(SentimentTesting.frameRule(text, "money"), "NegatedComparison")
        XCTAssertGreaterThan(SentimentTesting.frames(text)["money"]?.stance ?? 0, 0)
    }

    func testAPlainNegationStillRejects() {
        XCTAssertLessThan(SentimentTesting.frames("Non ha mai chiesto un compenso.")["money"]?.stance ?? 0, 0)
    }

    func testRepayingIsAComparison() {
        XCTAssertGreaterThan(SentimentTesting.frames("Nessun premio potrà ripagare la passione di una vita.")["mission"]?.stance ?? 0, 0)
    }
}
