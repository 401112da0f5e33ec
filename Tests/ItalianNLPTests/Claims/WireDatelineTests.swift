import XCTest

@testable import ItalianNLP

/// "(AGI) – FIRENZE, 14 NOV – …": an agency item's place in capitals is no speaker.
final class WireDatelineTests: XCTestCase {
    func testThePlaceAfterTheAgencyTag() {
        let text = "(AGI) – GENOVA, 3 MAR – Il cantiere resta fermo. L'azienda ha spiegato che i lavori ripartiranno ad aprile."
        XCTAssertNotEqual(claimSummaries(text).first?.source, "GENOVA")
    }

    func testTheRunIsADatelineOnlyBetweenDashes() {
        let text = "(AGI) – GENOVA, 3 MAR – Il porto riapre. Anche la UIL ha protestato."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        let place = document.tokens.firstIndex { $0.text == "GENOVA" } ?? 0
        XCTAssertTrue(finder.isWireDateline(from: place, to: place, in: document.sentences[0]))
        let union = document.tokens.firstIndex { $0.text == "UIL" } ?? 0
        XCTAssertFalse(finder.isWireDateline(from: union, to: union, in: document.sentences[document.sentenceOf[union]]))
    }

    func testTheMonthAfterTheDay() {
        let text = "(AGI) – GENOVA, 3 MAR – Il cantiere resta fermo. L'azienda ha spiegato che i lavori ripartiranno ad aprile."
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        let month = document.tokens.firstIndex { $0.text == "MAR" } ?? 0
        XCTAssertTrue(finder.isWireDateline(from: month, to: month, in: document.sentences[0]))
        XCTAssertFalse(claimSummaries(text).contains { $0.source == "MAR" })
    }
}
