import XCTest

@testable import ItalianNLP

/// A committee's name after its group noun keeps the lower-case words between its capitals.
final class GroupNameLowercaseInsideTests: XCTestCase {
    func testALowerCaseAdjectiveBetweenCapitalsStaysInTheName() {
        let text = "Il comitato Strade sicure Sestri, nato in primavera, ha chiesto un semaforo davanti alla scuola."
        XCTAssertEqual(claimSummaries(text).last?.source, "Strade sicure Sestri")
    }

    func testWordsNotClosedByACapitalAreNotTaken() {
        let verb = "Il comitato Strade ha chiesto un semaforo davanti alla scuola."
        XCTAssertEqual(claimSummaries(verb).last?.source, "Strade")
    }

    func testAnArticleBeforeTheNextCapitalStaysInTheName() {
        let text = "Il comitato Difendiamo la Pineta, nato in estate, ha annunciato una fiaccolata per domenica."
        XCTAssertEqual(claimSummaries(text).last?.source, "Difendiamo la Pineta")
    }

    func testAnArticleBeforeALowerCaseWordOpensThePhrase() {
        let text = "Il comitato Pendolari ha chiesto la corsa delle sette."
        XCTAssertEqual(claimSummaries(text).last?.source, "Pendolari")
    }
}
