import XCTest

@testable import ItalianNLP

/// A capitalised kind noun opens the organisation's name, lower-case words after it included.
final class CapitalisedKindNounNameTests: XCTestCase {
    func testACapitalisedKindNounAndAnAdjectiveOpenTheName() {
        let text = "La Cooperativa sociale Il Faro ha spiegato che i posti sono finiti."
        XCTAssertEqual(claimSummaries(text).first?.source, "Cooperativa sociale Il Faro")
    }

    func testTheNameInsideABodysComplement() {
        let text = "Il consiglio di amministrazione della Cantina sociale Monte Arci ha spiegato che la vendemmia è andata male."
        XCTAssertEqual(claimSummaries(text).first?.source, "consiglio di amministrazione della Cantina sociale Monte Arci")
    }

    func testALowerCaseKindNounDescribesTheOrganisation() {
        let text = "La cooperativa sociale Il Germoglio ha fatto sapere che i posti sono finiti."
        XCTAssertEqual(claimSummaries(text).first?.source, "Il Germoglio")
    }
}
