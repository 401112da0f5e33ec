import XCTest

@testable import ItalianNLP

/// A part of an organisation named by its noun and a name of its own keeps the noun.
final class BodyNounBeforeOwnNameTests: XCTestCase {
    func testASectionOfAnAssociation() {
        let text = "La sezione Legno di Confartigianato Udine ha chiesto un incontro con la Regione."
        XCTAssertEqual(claimSummaries(text).last?.source, "sezione Legno di Confartigianato Udine")
    }

    func testAFieldOfTwoWordsJoinedByAnd() {
        let text = "La sezione Legno e arredo di Confartigianato Udine ha detto che gli ordini sono calati."
        XCTAssertEqual(claimSummaries(text).last?.source, "sezione Legno e arredo di Confartigianato Udine")
    }

    func testACommitteeOfACouncilNamedByItsKindNoun() {
        let text = "La commissione Bilancio del consiglio comunale ha chiesto una relazione sui conti della piscina."
        XCTAssertEqual(claimSummaries(text).last?.source, "commissione Bilancio del consiglio comunale")
    }

    func testAClubOfAnAssociation() {
        let text = "Il circolo Valle Stura di Legambiente chiede che la cava resti chiusa."
        XCTAssertEqual(claimSummaries(text).last?.source, "circolo Valle Stura di Legambiente")
    }

    func testACommitteeWithANameOfItsOwnKeepsTheNameAlone() {
        let text = "Il comitato Pendolari Uniti ha chiesto due corse in più."
        XCTAssertEqual(claimSummaries(text).last?.source, "Pendolari Uniti")
    }
}
