import XCTest

@testable import ItalianNLP

/// An inverted subject named by a full name after a short complement of the verb.
final class NameAfterCueComplementTests: XCTestCase {
    func testANameAfterAPlaceComplement() {
        let text = "Il processo riprenderà a marzo. «Siamo pronti», ha detto all'uscita dall'aula Marta Colli, la legale della famiglia."
        XCTAssertEqual(claimSummaries(text).last?.source, "Marta Colli")
    }

    func testARoleWithItsArticleAfterSui() {
        let text = "La scuola riapre lunedì. «Non è finita», ha scritto sui social il sindaco di Nuoro, Andrea Soro."
        XCTAssertEqual(claimSummaries(text).last?.source, "Andrea Soro")
    }

    func testAnAddresseeIsNoSubject() {
        let text = "La Regione ha stanziato i fondi. «Sono pochi», ha detto al ministro Carlo Neri il presidente della Provincia."
        XCTAssertEqual(claimSummaries(text).last?.source, "presidente della Provincia")
    }
}
