import XCTest

@testable import ItalianNLP

/// Given names from outside Italy make a person: the gendered role that follows finds her or him.
final class ForeignGivenNameTests: XCTestCase {
    func testAForeignWomanIsWhomTheFeminineRoleNames() {
        let text = "La mostra è stata curata dalla storica dell'arte norvegese Sigrid Halvorsen. "
            + "«Sono opere mai uscite da Oslo», ha detto la studiosa."
        XCTAssertEqual(claimSummaries(text).last?.source, "Sigrid Halvorsen")
    }

    func testAForeignPlayerIsWhomTheNationalityNounNames() {
        let text = "Il tecnico Marco Ricci ha commentato la sconfitta. Il migliore in campo è stato Kwame Boateng, 24 punti. "
            + "«Qui mi sento a casa», ha detto il ghanese."
        XCTAssertEqual(claimSummaries(text).last?.source, "Kwame Boateng")
    }

    func testAPossessiveOpeningASentenceIsNoName() {
        let text = "«Mia figlia aveva paura di lui da mesi», ha raccontato Rosanna Lunardi ai cronisti."
        XCTAssertEqual(claimSummaries(text).first?.source, "Rosanna Lunardi")
    }

    func testAOneWordPlaceIsNoPersonOfUnknownGender() {
        let text = "Le vendite verso la Germania sono crollate. «Abbiamo sbagliato i prezzi», ha ammesso il presidente."
        XCTAssertEqual(claimSummaries(text).last?.source, "presidente")
    }

    func testAPlaceNamedAfterAPersonIsNoPersonOfUnknownGender() {
        let text = "Dal prossimo anno all'istituto superiore Pietro Novelli cambia l'orario. La dirigente ha spiegato che il sabato sarà libero."
        XCTAssertEqual(claimSummaries(text).last?.source, "dirigente")
    }
}
