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
}
