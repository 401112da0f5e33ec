import XCTest
@testable import ItalianNLP

final class SentimentDeclinedOfferTests: XCTestCase {
    func testMoneyOfferedAndDeclinedIsRejected() {
        XCTAssertLessThan(SentimentTesting.frames("Gli hanno offerto uno stipendio da calciatore in Qatar, ha detto di no.")["money"]?.stance ?? 0, 0)
        let preferred = SentimentTesting.frames("Le hanno proposto un contratto da dirigente, ha risposto che preferisce restare in corsia.")
        XCTAssertLessThan(preferred["money"]?.stance ?? 0, 0)
        // What the refusal prefers is the alternative motive.
        XCTAssertGreaterThan(preferred["mission"]?.stance ?? 0, 0)
    }

    func testAnAcceptedOrUndeclinedOfferIsNoRejection() {
        XCTAssertNotEqual(SentimentTesting.frameRule("Le hanno offerto un aumento e lei ha accettato subito.", "money"), DeclinedOffer.name)
        XCTAssertNotEqual(SentimentTesting.frameRule("Gli hanno offerto un bonus, e non ha rifiutato.", "money"), DeclinedOffer.name)
        // "l'offerta" is a noun, not an act of offering.
        XCTAssertNotEqual(SentimentTesting.frameRule("L'offerta economica era alta, così ha preferito firmare.", "money"), DeclinedOffer.name)
    }
}
