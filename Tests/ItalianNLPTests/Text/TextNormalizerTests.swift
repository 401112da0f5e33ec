import XCTest

@testable import ItalianNLP

final class TextNormalizerTests: XCTestCase {
    func testNFCComposesAndMapsOffsets() {
        let normalized = TextNormalizer.normalize("e\u{300} qui", form: .nfc)
        XCTAssertEqual(normalized.text, "è qui")
        XCTAssertEqual(normalized.originalRange(ofUTF8: 3..<6), 4..<7)  // "qui"
        XCTAssertEqual(normalized.originalRange(ofUTF8: 0..<2), 0..<3)  // "è" ← "e" + U+0300
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
