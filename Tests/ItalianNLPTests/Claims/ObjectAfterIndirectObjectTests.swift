import XCTest

@testable import ItalianNLP

/// "ha approvato con 14 voti una mozione che …": a second noun phrase before "che" is the verb's
/// object, and "che" its relative pronoun.
final class ObjectAfterIndirectObjectTests: XCTestCase {
    func testARelativeAfterAnObjectReportsNothing() {
        let text = "Il consiglio comunale ha approvato con venti voti favorevoli una delibera che impegna il sindaco a riaprire la piscina."
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testAnAddresseeWithItsOwnArticleStillReports() {
        let claims = claimSummaries("Il prefetto Mario Landi ha detto a tutti i sindaci della provincia che l'allerta resta gialla.")
        XCTAssertEqual(claims.first?.content, "l'allerta resta gialla")
    }

    func testAColonAfterTheObjectStillAnnouncesTheReport() {
        let claims = claimSummaries("Il presidente Guido Rossi ha comunicato ai soci la sua scelta: non si ricandiderà.")
        XCTAssertEqual(claims.first?.content, "non si ricandiderà")
    }
}
