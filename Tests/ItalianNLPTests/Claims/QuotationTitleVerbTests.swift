import XCTest

@testable import ItalianNLP

/// A verb that presents, performs or publishes a work makes the short capitalised quotation right
/// after it a title.
final class QuotationTitleVerbTests: XCTestCase {
    private func role(of words: String, in text: String) -> QuotationRole? {
        let result = ClaimExtractor().extract(text)
        return result.quotations.first { text[$0.content.range] == words }?.role
    }

    func testPresentingAndBringingOnTourMakeATitle() {
        XCTAssertEqual(role(of: "Onde lunghe", in: "La band ha presentato «Onde lunghe» ieri sera al teatro Verdi di Pisa."), .title)
        XCTAssertEqual(role(of: "Radici", in: "Dopo l'estate la cantante porterà «Radici» a Bologna e a Firenze."), .title)
        XCTAssertEqual(role(of: "La casa sul lago", in: "Il regista gira «La casa sul lago» tra Como e Lecco."), .title)
    }

    func testASongSungIsNoClaimOfTheSinger() {
        let text = "Marta Villa ha cantato «Notte di Natale» in apertura, davanti a duemila persone."
        XCTAssertEqual(role(of: "Notte di Natale", in: text), .title)
        XCTAssertTrue(claimSummaries(text).isEmpty)
    }

    func testALowerCaseOrLongQuotationIsNoTitle() {
        XCTAssertNotEqual(
            role(of: "un piano per rimettere in sesto le strade", in: "Il sindaco ha presentato «un piano per rimettere in sesto le strade» in consiglio."),
            .title)
        XCTAssertNotEqual(
            role(of: "Siamo pronti, ma servono più soldi e più tempo per finire", in: "Il sindaco ha presentato «Siamo pronti, ma servono più soldi e più tempo per finire»."),
            .title)
    }

    func testAColonAnnouncesWords() {
        XCTAssertEqual(role(of: "Siamo pronti a ripartire", in: "Il presidente del club ha pubblicato un messaggio: «Siamo pronti a ripartire»."), .speech)
    }
}
