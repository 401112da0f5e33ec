import XCTest

@testable import ItalianNLP

/// "si dice pronto a …", "si dichiara estraneo": a reflexive verb with a predicate.
final class PresentReflexiveCueTests: XCTestCase {
    func testSiDiceWithAPredicate() {
        let claims = claimSummaries("Il presidente della Provincia, Ugo Marchi, si dice pronto a rinunciare all'indennità.")
        XCTAssertEqual(claims.first?.content, "pronto a rinunciare all'indennità")
        XCTAssertEqual(claims.first?.source, "Ugo Marchi")
    }

    func testSiDichiara() {
        let claims = claimSummaries("L'imprenditore Sergio Lodi si dichiara estraneo alle accuse.")
        XCTAssertEqual(claims.first?.content, "estraneo alle accuse")
    }

    func testAnIdiomWithAPrepositionIsNoClaim() {
        XCTAssertTrue(claimSummaries("Come si dice in gergo, la squadra ha perso la bussola.").isEmpty)
    }
}
