import XCTest

@testable import ItalianNLP

/// A district number or a point of the compass ends a local body's name.
final class DistrictNameTailTests: XCTestCase {
    func testADistrictNumberBeforeTheVerb() {
        let text = "La direzione sanitaria dell'Asl Roma 2 ha spiegato che i posti letto sono sufficienti."
        XCTAssertEqual(claimSummaries(text).first?.source, "direzione sanitaria dell'Asl Roma 2")
    }

    func testANumberAndACapitalisedWordBeforeTheComma() {
        let text = "Secondo la direzione sanitaria dell'Asl Napoli 1 Centro, i vaccini arriveranno lunedì."
        let claim = claimSummaries(text).first
        XCTAssertEqual(claim?.source, "direzione sanitaria dell'Asl Napoli 1 Centro")
        XCTAssertEqual(claim?.content, "i vaccini arriveranno lunedì")
    }

    func testPointsOfTheCompass() {
        let text = "La direzione generale dell'Asl Toscana nord ovest ha fatto sapere che il reparto riaprirà."
        XCTAssertEqual(claimSummaries(text).first?.source, "direzione generale dell'Asl Toscana nord ovest")
    }

    func testANumberThatGoesOnIsNoDistrict() {
        let text = "Il presidente della Lazio 2 anni fa aveva detto che lo stadio sarebbe stato pronto."
        XCTAssertEqual(claimSummaries(text).first?.source, "presidente della Lazio")
    }
}
