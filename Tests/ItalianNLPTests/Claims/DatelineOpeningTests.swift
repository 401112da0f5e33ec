import XCTest

@testable import ItalianNLP

/// After a wire dateline the item's first words open its sentence.
final class DatelineOpeningTests: XCTestCase {
    func testTheSubjectAfterTheDatelineIsRemembered() {
        let text = "(ANSA) – PISA, 3 MAG – L'Università di Pisa aprirà un nuovo corso. Secondo l'ateneo, i posti saranno cento."
        XCTAssertEqual(claimSummaries(text).last?.source, "Università di Pisa")
    }

    func testANumberWordAfterTheDatelineIsNoName() {
        let text = "(ANSA) – BARI, 3 MAG – Dodici indagati per gli appalti della mensa. Secondo l'azienda, i conti sono in ordine."
        XCTAssertNotEqual(claimSummaries(text).last?.source, "Dodici")
    }

    func testTheDashThatClosesADateline() throws {
        let text = "LUMEZZANE (Brescia) – La Fiom ha parlato."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let dash = try XCTUnwrap(document.tokens.firstIndex { $0.text == "–" })
        XCTAssertTrue(SpeakerMentionFinder.closesDateline(dash, in: document))
        let other = "Il sindaco – ha detto – è soddisfatto."
        let otherDocument = ClaimDocument(text: other, tokenized: Tokenizer().tokenize(other))
        let otherDash = try XCTUnwrap(otherDocument.tokens.firstIndex { $0.text == "–" })
        XCTAssertFalse(SpeakerMentionFinder.closesDateline(otherDash, in: otherDocument))
    }
}
