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

    /// A longer run (no real text has one: Unicode's Stream-Safe Text Format allows 30) is
    /// normalised in pieces of 30 marks, as if U+034F stood between them, because ICU reorders a
    /// run in time quadratic in its length: the marks of the second piece stay after the first's.
    func testNFCOfAnOverlongRunOfMarksReordersWithinPiecesOfThirty() {
        let text = "a" + String(repeating: "\u{301}\u{323}", count: 30)
        let scalars = Array(TextNormalizer.normalize(text, form: .nfc).text.unicodeScalars)
        XCTAssertEqual(scalars.count, 60)
        XCTAssertEqual(scalars[0], "\u{1EA1}")
        // The first piece: "a" and 30 marks, reordered among themselves.
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[1..<30])), String(repeating: "\u{323}", count: 14) + String(repeating: "\u{301}", count: 15))
        // The second: the next 30 marks, reordered among themselves.
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[30...])), String(repeating: "\u{323}", count: 15) + String(repeating: "\u{301}", count: 15))
        // The matching form (NFKC casefold) bounds its runs the same way.
        XCTAssertEqual(TextNormalizer.matchingForm(of: text).unicodeScalars.count, 60)
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
