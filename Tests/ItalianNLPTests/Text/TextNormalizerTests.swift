import XCTest

@testable import ItalianNLP

final class TextNormalizerTests: XCTestCase {
    func testNFCComposesAndMapsOffsets() {
        let normalized = TextNormalizer.normalize("e\u{300} qui", form: .nfc)
        XCTAssertEqual(normalized.text, "è qui")
        XCTAssertEqual(normalized.originalRange(ofUTF8: 3..<6), 4..<7)  // "qui"
        XCTAssertEqual(normalized.originalRange(ofUTF8: 0..<2), 0..<3)  // "è" ← "e" + U+0300
    }

    /// Up to 30 combining marks in a row are put in canonical order as a whole (U+0323, class 220,
    /// before U+0301, class 230).
    func testNFCReordersARunOfThirtyMarks() {
        let text = "a" + String(repeating: "\u{301}\u{323}", count: 15)
        let normalized = TextNormalizer.normalize(text, form: .nfc).text
        XCTAssertEqual(normalized, "\u{1EA1}" + String(repeating: "\u{323}", count: 14) + String(repeating: "\u{301}", count: 15))
    }

    /// A longer run (no real text has one: Unicode's Stream-Safe Text Format allows 30) goes to
    /// ICU in pieces of 30 marks, because ICU reorders a run in time quadratic in its length; the
    /// marks are then put in canonical order across the pieces, as the standard library's own
    /// normalisation (String hashing and comparison) is quadratic on a run out of order.
    func testNFCOfAnOverlongRunOfMarksKeepsCanonicalOrder() {
        let text = "a" + String(repeating: "\u{301}\u{323}", count: 30)
        let normalized = TextNormalizer.normalize(text, form: .nfc).text
        XCTAssertEqual(Array(normalized.unicodeScalars), Array(("\u{1EA1}" + String(repeating: "\u{323}", count: 29) + String(repeating: "\u{301}", count: 30)).unicodeScalars))
        let folded = TextNormalizer.matchingForm(of: text)
        XCTAssertEqual(Array(folded.unicodeScalars), Array(normalized.unicodeScalars))
    }

    /// Past 30 marks the pieces are visible in one way only: a mark of the second piece does not
    /// compose with the letter before the run (true NFC would give U+1EA1 and 31 acute accents).
    /// The result is still canonically equivalent to the text.
    func testNFCOfAnOverlongRunComposesWithinItsFirstPieceOnly() {
        let text = "a" + String(repeating: "\u{301}", count: 31) + "\u{323}"
        let normalized = TextNormalizer.normalize(text, form: .nfc).text
        XCTAssertEqual(Array(normalized.unicodeScalars), Array(("\u{E1}\u{323}" + String(repeating: "\u{301}", count: 30)).unicodeScalars))
        XCTAssertEqual(normalized, text)  // String equality is canonical equivalence
    }

    func testNFCOfNormalTextIsTheIdentity() {
        let normalized = TextNormalizer.normalize("Già “così” l’IA", form: .nfc)
        XCTAssertTrue(normalized.map.isIdentity)
    }

    func testMatchingFormUnifiesQuotesApostrophesAndCase() {
        let normalized = TextNormalizer.normalize("«L’IA»  DICE “Sì”", form: .matching(foldingAccents: false))
        XCTAssertEqual(normalized.text, "\"l'ia\" dice \"sì\"")
    }

    func testMatchingFormRemovesSoftHyphensAndZeroWidth() {
        XCTAssertEqual(TextNormalizer.matchingForm(of: "compu\u{AD}ta\u{200B}zionale"), "computazionale")
    }

    func testMatchingFormRestoresAccentsButNotPo() {
        let normalized = TextNormalizer.normalize("Perche' e' piu' un po' cosi'.", form: .matching(foldingAccents: false))
        XCTAssertEqual(normalized.text, "perché è più un po' così.")
    }

    func testMatchingFormFoldsAccentsOnRequest() {
        XCTAssertEqual(TextNormalizer.matchingForm(of: "Perché Città", foldingAccents: true), "perche citta")
    }

    func testMatchingFormAppliesCompatibilityMappings() {
        XCTAssertEqual(TextNormalizer.matchingForm(of: "ﬁne²"), "fine2")
    }

    func testWhitespaceUnifiedWithMap() {
        let text = "a \u{00A0}\t b\n\n\nc"
        let normalized = TextNormalizer.normalize(text, form: .matching(foldingAccents: false))
        XCTAssertEqual(normalized.text, "a b\n\nc")
        XCTAssertEqual(normalized.originalRange(ofUTF8: 2..<3), 6..<7)  // "b"
    }
}
