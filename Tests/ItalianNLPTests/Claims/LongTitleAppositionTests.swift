import XCTest

@testable import ItalianNLP

/// "La curatrice, la storica dell'arte austriaca Anna Berti, …": a title of a few lower-case
/// words between the article and the full name keeps the apposition.
final class LongTitleAppositionTests: XCTestCase {
    func testATitleWithAComplementAndAnAdjective() {
        let text = "La curatrice, la storica dell'arte lombarda Anna Berti, ha spiegato che le opere arrivano da chiese della provincia."
        XCTAssertEqual(claimSummaries(text).first?.source, "Anna Berti")
    }

    func testAVerbBreaksTheTitle() {
        let text = "La curatrice, la storica ha detto Anna Berti"
        let document = ClaimDocument(text: text, tokenized: Tokenizer().tokenize(text))
        let start = document.tokens.firstIndex { $0.text == "storica" } ?? 0
        let name = document.tokens.firstIndex { $0.text == "Anna" } ?? 0
        XCTAssertFalse(AttributionContext.isLongTitle(from: start, to: name, in: document))
        XCTAssertTrue(AttributionContext.isLongTitle(from: start, to: start + 1, in: document))
    }
}
