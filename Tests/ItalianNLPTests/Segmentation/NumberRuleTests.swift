import XCTest

@testable import ItalianNLP

final class NumberRuleTests: XCTestCase {
    func testItalianDecimalAndThousands() {
        XCTAssertEqual(tokenTexts("1.000,50 euro"), ["1.000,50", "euro"])
        XCTAssertEqual(Tokenizer().tokenize("1.000,50").tokens.first?.kind, .number)
    }

    func testTimesWithDotOrColon() {
        XCTAssertEqual(tokenTexts("alle 10.30 o alle 7:55"), ["alle", "10.30", "o", "alle", "7:55"])
    }

    func testPercentIsItsOwnToken() {
        XCTAssertEqual(tokenTexts("il 3% in più"), ["il", "3", "%", "in", "più"])
    }

    func testOrdinalIndicatorStaysWithTheNumberButDegreeSignSeparates() {
        XCTAssertEqual(tokenTexts("il 1° maggio e la 2ª volta"), ["il", "1", "°", "maggio", "e", "la", "2ª", "volta"])
    }

    func testTwoDigitYear() {
        let tokens = Tokenizer().tokenize("nel '93 e nel ’08").tokens
        XCTAssertEqual(tokens.map(\.text), ["nel", "'93", "e", "nel", "’08"])
        XCTAssertEqual(tokens[1].kind, .number)
    }

    func testScoresSplitOnTheHyphen() {
        XCTAssertEqual(tokenTexts("finisce 2-0"), ["finisce", "2", "-", "0"])
    }
}
