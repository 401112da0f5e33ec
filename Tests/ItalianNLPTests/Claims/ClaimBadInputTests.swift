import XCTest

@testable import ItalianNLP

/// Bad input never crashes the claim extractor and stays cheap (the timings are checked in the
/// benchmark, not here).
final class ClaimBadInputTests: XCTestCase {
    func testHundredThousandUnmatchedQuotationMarks() {
        let text = String(repeating: "« ", count: 100_000)
        let result = ClaimExtractor().extract(text)
        XCTAssertTrue(result.claims.isEmpty)
        XCTAssertTrue(result.quotations.isEmpty, "unclosed marks pair with nothing")
    }

    func testDeeplyNestedQuotations() {
        let text = String(repeating: "«a “b ", count: 2_000) + String(repeating: "” c»", count: 2_000) + ", ha detto Rossi."
        let result = ClaimExtractor().extract(text)
        XCTAssertLessThanOrEqual(result.quotations.count, 4_000)
    }

    func testEmptyAndWhitespaceOnlyText() {
        XCTAssertTrue(extractClaims(text: "").isEmpty)
        XCTAssertTrue(extractClaims(text: " \n\n\t ").isEmpty)
    }

    func testBinaryNoise() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<30_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = DecodedText(utf8: bytes).text
        let result = ClaimExtractor().extract(text)
        for claim in result.claims {
            XCTAssertFalse(text[claim.content.range].isEmpty)
        }
    }

    func testUnbalancedStraightQuotes() {
        let text = "Rossi ha detto \"forse. Poi \"niente\" e \"ancora, ha aggiunto Bianchi."
        let result = ClaimExtractor().extract(text)
        for quotation in result.quotations {
            XCTAssertLessThanOrEqual(quotation.opening.utf8.upperBound, quotation.content.utf8.lowerBound)
            if let closing = quotation.closing {
                XCTAssertLessThanOrEqual(quotation.content.utf8.upperBound, closing.utf8.lowerBound)
            }
        }
    }
}
